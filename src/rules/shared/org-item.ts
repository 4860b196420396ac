import type { RuleContext } from '../rule';
import type { OrgKey } from '../../model/schema';

/** Where a finding about one 机构信息 item points; undefined when the sheet lacks the item. */
export function orgItemAt(ctx: RuleContext, key: OrgKey): { sheet: string; cell: string; row: number; column: string } | undefined {
  const org = ctx.book.org;
  const c = org?.cell(key);
  return org && c ? { sheet: org.sheet.name, cell: c.address, row: c.row, column: org.header(key) } : undefined;
}
