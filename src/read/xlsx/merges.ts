import { a1 } from '../../model/cell';
import type { Sheet } from '../../model/workbook';
import { inputError } from '../input-messages';
import type { CellRange } from './worksheet-part';

/** Steps spent clearing merged cells per sheet; only overlapping or absurd merges come near it (about a second). */
const MAX_WORK = 20_000_000;
/** A walk over a row's present cells costs about this many steps more than a lookup. */
const WALK = 16;

/** Columns a merge may span before its rows are walked by the cells present rather than by column. */
const NARROW = 64;

/**
 * Records a sheet's merged ranges and empties the cells under each range
 * but its top-left one, as Excel shows them (and exceljs reads them). The
 * work follows the cells present, never the declared area: rows past the
 * last one are not visited, and a wide range visits only the cells a row
 * has.
 */
export function applyMerges(sheet: Sheet, merges: readonly CellRange[]): void {
  let work = 0;
  let edge = false;
  const clear = (r: number, c: number): void => {
    sheet.clear(r, c);
    if (r === sheet.rowCount || c === sheet.colCount) edge = true;
  };
  for (const m of merges) {
    sheet.merges.push(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    const bottom = Math.min(m.bottom, sheet.rowCount);
    for (let r = m.top; r <= bottom; r++) {
      const values = sheet.rowValues(r);
      work++;
      if (m.right - m.left < NARROW) {
        const right = Math.min(m.right, values.length);
        for (let c = m.left; c <= right; c++) if (values[c - 1] !== undefined && (r !== m.top || c !== m.left)) clear(r, c);
        work += Math.max(0, right - m.left + 1);
      } else {
        work += WALK;
        for (const k in values) {
          const c = Number(k) + 1;
          work++;
          if (c >= m.left && c <= m.right && (r !== m.top || c !== m.left)) clear(r, c);
        }
      }
      if (work > MAX_WORK) throw inputError('merges-too-tangled', { sheet: sheet.name });
    }
  }
  if (edge) sheet.fitExtent();
}
