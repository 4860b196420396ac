import type { Table } from '../../model/table';
import { IdResult, validateResidentId } from '../../validate/gb11643-id';
import type { RuleContext } from '../rule';

/** The ID check of every row of a roster, computed once and shared by the rules that count people. */
export function idResults(ctx: RuleContext, table: Table): ReadonlyMap<number, IdResult> {
  // Results by ID text, shared by every roster and kept by a live check (it reads no cell): after an edit only the new IDs are validated.
  const known = ctx.memo('people.ids-by-text', () => new Map<string | number, IdResult>());
  if (!table.has('idNumber')) return NO_IDS;
  return ctx.rowMemo(`people.ids:${table.sheet.name}`, table, (t) => (row) => {
    const v = t.value(row, 'idNumber');
    const key = typeof v === 'string' || typeof v === 'number' ? v : null;
    let r = key === null ? undefined : known.get(key);
    if (!r) {
      r = validateResidentId(v, { today: ctx.options.today });
      if (key !== null) known.set(key, r);
    }
    return r;
  });
}

const NO_IDS: ReadonlyMap<number, IdResult> = new Map();

/** The person's name and ID as a message names them: "张三（身份证件号 C7 有误）". */
export function personLabel(ctx: RuleContext, table: Table, row: number): string {
  const name = table.text(row, 'name') || `第 ${row} 行`;
  const id = idResults(ctx, table).get(row);
  return id && !id.ok ? `${name}（身份证件号 ${table.address(row, 'idNumber')} 有误）` : name;
}
