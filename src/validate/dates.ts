/**
 * Dates and years as clerks enter them: real Excel dates, serial numbers in
 * cells not formatted as dates, and text such as 2024.3.1 or 2024年3月1日.
 * Everything is UTC midnight, the convention the readers follow for dates.
 */
import type { CellValue } from '../model/cell';
import { catalogue, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationIssue, ValidationResult } from './types';

const { CODES, issue } = catalogue('GB/T 7408-2005', {
  'date.text': { severity: 'warning', title: '日期以文本或数字形式填写' },
  'date.serial': { severity: 'warning', title: '日期单元格未设置日期格式' },
  'date.invalid': { severity: 'error', title: '日期不存在' },
  'date.format': { severity: 'error', title: '无法识别的日期' },
  'date.future': { severity: 'error', title: '日期晚于今天' },
  'year.format': { severity: 'error', title: '年度应为四位年份' },
  'year.future': { severity: 'error', title: '年度晚于今年' },
});
export { CODES };

export interface ParsedDate {
  /** UTC midnight; the month's first day when only a month is written. */
  date?: Date;
  /** The month's last day when only a month is written ("2018.09", "2019年9月"): the date is any day from `date` to this. */
  last?: Date;
  /** The value was text rather than a date or a number. */
  fromText: boolean;
  issue?: ValidationIssue;
}

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system (the 1900 leap-year bug is before every serial we accept). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function ymd(y: number, m: number, d: number): Date | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t : undefined;
}

/** yyyy, m, d from the accepted text shapes, or undefined. */
function textParts(s: string): [number, number, number] | undefined {
  const m =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s) ??
    /^(\d{4})(年)(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ??
    /^(\d{4})()(\d{2})(\d{2})$/.exec(s);
  return m ? [Number(m[1]), Number(m[3]), Number(m[4])] : undefined;
}

/** yyyy and m of a month written alone: 2018.09, 2018-9, 2018/09, 2019年9月. */
function monthParts(s: string): [number, number] | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月份?$/.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** A month written alone stands for any of its days: rules judge the first and the last. */
function fromMonth(shown: string, [y, m]: [number, number]): ParsedDate {
  const date = y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 ? ymd(y, m, 1) : undefined;
  if (!date) return { fromText: true, issue: issue('date.invalid', `日期“${shown}”不存在`, '核对年、月') };
  return {
    date,
    last: new Date(Date.UTC(y, m, 0)),
    fromText: true,
    issue: issue('date.text', `日期“${shown}”只写到月，按该月中的日期判断`, '填写具体日期，如 2024/3/1'),
  };
}

function fromParts(shown: string, [y, m, d]: [number, number, number], how: string, fromText: boolean): ParsedDate {
  const date = y >= MIN_YEAR && y <= MAX_YEAR ? ymd(y, m, d) : undefined;
  if (!date) return { fromText, issue: issue('date.invalid', `日期“${shown}”不存在`, '核对年、月、日') };
  return {
    date,
    fromText,
    issue: issue('date.text', `日期“${shown}”以${how}形式填写，建议改为日期格式`, '将单元格设为日期格式后重新录入，如 2024/3/1'),
  };
}

export function parseDateValue(v: CellValue): ParsedDate {
  if (isBlank(v) || unusable(v)) return { fromText: false };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { fromText: false, issue: issue('date.invalid', '日期单元格的值无效', '重新录入日期') };
    return { date: new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate())), fromText: false };
  }
  const shown = show(v);
  if (typeof v === 'number') {
    if (Number.isFinite(v) && v >= 20000 && v <= 80000) {
      const date = new Date(EXCEL_EPOCH + Math.floor(v) * DAY_MS);
      const iso = date.toISOString().slice(0, 10);
      return {
        date,
        fromText: false,
        issue: issue('date.serial', `日期单元格显示为数字 ${shown}（即 ${iso}），未设置日期格式`, '将单元格设为日期格式'),
      };
    }
    const parts = Number.isInteger(v) ? textParts(shown) : undefined;
    if (parts && shown.length === 8) return fromParts(shown, parts, '数字', false);
    return { fromText: false, issue: issue('date.format', `无法识别日期“${shown}”`, '按日期格式填写，如 2024/3/1') };
  }
  if (typeof v !== 'string') return { fromText: false, issue: issue('date.format', `无法识别日期“${shown}”`, '按日期格式填写，如 2024/3/1') };
  // A time of day after the date (from exported systems) carries no meaning here.
  const s = v.normalize('NFKC').trim().replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '').replace(SPACES, '');
  const parts = textParts(s);
  if (parts) return fromParts(v, parts, '文本', true);
  const month = monthParts(s);
  if (month) return fromMonth(v, month);
  return { fromText: true, issue: issue('date.format', `无法识别日期“${v}”`, '按日期格式填写，如 2024/3/1') };
}

export function validateDate(v: CellValue, opts: { today?: Date; notFuture?: boolean } = {}): ValidationResult<Date> {
  const bad = unusable<Date>(v);
  if (bad) return bad;
  const p = parseDateValue(v);
  const issues = p.issue ? [p.issue] : [];
  if (p.date && opts.notFuture && opts.today && p.date.getTime() > opts.today.getTime()) {
    const iso = p.date.toISOString().slice(0, 10);
    issues.push(issue('date.future', `日期“${show(v)}”（${iso}）晚于今天`, '核对日期'));
  }
  return result(issues, p.date);
}

/** A four-digit year: 2023, "2023", "2023年" or "2023年度". */
export function parseYear(v: CellValue, today?: Date): ValidationResult<number> {
  if (isBlank(v)) return result([]);
  const bad = unusable<number>(v);
  if (bad) return bad;
  const shown = show(v);
  let year: number | undefined;
  if (typeof v === 'number' && Number.isInteger(v)) year = v;
  else if (typeof v === 'string') {
    const m = /^(\d{4})(?:年度?)?$/.exec(v.normalize('NFKC').replace(SPACES, ''));
    if (m) year = Number(m[1]);
  }
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) {
    const hint = v instanceof Date ? '该单元格被设为日期格式；改为常规格式后填写四位年份，如 2024' : '填写四位年份，如 2024';
    return result([issue('year.format', `年度“${shown}”不是四位年份`, hint)]);
  }
  if (today && year > today.getUTCFullYear()) {
    return result([issue('year.future', `年度 ${shown} 晚于今年（${today.getUTCFullYear()} 年）`, '核对年度')], year);
  }
  return result([], year);
}
