import { isDateFormat, isMonthFormat } from '../../../src/model/number-format';

describe('isMonthFormat: a date shown as its month, no day', () => {
  it('is true for the month formats Excel and clerks use', () => {
    for (const code of ['yyyy"年"m"月"', 'mmm-yy', 'yyyy/mm', 'yyyy\\.mm', '[$-804]yyyy"年"m"月";@', 'm/yyyy']) {
      expect([code, isMonthFormat(code), isDateFormat(code)]).toEqual([code, true, true]);
    }
  });

  it('is false for days, times, years alone and non-dates', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yy', 'h:mm', 'yyyy', '0.00', '@', 'General', null]) {
      expect([code, isMonthFormat(code)]).toEqual([code, false]);
    }
  });
});
