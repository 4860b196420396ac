import packaged from 'chinese-days/dist/chinese-days.json';

/**
 * Working days on the official calendar (statutory holidays and the
 * make-up working days the State Council announces each November), from the
 * data of the `chinese-days` package. Everything is by yyyy-mm-dd string:
 * the package's own helpers use local-time Dates and shift a day outside
 * UTC/Asia-Shanghai. A date in a year the data does not cover is refused,
 * never guessed as Monday–Friday.
 */

/** The package's data shape, also accepted from a user-supplied file for a year it lacks. */
export interface HolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays?: Record<string, string>;
}

/**
 * The schema of a `--holidays` file. zod is loaded here, on first use, and
 * not with the module: loading it costs more than a check of a small workbook.
 */
function holidayDataSchema() {
  const { z } = require('zod') as typeof import('zod');
  return z.object({
    holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
    workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()).default({}),
    inLieuDays: z.record(z.string(), z.string()).optional(),
  });
}

export class UncoveredDateError extends Error {
  constructor(
    readonly date: string,
    readonly years: readonly number[],
  ) {
    super(`${date} 不在节假日数据覆盖的年份内`);
  }
}

export interface WorkCalendar {
  /** Years with official data, ascending. */
  readonly years: readonly number[];
  covers(date: string): boolean;
  isWorkday(date: string): boolean;
  /** Working days d with from ≤ d < to. */
  workdaysBetween(from: string, to: string): number;
}

const DAY = 86400000;

function toTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function createCalendar(extra?: HolidayData): WorkCalendar {
  const holidays = new Set([...Object.keys(packaged.holidays), ...Object.keys(extra?.holidays ?? {})]);
  const workdays = new Set([...Object.keys(packaged.workdays), ...Object.keys(extra?.workdays ?? {})]);
  const years = [...new Set([...holidays].map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const covered = new Set(years);
  const covers = (date: string) => covered.has(Number(date.slice(0, 4)));
  const isWorkday = (date: string): boolean => {
    if (!covers(date)) throw new UncoveredDateError(date, years);
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const dow = new Date(toTime(date)).getUTCDay();
    return dow !== 0 && dow !== 6;
  };
  return {
    years,
    covers,
    isWorkday,
    workdaysBetween(from, to) {
      let n = 0;
      for (let t = toTime(from), end = toTime(to); t < end; t += DAY) if (isWorkday(fromTime(t))) n++;
      return n;
    },
  };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong at one place of a `--holidays` file, in Chinese, naming the section and the date (never zod's English). */
function holidayProblem(issue: { path: readonly PropertyKey[]; input?: unknown }): string {
  const [section, date] = issue.path.map((k) => String(k).slice(0, 40));
  if (section === undefined) return '文件内容应为一个对象';
  if (date === undefined) return issue.input === undefined ? `缺少“${section}”` : `“${section}”应为 {"日期": "名称"} 形式`;
  if (!DAY_KEY.test(date)) return `“${section}”中的“${date}”不是 yyyy-mm-dd 形式的日期`;
  return `“${section}”中 ${date} 的名称应为文字`;
}

/** Reads a `--holidays` file: JSON in the package's shape; one Chinese line naming the place when it is not. */
export function parseHolidaysFile(value: unknown): HolidayData {
  const r = holidayDataSchema().safeParse(value);
  if (!r.success) {
    throw new Error(`节假日文件格式不正确（${holidayProblem(r.error.issues[0])}），应为 {"holidays": {"2027-01-01": "元旦"}, "workdays": {"2027-02-07": "春节补班"}}`);
  }
  return r.data;
}

/** How a finding names the calendar's limits and the way out. */
export function uncoveredMessage(e: UncoveredDateError): string {
  const span = e.years.length ? `${e.years[0]}–${e.years[e.years.length - 1]}` : '无';
  return `日期 ${e.date} 超出节假日数据覆盖的年份（${span}），无法按法定节假日和调休计算工作日，未作判断；国务院办公厅每年 11 月公布次年安排，可用 --holidays 文件补充`;
}
