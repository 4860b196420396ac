/// <reference types="office-js" />
import { excelSerial, type Fix } from '../../src/fix';
import { ADDIN_UNDO_SHEET } from '../../src/recognise/recognise';

/**
 * 修正 and 撤销 in the open workbook. What each fixed cell held (its value
 * and number format) is kept in a very hidden sheet beside the marks'
 * restore data, one JSON row per cell, so 撤销 works after the pane was
 * closed or the file saved and reopened. 撤销 puts a value back only where
 * the cell still holds what the fix wrote: a later edit of the clerk's
 * wins.
 */
export const UNDO_SHEET = ADDIN_UNDO_SHEET;

type Scalar = string | number | boolean;

interface UndoEntry {
  sheet: string;
  address: string;
  value: Scalar;
  format: string;
  /** What the fix wrote, as Excel reports it back. */
  wrote: Scalar;
}

const TEXT = '@';

function encode(e: UndoEntry): string {
  return JSON.stringify([e.sheet, e.address, e.value, e.format, e.wrote]);
}

function decode(text: unknown): UndoEntry | null {
  try {
    const a = JSON.parse(String(text)) as unknown[];
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (!Array.isArray(a) || typeof a[0] !== 'string' || typeof a[1] !== 'string' || !scalar(a[2]) || typeof a[3] !== 'string' || !scalar(a[4])) return null;
    return { sheet: a[0], address: a[1], value: a[2] as Scalar, format: a[3], wrote: a[4] as Scalar };
  } catch {
    return null;
  }
}

/** The entries already kept, by "sheet!A1" (one sync). */
async function readUndo(ctx: Excel.RequestContext): Promise<{ ws: Excel.Worksheet | null; entries: Map<string, UndoEntry> }> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load('name');
  await ctx.sync();
  const entries = new Map<string, UndoEntry>();
  if (ws.isNullObject) return { ws: null, entries };
  const used = ws.getUsedRangeOrNullObject(true).load('values');
  await ctx.sync();
  if (!used.isNullObject) {
    for (const row of used.values) {
      const e = decode(row[0]);
      if (e) entries.set(`${e.sheet}!${e.address}`, e);
    }
  }
  return { ws, entries };
}

/** Writes a text as text, whatever the cell's format: through the text format, then the cell's own format back. */
function writeText(range: Excel.Range, text: string, format: string): void {
  range.numberFormat = [[TEXT]];
  range.values = [[text]];
  if (format !== TEXT) range.numberFormat = [[format]];
}

function written(fix: Fix): Scalar {
  if (fix.after.kind === 'text') return fix.after.text;
  return fix.after.kind === 'date' ? excelSerial(fix.after.date) : fix.after.number;
}

/**
 * Applies fixes whose cells still hold the value the check saw; returns how
 * many were applied. The undo sheet is written before any cell, so an
 * interrupted fix can still be undone.
 */
export async function applyFixes(ctx: Excel.RequestContext, fixes: readonly Fix[]): Promise<number> {
  const { ws, entries } = await readUndo(ctx);
  const cells = fixes.map((fix) => ({ fix, range: ctx.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell).load('values,numberFormat,formulas') }));
  await ctx.sync();
  const todo = cells.filter(({ fix, range }) => {
    const formula = String(range.formulas[0][0]);
    return !formula.startsWith('=') && String(range.values[0][0]) === fix.before;
  });
  if (!todo.length) return 0;
  const fresh: UndoEntry[] = [];
  for (const { fix, range } of todo) {
    const k = `${fix.sheet}!${fix.cell}`;
    const kept = entries.get(k);
    // A cell fixed twice goes back to what it held before the first fix.
    const entry = { sheet: fix.sheet, address: fix.cell, value: kept?.value ?? (range.values[0][0] as Scalar), format: kept?.format ?? String(range.numberFormat[0][0]), wrote: written(fix) };
    entries.set(k, entry);
    fresh.push(entry);
  }
  const sheet = ws ?? ctx.workbook.worksheets.add(UNDO_SHEET);
  if (!ws) sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const lines = [...entries.values()].map((e) => [encode(e)]);
  // Entries only ever grow until 撤销, so rewriting them from the first row covers every older row.
  const block = sheet.getRangeByIndexes(0, 0, lines.length, 1);
  block.numberFormat = lines.map(() => [TEXT]);
  block.values = lines;
  await ctx.sync();
  for (const { fix, range } of todo) {
    const format = String(range.numberFormat[0][0]);
    if (fix.after.kind === 'text') writeText(range, fix.after.text, format);
    else {
      range.values = [[written(fix)]];
      if (fix.after.format) range.numberFormat = [[fix.after.format]];
    }
  }
  await ctx.sync();
  return todo.length;
}

/** Puts every fixed value back where the cell still holds what the fix wrote, and drops the undo sheet; returns the cells restored. */
export async function undoFixes(ctx: Excel.RequestContext): Promise<number> {
  const { ws, entries } = await readUndo(ctx);
  if (!ws) return 0;
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const names = new Set(sheets.items.map((s) => s.name));
  const cells = [...entries.values()].filter((e) => names.has(e.sheet)).map((e) => ({ e, range: ctx.workbook.worksheets.getItem(e.sheet).getRange(e.address).load('values') }));
  await ctx.sync();
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
  await ctx.sync();
  return restored;
}
