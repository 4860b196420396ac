import type { Fix } from '../../src/fix';
import { recordFix, TEXT, UNDO_SHEET, undoEntries, undoLines, unchangedSinceCheck, writtenValue, type Scalar, type UndoEntry } from '../fixes/undo-log';
import { xl, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet } from './et';
import { grid, rectOf } from './read';
import { addSheet, deleteSheet, findSheet } from './store';

/**
 * 修正 and 撤销 in the open WPS workbook, by the same rules as the Excel
 * host (addin/office/fixes.ts) and in the same undo sheet, so a fix made in
 * Excel is undone in WPS and the other way round: a cell changed since the
 * check is not fixed, and 撤销 leaves alone a cell the clerk edited after
 * the fix.
 */

function readUndo(book: EtWorkbook): { ws: EtWorksheet | null; entries: Map<string, UndoEntry> } {
  const ws = findSheet(book, UNDO_SHEET);
  if (!ws) return { ws: null, entries: new Map() };
  const used = rectOf(ws.UsedRange);
  const rows = used.r2;
  return { ws, entries: undoEntries(grid(ws.Range(`A1:A${rows}`).Value2, rows, 1).map((row) => row[0])) };
}

const cellFormat = (range: EtRange): string => range.NumberFormat ?? 'General';

/** Writes a text as text, whatever the cell's format: through the text format, then the cell's own format back. */
function writeText(range: EtRange, text: string, format: string): void {
  range.NumberFormat = TEXT;
  range.Value2 = text;
  if (format !== TEXT) range.NumberFormat = format;
}

/**
 * Applies fixes whose cells still hold the value the check saw; returns how
 * many were applied. The undo sheet is written before any cell, so an
 * interrupted fix can still be undone.
 */
export function applyFixes(app: EtApplication, book: EtWorkbook, fixes: readonly Fix[]): number {
  const { ws, entries } = readUndo(book);
  const todo = fixes
    .map((fix) => ({ fix, range: book.Worksheets.Item(fix.sheet).Range(fix.cell) }))
    .filter(({ fix, range }) => unchangedSinceCheck(fix, range.Value2, range.Formula));
  if (!todo.length) return 0;
  for (const { fix, range } of todo) recordFix(entries, fix, range.Value2 as Scalar, cellFormat(range));
  let sheet = ws;
  if (!sheet) {
    sheet = addSheet(app, book, UNDO_SHEET);
    sheet.Visible = xl.sheetVeryHidden;
  }
  const lines = undoLines(entries);
  // Entries only ever grow until 撤销, so rewriting them from the first row covers every older row.
  const block = sheet.Range(`A1:A${lines.length}`);
  block.NumberFormat = TEXT;
  block.Value2 = lines;
  for (const { fix, range } of todo) {
    if (fix.after.kind === 'text') writeText(range, fix.after.text, cellFormat(range));
    else {
      range.Value2 = writtenValue(fix);
      if (fix.after.format) range.NumberFormat = fix.after.format;
    }
  }
  return todo.length;
}

/** Puts every fixed value back where the cell still holds what the fix wrote, and drops the undo sheet; returns the cells restored. */
export function undoFixes(app: EtApplication, book: EtWorkbook): number {
  const { ws, entries } = readUndo(book);
  if (!ws) return 0;
  let restored = 0;
  for (const e of entries.values()) {
    const sheet = findSheet(book, e.sheet);
    if (!sheet) continue;
    const range = sheet.Range(e.address);
    if (range.Value2 !== e.wrote) continue;
    if (typeof e.value === 'string') writeText(range, e.value, e.format);
    else {
      range.Value2 = e.value;
      range.NumberFormat = e.format;
    }
    restored++;
  }
  deleteSheet(app, ws);
  return restored;
}
