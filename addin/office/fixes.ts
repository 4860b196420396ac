/// <reference types="office-js" />
import type { Fix } from '../../src/fix';
import { recordFix, TEXT, UNDO_SHEET, undoEntries, undoLines, unchangedSinceCheck, writtenValue, type Scalar, type UndoEntry } from '../fixes/undo-log';

/**
 * 修正 and 撤销 in the open workbook. What each fixed cell held is kept in
 * the undo sheet (addin/fixes/undo-log.ts), so 撤销 works after the pane was
 * closed or the file saved and reopened. 撤销 puts a value back only where
 * the cell still holds what the fix wrote: a later edit of the clerk's
 * wins.
 */
export { UNDO_SHEET };

/** The entries already kept, by "sheet!A1" (one sync). */
async function readUndo(context: Excel.RequestContext): Promise<{ ws: Excel.Worksheet | null; entries: Map<string, UndoEntry> }> {
  const ws = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  await context.sync();
  if (ws.isNullObject) return { ws: null, entries: new Map() };
  const used = ws.getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  return { ws, entries: undoEntries(used.isNullObject ? [] : used.values.map((row) => row[0])) };
}

/** Writes a text as text, whatever the cell's format: through the text format, then the cell's own format back. */
function writeText(range: Excel.Range, text: string, format: string): void {
  range.numberFormat = [[TEXT]];
  range.values = [[text]];
  if (format !== TEXT) range.numberFormat = [[format]];
}

/**
 * Applies fixes whose cells still hold the value the check saw; returns how
 * many were applied. The undo sheet is written before any cell, so an
 * interrupted fix can still be undone.
 */
export async function applyFixes(context: Excel.RequestContext, fixes: readonly Fix[]): Promise<number> {
  const { ws, entries } = await readUndo(context);
  const cells = fixes.map((fix) => ({ fix, range: context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).load('values,numberFormat,formulas') }));
  await context.sync();
  const todo = cells.filter(({ fix, range }) => unchangedSinceCheck(fix, range.values[0][0], range.formulas[0][0]));
  if (!todo.length) return 0;
  for (const { fix, range } of todo) recordFix(entries, fix, range.values[0][0] as Scalar, String(range.numberFormat[0][0]));
  const sheet = ws ?? context.workbook.worksheets.add(UNDO_SHEET);
  if (!ws) sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const lines = undoLines(entries);
  // Entries only ever grow until 撤销, so rewriting them from the first row covers every older row.
  const block = sheet.getRangeByIndexes(0, 0, lines.length, 1);
  block.numberFormat = lines.map(() => [TEXT]);
  block.values = lines;
  await context.sync();
  for (const { fix, range } of todo) {
    const format = String(range.numberFormat[0][0]);
    if (fix.after.kind === 'text') writeText(range, fix.after.text, format);
    else {
      range.values = [[writtenValue(fix)]];
      if (fix.after.format) range.numberFormat = [[fix.after.format]];
    }
  }
  await context.sync();
  return todo.length;
}

/** Puts every fixed value back where the cell still holds what the fix wrote, and drops the undo sheet; returns the cells restored. */
export async function undoFixes(context: Excel.RequestContext): Promise<number> {
  const { ws, entries } = await readUndo(context);
  if (!ws) return 0;
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const cells = [...entries.values()].filter((e) => names.has(e.sheet)).map((e) => ({ e, range: context.workbook.worksheets.getItem(e.sheet).getRange(e.address).load('values') }));
  await context.sync();
  let restored = 0;
  for (const { e, range } of cells) {
    if (range.values[0][0] !== e.wrote) continue;
    if (typeof e.value === 'string') writeText(range, e.value, e.format);
    else {
      range.values = [[e.value]];
      range.numberFormat = [[e.format]];
    }
    restored++;
  }
  ws.delete();
  await context.sync();
  return restored;
}
