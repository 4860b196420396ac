import { createCalendar, parseHolidaysFile, UncoveredDateError } from '../../../src/calendar';

describe('working-day calendar', () => {
  const cal = createCalendar();

  it('knows holidays and make-up working days by date string', () => {
    expect(cal.isWorkday('2026-10-01')).toBe(false); // 国庆节
    expect(cal.isWorkday('2026-10-10')).toBe(true); // Saturday make-up day
    expect(cal.isWorkday('2026-10-09')).toBe(true);
    expect(cal.isWorkday('2026-10-11')).toBe(false); // ordinary Sunday
  });

  it('counts 30 working days across the National Day holiday', () => {
    // From 2026-09-14: 14–18, 21–25 (10), 28–30 (13), 20 Sep Sunday make-up (14), Oct 1–8 off,
    // 9, 10 (Sat make-up), 12–16 (21), 19–23 (26), 26–29 (30).
    expect(cal.workdaysBetween('2026-09-14', '2026-10-30')).toBe(30);
    expect(cal.workdaysBetween('2026-09-14', '2026-10-29')).toBe(29);
  });

  it('refuses a date in a year its data does not cover instead of guessing', () => {
    expect(cal.covers('2027-03-01')).toBe(false);
    expect(() => cal.isWorkday('2027-03-01')).toThrow(UncoveredDateError);
  });

  it('takes a next-year schedule in the package shape', () => {
    const extra = parseHolidaysFile({ holidays: { '2027-01-01': '元旦' }, workdays: { '2027-01-09': '调休上班' } });
    const next = createCalendar(extra);
    expect(next.covers('2027-03-01')).toBe(true);
    expect(next.isWorkday('2027-01-01')).toBe(false);
    expect(next.isWorkday('2027-01-09')).toBe(true);
  });

  it('explains a malformed holiday file in Chinese', () => {
    expect(() => parseHolidaysFile({ holidays: { '2027/1/1': '元旦' } })).toThrow(/节假日文件格式不正确/);
    expect(() => parseHolidaysFile([])).toThrow(/节假日文件格式不正确/);
    // Where the file is wrong, in Chinese, naming the date; none of the schema library's English.
    const said = (v: unknown) => {
      try {
        parseHolidaysFile(v);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(said({ holidays: { '2027-01-01': 1 } })).toContain('“holidays”中 2027-01-01 的名称应为文字');
    expect(said({ holidays: { '2027/1/1': '元旦' } })).toContain('“2027/1/1”不是 yyyy-mm-dd 形式的日期');
    expect(said({ workdays: {} })).toContain('缺少“holidays”');
    for (const v of [{ holidays: { '2027-01-01': 1 } }, { holidays: 3 }, [], { holidays: { x: null } }]) expect(said(v)).not.toMatch(/[A-Za-z]{3,} [a-z]+/);

  });
});
