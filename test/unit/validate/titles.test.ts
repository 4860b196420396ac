import { parseTitle, validateTitle } from '../../../src/validate/titles';
import { codes, expectIssue } from './helpers';

describe('parseTitle', () => {
  it.each([
    ['正高级', 4], ['教授', 4], ['研究员', 4], ['正高级工程师', 4], ['教授级高级工程师', 4], ['主任医师', 4], ['正高级经济师', 4],
    ['正高级会计师', 4], ['正高级讲师', 4], ['正高级教师', 4], ['编审', 4], ['译审', 4], ['研究馆员', 4], ['高级记者', 4], ['一级演员', 4],
    ['副高级', 3], ['副教授', 3], ['副研究员', 3], ['高级工程师', 3], ['高级经济师', 3], ['高级会计师', 3], ['高级讲师', 3],
    ['高级教师', 3], ['副主任医师', 3], ['高级实验师', 3], ['高级农艺师', 3], ['高级政工师', 3], ['副编审', 3], ['副研究馆员', 3],
    ['高级电气工程师', 3], ['二级律师', 3], ['主任记者', 3],
    ['中级', 2], ['讲师', 2], ['工程师', 2], ['经济师', 2], ['会计师', 2], ['主治医师', 2], ['助理研究员', 2], ['一级教师', 2],
    ['实验师', 2], ['农艺师', 2], ['主管技师', 2], ['电气工程师', 2], ['小学高级教师', 2],
    ['初级', 1], ['助教', 1], ['助理工程师', 1], ['技术员', 1], ['助理经济师', 1], ['助理会计师', 1], ['会计员', 1], ['医师', 1],
    ['二级教师', 1], ['三级教师', 1], ['助理实验师', 1], ['助理编辑', 1],
    ['中级职称', 2], ['工程师（中级）', 2], ['讲师/中级', 2], ['高级工程师 ', 3], ['工程师(电气)', 2],
  ] as const)('maps %s to rank %d', (name, rank) => {
    expect(parseTitle(name)?.rank).toBe(rank);
    expect(validateTitle(name)).toMatchObject({ ok: true, value: { rank }, issues: [] });
  });

  it('labels ranks with the vocabulary', () => {
    expect(parseTitle('副教授')).toEqual({ rank: 3, label: '副高级' });
    expect(parseTitle('教授')).toEqual({ rank: 4, label: '正高级' });
    expect(parseTitle('无')).toBeUndefined();
    expect(parseTitle(3)).toBeUndefined();
  });
});

describe('validateTitle', () => {
  it('treats 高级技师 and other skill levels as a mix-up, not a title', () => {
    for (const s of ['高级技师', '技师', '高级工', '三级/高级工']) {
      const r = validateTitle(s);
      expect(r.ok).toBe(true);
      expect(r.value).toBeUndefined();
      expect(codes(r)).toEqual(['title.is-skill-level']);
      expectIssue(r, 'title.is-skill-level', s);
    }
  });

  it('only warns about unknown titles', () => {
    const r = validateTitle('首席专家');
    expect(r.ok).toBe(true);
    expectIssue(r, 'title.unknown', '首席专家');
    expectIssue(validateTitle(42), 'title.unknown', '42');
  });

  it('warns when two readings disagree', () => {
    const i = expectIssue(validateTitle('高级工程师（中级）'), 'title.conflict', '高级工程师（中级）');
    expect(i.message).toContain('副高级');
  });

  it('accepts empty and "none" values', () => {
    for (const v of [null, '', '无', '暂无', '/', '—']) expect(validateTitle(v)).toEqual({ ok: true, issues: [] });
  });
});
