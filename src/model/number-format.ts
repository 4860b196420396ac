/**
 * Number formats as every reader adapter must see them, so that the .xlsx
 * reader and the Office.js adapter put the same value and format into the
 * model: a format code string (built-in ids resolved to their code), and a
 * number shown with a date format becomes a Date (UTC midnight-based, as
 * exceljs reads it: exceljs#486).
 */

/**
 * Codes of the built-in number format ids (ECMA-376 Part 1, 18.8.30). Ids
 * 27–36 and 50–58 are locale-dependent; we use the zh-CN codes because
 * that is where the workbooks come from, and they are all dates or times.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code of a cell style's numFmtId, given the workbook's own custom codes. */
export function numberFormatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  return custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? null;
}

/**
 * Whether a format code shows a number as a date or time. Text in quotes and
 * brackets ([Red], [$-804], [h]) is ignored first, then any date or time
 * token counts, exactly as exceljs decides, so both readers agree.
 */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/**
 * A date format that shows the month but no day ("yyyy年m月", "mmm-yy",
 * "yyyy/mm"): what Excel gives "2018/9" typed into a cell. The clerk
 * wrote a month; the day the cell holds is Excel's choice.
 */
export function isMonthFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const bare = code.split(';')[0].replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '').toLowerCase();
  return /m/.test(bare) && /y/.test(bare) && !/[dhs]/.test(bare);
}

const DAY_MS = 24 * 3600 * 1000;

/** An Excel serial date as a UTC Date (the 1900 system unless `date1904`), rounded to the millisecond. */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** The Excel serial of a UTC Date. */
export function dateToSerial(d: Date, date1904 = false): number {
  return 25569 + d.getTime() / DAY_MS - (date1904 ? 1462 : 0);
}
