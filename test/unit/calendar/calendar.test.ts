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
  });
});
