import type { CellValue } from '../../../../../src/model/cell';
import { bankLevelMissing, mainlyObjective, objectiveAndSubjective, skillMinimum, theoryMinimum } from '../../../../../src/jurisdictions/xj/rules/question-bank';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, BANK_HEADER, OCCUPATION_HEADER, xjSpec } from './fixture';

const withBank = (rows: CellValue[][], levels = '五级至三级') => ({ ...xjSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, levels]], 题库: [BANK_HEADER, ...rows] });
const row = (level: string, single: CellValue, subjective: CellValue = 0, skill: CellValue = 30, multiple: CellValue = 300, trueFalse: CellValue = 100): CellValue[] => [AI.name, AI.code, level, single, multiple, trueFalse, subjective, skill];

export default ruleCases('XJ question bank', [bankLevelMissing, theoryMinimum, mainlyObjective, objectiveAndSubjective, skillMinimum], {
  valid: [
    { name: '1000 questions and 30 skill tasks a level', spec: xjSpec() },
    { name: 'subjective questions count as theory, rows of one level add up', spec: withBank([row('五级', 600), row('四级', 600), row('三级', 300, 0, 0), row('三级', 501, 199, 30, 0, 0)]) },
    { name: 'a 二级 bank with subjective questions', spec: withBank([row('二级', 600, 1)], '二级') },
  ],
  invalid: [
    { name: 'no 三级 rows', spec: withBank([row('五级', 600), row('四级', 600)]), expect: [{ rule: 'xj.question-bank.level-missing', cell: '申请职业!D2', severity: 'error' }] },
    { name: '999 questions for 三级', spec: withBank([row('五级', 600), row('四级', 600), row('三级', 599)]), expect: [{ rule: 'xj.question-bank.theory-min', cell: '题库!D4', severity: 'error' }] },
    { name: 'half objective for 三级', spec: withBank([row('五级', 600), row('四级', 600), row('三级', 200, 500, 30, 200, 100)]), expect: [{ rule: 'xj.question-bank.objective', cell: '题库!G4', severity: 'warning', message: '客观题 500 道、主观题 500 道' }] },
    { name: 'a 二级 bank without subjective questions', spec: withBank([row('二级', 600, 0)], '二级'), expect: [{ rule: 'xj.question-bank.subjective', cell: '题库!G2', severity: 'warning', message: '没有主观题' }] },
    { name: '29 skill tasks for 四级', spec: withBank([row('五级', 600), row('四级', 600, 0, 29), row('三级', 600)]), expect: [{ rule: 'xj.question-bank.skill-min', cell: '题库!H3', severity: 'error' }] },
    {
      name: 'a bank without a 技能题 column',
      spec: { ...xjSpec(), 题库: [['职业（工种）', '等级', '单选题'], [AI.name, '五级', 1000], [AI.name, '四级', 1000], [AI.name, '三级', 1000]] },
      expect: [{ rule: 'xj.question-bank.skill-min', cell: '题库', severity: 'error' }],
    },
  ],
});
