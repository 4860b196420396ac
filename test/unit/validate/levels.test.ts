import {
  parseSkillLevel,
  parseSkillLevelRange,
  parseXcertLevel,
  skillLevelLabel,
  validateSkillLevel,
  validateSkillLevelRange,
} from '../../../src/validate/levels';
import { codes, expectIssue } from './helpers';

describe('parseSkillLevel', () => {
  it.each([
    ['五级/初级工', 5],
    ['五级', 5],
    ['初级工', 5],
    ['四级/中级工', 4],
    ['三级', 3],
    ['3级', 3],
    ['３级', 3],
    ['高级工', 3],
    ['三级/高级工', 3],
    ['三级（高级工）', 3],
    ['三级 / 高级工', 3],
    ['三级高级工', 3],
    ['二级/技师', 2],
    ['技师', 2],
    ['二级技师', 2],
    ['一级/高级技师', 1],
    ['高级技师', 1],
    ['国家职业资格二级', 2],
    [3, 3],
    ['3', 3],
  ] as const)('reads %s as level %d', (v, n) => {
    expect(parseSkillLevel(v)).toEqual({ ok: true, value: n, issues: [] });
  });

  it('keeps 高级技师, 高级工 and 高级 apart', () => {
    expect(parseSkillLevel('高级技师').value).toBe(1);
    expect(parseSkillLevel('高级工').value).toBe(3);
    expect(parseSkillLevel('高级').value).toBe(3);
  });

  it.each([
    ['初级', 5, '五级/初级工'],
    ['中级', 4, '四级/中级工'],
    ['高级', 3, '三级/高级工'],
  ] as const)('reads the ambiguous %s as %d with a warning', (v, n, label) => {
    const r = parseSkillLevel(v);
    expect(r).toMatchObject({ ok: true, value: n });
    expect(expectIssue(r, 'level.ambiguous', v).message).toContain(label);
  });

  it('a definite half settles an ambiguous one', () => {
    expect(parseSkillLevel('三级/高级')).toEqual({ ok: true, value: 3, issues: [] });
  });

  it('rejects halves that disagree', () => {
    const i = expectIssue(parseSkillLevel('三级/技师'), 'level.conflict', '三级/技师');
    expect(i.message).toContain('三级 与 技师');
  });

  it.each([['六级'], ['特级'], ['五级至三级'], ['五级/四级'], [6], [true], ['高级技工']])('rejects %s', (v) => {
    expectIssue(parseSkillLevel(v), 'level.unknown', v === true ? 'TRUE' : String(v));
  });

  it('leaves empty values alone', () => {
    expect(parseSkillLevel(' ')).toEqual({ ok: true, issues: [] });
  });
});

describe('parseSkillLevelRange', () => {
  it.each([
    ['五级至三级', [3, 4, 5]],
    ['五级-三级', [3, 4, 5]],
    ['五级－三级', [3, 4, 5]],
    ['三级～一级', [1, 2, 3]],
    ['三级~一级', [1, 2, 3]],
    ['初级工至高级工', [3, 4, 5]],
    ['五级/初级工至三级/高级工', [3, 4, 5]],
    ['五级、四级、三级', [3, 4, 5]],
    ['五级,四级,三级', [3, 4, 5]],
    ['五级 四级 三级', [3, 4, 5]],
    ['五级/四级/三级', [3, 4, 5]],
    ['五级/四级', [4, 5]],
    ['技师/高级技师', [1, 2]],
    ['1-3级', [1, 2, 3]],
    ['五至三级', [3, 4, 5]],
    ['三级', [3]],
    ['二级/技师', [2]],
    ['技师、高级技师', [1, 2]],
    [4, [4]],
  ] as const)('reads %s as %j', (v, levels) => {
    expect(parseSkillLevelRange(v)).toEqual({ ok: true, value: levels, issues: [] });
  });

  it('warns about ambiguous ends', () => {
    const r = parseSkillLevelRange('初级至高级');
    expect(r).toMatchObject({ ok: true, value: [3, 4, 5] });
    expect(codes(r)).toEqual(['level.ambiguous']);
  });

  it('rejects unknown items and conflicting halves', () => {
    expectIssue(parseSkillLevelRange('五级至六级'), 'level.unknown', '五级至六级');
    expectIssue(parseSkillLevelRange('全部等级'), 'level.unknown', '全部等级');
    expectIssue(parseSkillLevelRange('五级、三级/技师'), 'level.conflict', '五级、三级/技师');
  });
});

describe('labels', () => {
  it('gives the canonical label', () => {
    expect([1, 2, 3, 4, 5].map((n) => skillLevelLabel(n as 1))).toEqual(['一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工']);
    expect(validateSkillLevel('高级工').value).toBe('三级/高级工');
    expect(validateSkillLevelRange('1-3级').value).toBe('三级/高级工至一级/高级技师');
    expect(validateSkillLevelRange('五级、三级').value).toBe('五级/初级工、三级/高级工');
    expect(validateSkillLevelRange('技师').value).toBe('二级/技师');
    expect(validateSkillLevelRange('六级')).toMatchObject({ ok: false });
    expect(validateSkillLevelRange('六级').value).toBeUndefined();
  });
});

describe('parseXcertLevel', () => {
  it.each(['初级', '中级', '高级', ' 高级 ', '中级证书'])('reads %s', (v) => {
    expect(parseXcertLevel(v).value).toBe(v.trim().replace('证书', ''));
  });

  it.each(['高级工', '三级', '特级'])('rejects %s', (v) => {
    expectIssue(parseXcertLevel(v), 'level.xcert-unknown', v);
  });
});
