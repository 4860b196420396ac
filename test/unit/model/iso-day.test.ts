import { isoDay } from '../../../src/model/cell';

/** --as-of, BEIAN_TODAY, the page's 检查日期 and the dates a batch compares all read yyyy-mm-dd through isoDay. */
describe('isoDay', () => {
  it('reads a calendar day as 00:00 UTC', () => {
    expect(isoDay('2026-06-01')?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(isoDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('refuses days the calendar lacks instead of rolling them over', () => {
    for (const t of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-06-00', '2026-06-31']) expect(isoDay(t)).toBeUndefined();
  });

  it('refuses any other text', () => {
    for (const t of ['', '2026-6-1', '2026/06/01', ' 2026-06-01', '2026-06-01T00:00:00Z']) expect(isoDay(t)).toBeUndefined();
  });
});
