import { parseDateValue, parseYear, validateDate } from '../../../src/validate/dates';
import { codes, expectIssue, TODAY } from './helpers';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parseDateValue', () => {
  it('accepts real dates and drops the time of day', () => {
    expect(parseDateValue(utc(2024, 3, 1))).toEqual({ date: utc(2024, 3, 1), fromText: false });
    expect(parseDateValue(new Date(Date.UTC(2024, 2, 1, 13, 5)))).toEqual({ date: utc(2024, 3, 1), fromText: false });
  });

  it('converts Excel serial numbers with a warning', () => {
    // 45352 days after 1899-12-30 is 2024-03-01.
    const p = parseDateValue(45352);
    expect(p.date).toEqual(utc(2024, 3, 1));
    expect(p.issue?.code).toBe('date.serial');
    expect(p.issue?.message).toContain('2024-03-01');
    expect(parseDateValue(45352.75).date).toEqual(utc(2024, 3, 1));
  });

  it.each(['2024.3.1', '2024年3月1日', '2024年03月01号', '2024-03-01', '2024/3/1', '20240301', '２０２４－０３－０１', '2024 年 3 月 1 日', '2024-03-01 00:00:00', '2024-03-01T08:30'])(
    'reads the text %s with a warning',
    (s) => {
      const p = parseDateValue(s);
      expect(p.date).toEqual(utc(2024, 3, 1));
      expect(p.fromText).toBe(true);
      expect(p.issue?.code).toBe('date.text');
      expect(p.issue?.message).toContain(s);
    },
  );

  it('reads an 8-digit number as yyyymmdd', () => {
    expect(parseDateValue(20240301)).toMatchObject({ date: utc(2024, 3, 1), fromText: false, issue: { code: 'date.text' } });
  });

  it('reads a month written alone as any of its days', () => {
    for (const text of ['2024.03', '2024-3', '2024/03', '2024年3月']) {
      expect(parseDateValue(text)).toMatchObject({ date: utc(2024, 3, 1), last: utc(2024, 3, 31), fromText: true, issue: { code: 'date.text', severity: 'warning' } });
    }
    expect(parseDateValue('2024年2月').last).toEqual(utc(2024, 2, 29));
  });

  it('rejects impossible and unreadable dates', () => {
    expect(parseDateValue('2024-02-30')).toMatchObject({ fromText: true, issue: { code: 'date.invalid' } });
    expect(parseDateValue('2023-02-29').issue?.code).toBe('date.invalid');
    expect(parseDateValue('1800-01-01').issue?.code).toBe('date.invalid');
    expect(parseDateValue('2024-3-1-2').issue?.code).toBe('date.format');
    expect(parseDateValue('2024.13').issue?.code).toBe('date.invalid');
    expect(parseDateValue('2024.03.x').issue?.code).toBe('date.format');
    expect(parseDateValue('2024-03/01').issue?.code).toBe('date.format');
    expect(parseDateValue(12).issue?.code).toBe('date.format');
    expect(parseDateValue(true).issue?.code).toBe('date.format');
    expect(parseDateValue(new Date(NaN)).issue?.code).toBe('date.invalid');
    expect(parseDateValue(null)).toEqual({ fromText: false });
    expect(parseDateValue({ error: '#VALUE!' })).toEqual({ fromText: false });
  });
  // The same words show in Excel, in WPS and in the browser: they name no program.
  it.each([['2019.9.1'], ['2019年9月'], [20190901], ['九月一日'], [1.5]])('words the issue for %s without naming a program', (v) => {
    const i = parseDateValue(v).issue;
    expect(i).toBeDefined();
    expect(`${i?.message}${i?.hint}`).not.toMatch(/Excel|WPS/);
  });
});

describe('validateDate', () => {
  it('reports each problem with the value quoted', () => {
    expectIssue(validateDate('2024.3.1'), 'date.text', '2024.3.1');
    expectIssue(validateDate(45352), 'date.serial', '45352');
    expectIssue(validateDate('2024-02-30'), 'date.invalid', '2024-02-30');
    expectIssue(validateDate('下个月'), 'date.format', '下个月');
  });

  it('rejects future dates only when asked', () => {
    const future = utc(2030, 1, 1);
    expect(validateDate(future, { today: TODAY })).toEqual({ ok: true, value: future, issues: [] });
    expectIssue(validateDate(future, { today: TODAY, notFuture: true }), 'date.future', '2030-01-01');
    expect(validateDate(TODAY, { today: TODAY, notFuture: true }).ok).toBe(true);
  });

  it('leaves empty values and formula errors alone', () => {
    expect(validateDate(null)).toEqual({ ok: true, issues: [] });
    expect(validateDate({ error: '#REF!' })).toEqual({ ok: false, issues: [] });
  });
});

describe('parseYear', () => {
  it.each([[2023], ['2023'], ['2023年'], ['2023年度'], ['２０２３']])('reads %s', (v) => {
    expect(parseYear(v, TODAY)).toEqual({ ok: true, value: 2023, issues: [] });
  });

  it('rejects anything but a four-digit year', () => {
    expectIssue(parseYear('23'), 'year.format', '23');
    expectIssue(parseYear(2023.5), 'year.format', '2023.5');
    const i = expectIssue(parseYear(utc(1905, 7, 15)), 'year.format', '1905-07-15');
    expect(i.hint).toContain('日期格式');
  });

  it('rejects future years given today', () => {
    expectIssue(parseYear(2027, TODAY), 'year.future', '2027');
    expect(codes(parseYear(2026, TODAY))).toEqual([]);
    expect(codes(parseYear(2027))).toEqual([]);
  });
});
