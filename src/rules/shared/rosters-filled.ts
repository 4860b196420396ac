import type { SheetKind } from '../../model/schema';
import type { RuleContext } from '../rule';

/**
 * A roster sheet that is present but holds nobody (an unfilled template
 * sheet): "应配备…". A missing sheet is the required-sheets rule's business.
 */
export function checkRostersFilled(ctx: RuleContext, rosters: readonly [SheetKind, string][]): void {
  for (const [kind, who] of rosters) {
    const tables = ctx.book.tablesOf(kind);
    if (!tables.length || tables.some((t) => t.rows.length)) continue;
    ctx.report({ sheet: tables[0].sheet.name, message: `“${tables[0].sheet.name}”表中没有人员，应配备${who}` });
  }
}
