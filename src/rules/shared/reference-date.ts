import { isoDate } from '../../model/cell';
import { parseDateValue } from '../../validate/dates';
import type { FindingInput, RuleContext } from '../rule';

/** The day deadlines and experience are measured to, and how a message names it. */
export interface ReferenceDate {
  date: Date;
  /** "申请日期 2026-06-15", or "今天 2026-06-01（未填写申请日期）". */
  label: string;
  /** True when the date is the workbook's 申请日期, false when it fell back to today. */
  fromApplication: boolean;
  /** The 申请日期 cell when the date came from it; the 机构信息 sheet or nothing otherwise. */
  at: Pick<FindingInput, 'sheet' | 'cell' | 'row' | 'column'>;
}

/**
 * 申请日期 on 机构信息 when it can be read, else the day of the check: a
 * workbook is the application, so its own date is what a deadline is
 * compared with; before it is dated, today is the best estimate.
 */
export function referenceDate(ctx: RuleContext): ReferenceDate {
  return ctx.memo('reference-date', () => {
    const org = ctx.book.org;
    const cell = org?.cell('applyDate') ?? null;
    const date = cell ? parseDateValue(cell.value).date : undefined;
    if (org && cell && date) {
      return {
        date,
        label: `申请日期 ${isoDate(date)}`,
        fromApplication: true,
        at: { sheet: org.sheet.name, cell: cell.address, row: cell.row, column: org.header('applyDate') },
      };
    }
    const today = ctx.options.today;
    const why = cell && cell.valueKind !== 'empty' ? '申请日期无法识别' : '未填写申请日期';
    return { date: today, label: `今天 ${isoDate(today)}（${why}）`, fromApplication: false, at: org ? { sheet: org.sheet.name } : {} };
  });
}

/** A yyyy-mm-dd day as the UTC midnight every date in the model is. */
export function utcDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
