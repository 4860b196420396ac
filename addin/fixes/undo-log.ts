import { excelSerial, type Fix } from '../../src/fix';
import { ADDIN_UNDO_SHEET } from '../../src/recognise/recognise';

/**
 * What 修正 keeps for 撤销, whatever program the workbook is open in: what
 * each fixed cell held (its value and number format) and what the fix
 * wrote, one JSON line per cell in column A of a very hidden sheet beside
 * the marks' restore data. Excel and WPS write the same sheet in the same
 * format, so a fix made in one program is undone in the other.
 */
export const UNDO_SHEET = ADDIN_UNDO_SHEET;

/** The text number format: written before a text so that an 18-digit ID never becomes a number. */
export const TEXT = '@';

export type Scalar = string | number | boolean;

export interface UndoEntry {
  sheet: string;
  address: string;
  value: Scalar;
  format: string;
  /** What the fix wrote, as the program reports it back. */
  wrote: Scalar;
}

export const undoKey = (sheet: string, address: string): string => `${sheet}!${address}`;

function encodeUndo(e: UndoEntry): string {
  return JSON.stringify([e.sheet, e.address, e.value, e.format, e.wrote]);
}

function decodeUndo(text: unknown): UndoEntry | null {
  try {
    const a = JSON.parse(String(text)) as unknown[];
    const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (!Array.isArray(a) || typeof a[0] !== 'string' || typeof a[1] !== 'string' || !scalar(a[2]) || typeof a[3] !== 'string' || !scalar(a[4])) return null;
    return { sheet: a[0], address: a[1], value: a[2] as Scalar, format: a[3], wrote: a[4] as Scalar };
  } catch {
    return null;
  }
}

/** The entries of the undo sheet's first column, by "sheet!A1"; lines that are not entries are skipped. */
export function undoEntries(lines: readonly unknown[]): Map<string, UndoEntry> {
  const entries = new Map<string, UndoEntry>();
  for (const line of lines) {
    const e = decodeUndo(line);
    if (e) entries.set(undoKey(e.sheet, e.address), e);
  }
  return entries;
}

/** The value a fix writes, as the program reports it back (dates as serial numbers). */
export function writtenValue(fix: Fix): Scalar {
  if (fix.after.kind === 'text') return fix.after.text;
  return fix.after.kind === 'date' ? excelSerial(fix.after.date) : fix.after.number;
}

/** Whether the cell still holds what the check saw: a constant equal to the fix's `before`. */
export function unchangedSinceCheck(fix: Fix, value: unknown, formula: unknown): boolean {
  return !String(formula).startsWith('=') && String(value) === fix.before;
}

/**
 * Records a fix about to be written in `entries`. A cell fixed twice goes
 * back to what it held before the first fix.
 */
export function recordFix(entries: Map<string, UndoEntry>, fix: Fix, value: Scalar, format: string): void {
  const k = undoKey(fix.sheet, fix.cell);
  const kept = entries.get(k);
  entries.set(k, { sheet: fix.sheet, address: fix.cell, value: kept?.value ?? value, format: kept?.format ?? format, wrote: writtenValue(fix) });
}

/** The undo sheet's lines, one cell each, in the order to write them from the first row (entries only grow until 撤销). */
export function undoLines(entries: ReadonlyMap<string, UndoEntry>): string[][] {
  return [...entries.values()].map((e) => [encodeUndo(e)]);
}
