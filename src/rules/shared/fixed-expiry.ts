import { isoDate } from '../../model/cell';
import { parseDateValue } from '../../validate/dates';
import type { RuleContext } from '../rule';
import { utcDay } from './reference-date';

/**
 * A filing valid "统一至" a fixed day: 备案有效期止 after it is an error,
 * before it a warning (the guide sets one day for everyone, so an earlier
 * day is most likely a typo, not a breach).
 */
export function checkFixedExpiry(ctx: RuleContext, until: string): void {
  const org = ctx.book.org;
  const cell = org?.cell('validTo');
  const date = cell ? parseDateValue(cell.value).date : undefined;
  if (!org || !cell || !date) return;
  const limit = utcDay(until).getTime();
  if (date.getTime() === limit) return;
  const later = date.getTime() > limit;
  ctx.report({
    sheet: org.sheet.name,
    cell: cell.address,
    row: cell.row,
    column: org.header('validTo'),
    ...(later ? {} : { severity: 'warning' as const }),
    message: `备案有效期止 ${isoDate(date)} ${later ? '晚于' : '早于'}规定的 ${until}（备案有效期统一至 ${until}）`,
  });
}
