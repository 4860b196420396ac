import type { FieldKey } from '../../model/schema';
import { type CellValue, isoDate } from '../../model/cell';
import { isMonthFormat } from '../../model/number-format';
import type { Table } from '../../model/table';
import type { Severity } from '../../model/severity';
import { parseDateValue } from '../../validate/dates';

/** The days a date cell may mean: one day, or every day of a month written alone ("2018.09"). */
export interface DaySpan {
  first: Date;
  last: Date;
}

export function daySpan(v: CellValue, numFmt: string | null = null): DaySpan | undefined {
  const p = parseDateValue(v);
  if (!p.date) return undefined;
  // A real date shown as a month ("2018年9月") is the month the clerk typed.
  if (v instanceof Date && isMonthFormat(numFmt)) {
    const y = p.date.getUTCFullYear();
    const m = p.date.getUTCMonth();
    return { first: new Date(Date.UTC(y, m, 1)), last: new Date(Date.UTC(y, m + 1, 0)) };
  }
  return { first: p.date, last: p.last ?? p.date };
}

/** The days a table cell's date may mean, its number format considered. */
export function cellSpan(t: Table, row: number, field: FieldKey): DaySpan | undefined {
  const c = t.cell(row, field);
  return c ? daySpan(c.value, c.numFmt) : undefined;
}

export function isMonth(s: DaySpan): boolean {
  return s.first.getTime() !== s.last.getTime();
}

/**
 * How a rule that breaks more the later (or the earlier) each date is
 * judges dates that may be any day of a month: broken on every reading
 * ('all'), on some ('some'), or on none. Such a rule is worst and best at
 * the spans' ends, so the ends of every span decide.
 */
export function breaksOn(spans: readonly DaySpan[], breaks: (...days: Date[]) => boolean): 'all' | 'some' | 'none' {
  let broken = 0;
  const corners = 1 << spans.length;
  for (let mask = 0; mask < corners; mask++) {
    if (breaks(...spans.map((s, i) => (mask & (1 << i) ? s.last : s.first)))) broken++;
  }
  return broken === corners ? 'all' : broken ? 'some' : 'none';
}

/** A finding's severity for a judgement: the rule's own when every reading breaks it, a warning when some do; null when none does. */
export function severityFor(judged: 'all' | 'some' | 'none', severity: Severity): Severity | null {
  return judged === 'all' ? severity : judged === 'some' ? 'warning' : null;
}

/** What a message adds when a month written alone leaves the verdict open. */
export const MONTH_NOTE = '（日期只写到月，按该月部分日期计不满足，请填写具体日期）';

/** A span as messages name it: 2018-09-01, or 2018年9月 for a month. */
export function spanText(s: DaySpan): string {
  return isMonth(s) ? `${s.first.getUTCFullYear()}年${s.first.getUTCMonth() + 1}月` : isoDate(s.first);
}
