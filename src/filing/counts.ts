import type { Table } from '../model/table';
import { validateCount } from '../validate/counts';
import type { FieldKey } from '../model/schema';

/** A count cell as a rule adds it up. */
export interface CountCell {
  /** The value, 0 when the cell is empty or unreadable. */
  n: number;
  empty: boolean;
  /** The cell's address when it holds something that is not a count (the generic cell check says why). */
  unreadable: string | null;
}

export function readCount(t: Table, row: number, field: FieldKey): CountCell {
  const v = t.value(row, field);
  const r = validateCount(v);
  if (typeof r.value === 'number') return { n: r.value, empty: false, unreadable: null };
  const empty = r.issues.length === 0 && r.ok;
  return { n: 0, empty, unreadable: empty ? null : t.address(row, field) };
}

/** A count cell's number; null where it is blank or holds no count: unknown, never 0. */
export function givenCount(t: Table, row: number, field: FieldKey): number | null {
  const c = readCount(t, row, field);
  return c.empty || c.unreadable ? null : c.n;
}

/** The sum of some count fields over rows, and which cells could not be read. */
export function sumCounts(cells: readonly { table: Table; row: number }[], fields: readonly FieldKey[]): { n: number; unreadable: string[] } {
  let n = 0;
  const unreadable: string[] = [];
  for (const { table, row } of cells) {
    for (const f of fields) {
      if (!table.has(f)) continue;
      const c = readCount(table, row, f);
      n += c.n;
      if (c.unreadable) unreadable.push(c.unreadable);
    }
  }
  return { n, unreadable };
}

/** "（D5、E5 无法识别，未计入）", or '' when every cell was read. */
export function uncountedNote(cells: readonly string[]): string {
  return cells.length ? `（${cells.join('、')} 无法识别，未计入）` : '';
}
