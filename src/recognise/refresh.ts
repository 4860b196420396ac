import type { Rect } from '../model/range';
import { RecognisedWorkbook, Table } from '../model/table';
import { normaliseSheetName } from './normalise';
import { buildTable, IGNORED_SHEETS, tableRowKind, type RowKind } from './recognise';

/** Cells edited in place on one sheet (values changed, no rows or columns moved). */
export interface SheetEdit {
  sheet: string;
  rect: Rect;
}

/** A recognition brought up to date after edits, and the sheets whose table gained or lost rows. */
export interface Refreshed {
  book: RecognisedWorkbook;
  /** Sheets whose data, empty or total rows changed. */
  rowsChanged: Set<string>;
}

/** Up to this many edited rows are classified one by one; a larger paste rebuilds its table. */
const ROWS_CLASSIFIED = 2_000;

/**
 * The recognition after in-place edits, rebuilding only the tables whose
 * rows changed kind; null when an edit may change what a sheet is (its
 * header, 机构信息, an unrecognised sheet), which needs a fresh recognition.
 */
export function refreshRecognition(prev: RecognisedWorkbook, edits: readonly SheetEdit[]): Refreshed | null {
  const tables = [...prev.tables];
  const rowsChanged = new Set<string>();
  for (const e of edits) {
    if (IGNORED_SHEETS.has(normaliseSheetName(e.sheet))) continue;
    const i = tables.findIndex((t) => t.sheet.name === e.sheet);
    if (i < 0) return null;
    const t = tables[i];
    if (!t.headerRow || e.rect.r1 <= t.headerRow) return null;
    if (sameRows(t, e.rect)) continue;
    const rebuilt = buildTable(t.sheet, t.def, t.headerRow, new Map(t.columns));
    if (!same(rebuilt.rows, t.rows) || !same(rebuilt.emptyRows, t.emptyRows) || !same(rebuilt.totalRows, t.totalRows)) {
      tables[i] = rebuilt;
      rowsChanged.add(e.sheet);
    }
  }
  return { book: new RecognisedWorkbook(prev.workbook, tables, prev.org, prev.unrecognised), rowsChanged };
}

/** Whether every edited row is still what the table took it for. */
function sameRows(t: Table, rect: Rect): boolean {
  if (rect.r2 - rect.r1 >= ROWS_CLASSIFIED) return false;
  for (let r = rect.r1; r <= rect.r2; r++) {
    const was = kindBefore(t, r);
    const now = tableRowKind(t, r);
    if (was !== now && !(was === null && now === 'empty')) return false;
  }
  return true;
}

/** What the table took a row for; null for a row outside it. */
function kindBefore(t: Table, r: number): RowKind | null {
  if (has(t.rows, r)) return 'data';
  if (has(t.totalRows, r)) return 'total';
  if (has(t.emptyRows, r)) return 'empty';
  return null;
}

/** Binary search: the row lists are ascending. */
function has(rows: readonly number[], r: number): boolean {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] === r) return true;
    if (rows[mid] < r) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
