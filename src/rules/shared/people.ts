import type { Table } from '../../model/table';
import { IdResult, validateResidentId } from '../../validate/gb11643-id';
import type { RuleContext } from '../rule';

/** The ID check of every row of a roster, computed once and shared by the rules that count people. */
export function idResults(ctx: RuleContext, table: Table): Map<number, IdResult> {
  return ctx.memo(`people.ids:${table.sheet.name}`, () => {
    const m = new Map<number, IdResult>();
    if (!table.has('idNumber')) return m;
    for (const row of table.rows) m.set(row, validateResidentId(table.value(row, 'idNumber'), { today: ctx.options.today }));
    return m;
  });
}

/** The person's name and ID as a message names them: "张三（身份证件号 C7 有误）". */
export function personLabel(ctx: RuleContext, table: Table, row: number): string {
  const name = table.text(row, 'name') || `第 ${row} 行`;
  const id = idResults(ctx, table).get(row);
  return id && !id.ok ? `${name}（身份证件号 ${table.address(row, 'idNumber')} 有误）` : name;
}
