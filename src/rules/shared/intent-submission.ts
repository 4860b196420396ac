import type { RuleContext } from '../rule';
import { referenceDate, utcDay } from './reference-date';

/** An intent letter (意向函 / 意向申请) due before the filing itself. */
export interface IntentDeadline {
  /** How the 申请材料 sheet names it. */
  keyword: RegExp;
  /** "意向函", as messages name it. */
  what: string;
  /** First day of the acceptance window, when the guide sets one (yyyy-mm-dd). */
  from?: string;
  /** Last day it is accepted (yyyy-mm-dd). */
  until: string;
}

/**
 * The letter is sent on its own before the materials, so the workbook can
 * only show it on the 申请材料 sheet. Marked 是: nothing to say. Marked
 * otherwise after the deadline: an error at that cell. Not listed, or the
 * deadline still ahead: information, since the workbook cannot show more.
 */
export function checkIntentSubmission(ctx: RuleContext, spec: IntentDeadline): void {
  const ref = referenceDate(ctx);
  const window = spec.from ? `${spec.from} 至 ${spec.until} 期间` : `${spec.until} 前`;
  const tables = ctx.book.tablesOf('materials');
  const hit = tables.flatMap((t) => t.rows.filter((row) => spec.keyword.test(t.text(row, 'material'))).map((row) => ({ t, row })))[0];
  const provided = hit ? hit.t.text(hit.row, 'provided') : '';
  if (provided === '是') return;
  const late = ref.date.getTime() > utcDay(spec.until).getTime();
  if (hit && late) {
    ctx.report({
      ...ctx.at(hit.t, hit.row, 'provided'),
      message: `${spec.what}应在 ${window}提交，截至${ref.label}，“是否提供”${provided ? `仍为“${provided}”` : '仍未填写'}`,
    });
    return;
  }
  const listed = hit ? `“申请材料”表中${spec.what}${provided ? `标记为“${provided}”` : '未标记是否提供'}` : `“申请材料”表未列出${spec.what}`;
  ctx.report({
    severity: 'info',
    ...(tables[0] ? { sheet: tables[0].sheet.name } : {}),
    message: late
      ? `${spec.what}应在 ${window}提交；${listed}，请确认已按时提交`
      : `${spec.what}须在 ${window}提交（${ref.label}）；${listed}`,
  });
}
