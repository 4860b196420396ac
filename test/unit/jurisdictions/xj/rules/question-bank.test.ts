import type { CellValue } from '../../../../../src/model/cell';
import { AI, BANK_HEADER, only, OCCUPATION_HEADER, run, xjSpec } from './fixture';

const BASIS = '《新疆原X证书机构备案办理指南》五（二）1';

function withBank(rows: CellValue[][], levels = '五级至三级') {
  return { ...xjSpec(), 申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, levels]], 题库: [BANK_HEADER, ...rows] };
}

const row = (level: string, single: CellValue, subjective: CellValue = 0, skill: CellValue = 30, multiple: CellValue = 300, trueFalse: CellValue = 100): CellValue[] => [
  AI.name,
  AI.code,
  level,
  single,
  multiple,
  trueFalse,
  subjective,
  skill,
];

describe('xj.question-bank.level-missing', () => {
  it('an applied level with no 题库 row is an error at the occupation’s 等级 cell', () => {
    const f = only(run(withBank([row('五级', 600), row('四级', 600)])), 'xj.question-bank.level-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '申请职业', cell: 'D2', basis: BASIS });
    expect(f[0].message).toContain('人工智能训练师');
    expect(f[0].message).toContain('三级/高级工');
  });

  it('every applied level present passes', () => {
    expect(only(run(xjSpec()), 'xj.question-bank.level-missing')).toEqual([]);
  });
});

describe('xj.question-bank.theory-min — 理论题库五级至三级每级不少于 1000 道', () => {
  it('999 questions is an error at the level’s row, 1000 passes', () => {
    const f = only(run(withBank([row('五级', 600), row('四级', 600), row('三级', 599)])), 'xj.question-bank.theory-min');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '题库', cell: 'D4', row: 4, basis: BASIS });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 三级/高级工 理论题库 999 道，少于 1000 道');
    expect(only(run(xjSpec()), 'xj.question-bank.theory-min')).toEqual([]);
  });

  it('counts subjective questions as theory and adds up several rows of one level', () => {
    const f = only(run(withBank([row('五级', 600), row('四级', 600), row('三级', 300, 0, 0), row('三级', 0, 300, 30, 0, 0)])), 'xj.question-bank.theory-min');
    expect(f).toEqual([]);
  });

  it('says which cells it could not count', () => {
    const f = only(run(withBank([row('五级', 600), row('四级', 600), row('三级', '六百')])), 'xj.question-bank.theory-min');
    expect(f[0].message).toContain('理论题库 400 道');
    expect(f[0].message).toContain('D4 无法识别，未计入');
  });

  it('does not apply the floor to 二级 and 一级', () => {
    const f = only(run(withBank([row('二级', 10, 10)], '二级')), 'xj.question-bank.theory-min');
    expect(f).toEqual([]);
  });
});

describe('xj.question-bank.objective — 五级至三级以客观题为主 (通常 → warning)', () => {
  it('half objective is a warning at the 主观题 cell; just over half passes', () => {
    const half = only(run(withBank([row('五级', 600), row('四级', 600), row('三级', 200, 500, 30, 200, 100)])), 'xj.question-bank.objective');
    expect(half).toHaveLength(1);
    expect(half[0]).toMatchObject({ severity: 'warning', cell: 'G4' });
    expect(half[0].message).toContain('客观题 500 道、主观题 500 道');
    const more = only(run(withBank([row('五级', 600), row('四级', 600), row('三级', 201, 499, 30, 200, 100)])), 'xj.question-bank.objective');
    expect(more).toEqual([]);
  });
});

describe('xj.question-bank.subjective — 二级、一级客观题与主观题相结合 (通常 → warning)', () => {
  it('a 技师 bank without subjective questions is a warning; with some it passes', () => {
    const none = only(run(withBank([row('二级', 600, 0)], '二级')), 'xj.question-bank.subjective');
    expect(none[0]).toMatchObject({ severity: 'warning', cell: 'G2' });
    expect(none[0].message).toContain('二级/技师');
    expect(none[0].message).toContain('没有主观题');
    expect(only(run(withBank([row('二级', 600, 1)], '二级')), 'xj.question-bank.subjective')).toEqual([]);
  });
});

describe('xj.question-bank.skill-min — 技能题库每级不少于 30 道', () => {
  it('29 is an error at the 技能题 cell, 30 passes', () => {
    const f = only(run(withBank([row('五级', 600), row('四级', 600, 0, 29), row('三级', 600)])), 'xj.question-bank.skill-min');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: 'H3', basis: BASIS });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 四级/中级工 技能题库 29 道，少于 30 道');
    expect(only(run(xjSpec()), 'xj.question-bank.skill-min')).toEqual([]);
  });

  it('a 题库 without a 技能题 column is reported once on the sheet', () => {
    const spec = { ...xjSpec(), 题库: [['职业（工种）', '等级', '单选题'], [AI.name, '五级', 1000], [AI.name, '四级', 1000], [AI.name, '三级', 1000]] };
    const f = only(run(spec), 'xj.question-bank.skill-min');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: '题库', cell: null });
  });
});
