import type { CellValue } from '../../../../../src/model/cell';
import { examinerMinimum, examinerQualification, seniorMinimum, seniorQualification } from '../../../../../src/jurisdictions/xj/rules/examiners';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, EXAMINER_HEADER, examiner, OCCUPATION_HEADER, xjSpec } from './fixture';

const withExaminers = (rows: CellValue[][], levels = '五级至三级') => ({ ...xjSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, levels]], 考评人员: [EXAMINER_HEADER, ...rows] });
const seniors = (n: number, from = 1) => Array.from({ length: n }, (_, i) => examiner(from + i, AI, '一级/高级技师', '', '高级考评员'));
const plain = (n: number, from = 1) => Array.from({ length: n }, (_, i) => examiner(from + i));

export default ruleCases('XJ examiners', [examinerQualification, examinerMinimum, seniorQualification, seniorMinimum], {
  valid: [
    { name: 'four senior examiners for 四级至一级, one by title alone', spec: withExaminers([...seniors(3), examiner(4, AI, '三级', '高级工程师', '考评员')], '四级至一级') },
    { name: '中级 title alone and 三级 alone qualify as examiners', spec: withExaminers([...seniors(2), examiner(3, AI, '四级', '工程师'), examiner(4, AI, '三级', '')]), rules: ['xj.examiners.qualification', 'xj.examiners.min'] },
  ],
  invalid: [
    {
      name: 'an examiner with 四级 and an 初级 title',
      spec: withExaminers([...seniors(4), examiner(5, AI, '四级/中级工', '助理工程师')]),
      expect: [{ rule: 'xj.examiners.qualification', cell: '考评人员!F6', severity: 'error', message: '助理工程师' }],
    },
    {
      name: 'three qualified examiners',
      spec: withExaminers([...seniors(3), examiner(4, AI, '四级/中级工')]),
      expect: [{ rule: 'xj.examiners.min', cell: '考评人员', severity: 'error', message: '合格考评员 3 名，少于 4 名（1 人不具备考评员条件）' }],
    },
    {
      name: 'a 高级考评员 with 二级 and a 中级 title',
      spec: withExaminers([examiner(1, AI, '二级/技师', '工程师', '高级考评员'), ...seniors(4, 2)]),
      expect: [{ rule: 'xj.senior-examiners.qualification', cell: '考评人员!F2', severity: 'error', message: '不具备高级考评员条件' }],
    },
    {
      name: 'three senior examiners for 四级至二级',
      spec: withExaminers([...seniors(3), examiner(4)], '四级至二级'),
      expect: [{ rule: 'xj.senior-examiners.min', cell: '考评人员', severity: 'error', message: '申请二级/技师，具备高级考评员条件的考评人员 3 名' }],
    },
    {
      name: 'no senior examiner for 五级至三级',
      spec: withExaminers(plain(4)),
      expect: [{ rule: 'xj.senior-examiners.min', cell: '考评人员', severity: 'warning', message: '具备高级考评员条件的考评人员 0 名' }],
    },
  ],
});
