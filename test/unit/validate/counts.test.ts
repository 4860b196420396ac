import { parsePercent, validateCount, validateMoney } from '../../../src/validate/counts';
import { codes, expectIssue } from './helpers';

describe('validateCount', () => {
  it('accepts non-negative integers', () => {
    expect(validateCount(0)).toEqual({ ok: true, value: 0, issues: [] });
    expect(validateCount(1200)).toEqual({ ok: true, value: 1200, issues: [] });
  });

  it.each([
    ['12', 12],
    ['12人', 12],
    ['30人次', 30],
    ['1,200', 1200],
    ['1，200', 1200],
    ['１２', 12],
    [' 5 台', 5],
  ])('reads the text %s as %d with a warning', (raw, n) => {
    const r = validateCount(raw);
    expect(r).toMatchObject({ ok: true, value: n });
    expect(expectIssue(r, 'count.text', raw).hint).toContain(String(n));
  });

  it.each([[-1], [1.5], ['1.5'], ['12万'], ['1,20'], ['约10'], [true], [NaN], [Infinity]])('rejects %s', (v) => {
    expectIssue(validateCount(v), 'count.format', String(v === true ? 'TRUE' : v));
  });
});

describe('parsePercent', () => {
  it.each([
    [0.853, null, 85.3],
    [85.3, null, 85.3],
    [1, null, 100],
    [0, null, 0],
    [1.2, '0.0%', 120],
    [0.853, '0.0%', 85.3],
    ['85.3%', null, 85.3],
    ['85.3', null, 85.3],
    ['0.853', null, 85.3],
    ['８５．３％', null, 85.3],
    ['0.5%', null, 0.5],
  ])('reads %s (format %s) as %d percentage points', (v, fmt, points) => {
    expect(parsePercent(v, fmt)).toEqual({ ok: true, value: points, issues: [] });
  });

  it('rejects what is not a percentage', () => {
    expectIssue(parsePercent('高'), 'percent.format', '高');
    expectIssue(parsePercent(-0.1), 'percent.format', '-0.1');
    expect(parsePercent(null)).toEqual({ ok: true, issues: [] });
  });
});

describe('validateMoney', () => {
  it('accepts non-negative numbers', () => {
    expect(validateMoney(200)).toEqual({ ok: true, value: 200, issues: [] });
    expect(validateMoney(99.5)).toEqual({ ok: true, value: 99.5, issues: [] });
  });

  it.each([
    ['200元', 200],
    ['¥1,200.50', 1200.5],
    ['￥200', 200],
    ['200元/人', 200],
    ['200', 200],
  ])('reads the text %s as %d with a warning', (raw, n) => {
    const r = validateMoney(raw);
    expect(r).toMatchObject({ ok: true, value: n });
    expectIssue(r, 'money.text', raw);
  });

  it('reads 免费 and 无 as 0 with a note', () => {
    for (const s of ['免费', '无', '不收费']) {
      const r = validateMoney(s);
      expect(r).toMatchObject({ ok: true, value: 0 });
      expectIssue(r, 'money.free', s);
    }
  });

  it('rejects negative and unreadable amounts', () => {
    expectIssue(validateMoney(-5), 'money.format', '-5');
    expectIssue(validateMoney('面议'), 'money.format', '面议');
    expect(codes(validateMoney('-200元'))).toEqual(['money.format']);
  });
});
