/**
 * Cell values as every reader adapter produces them. Values are plain JS
 * primitives so that a 100,000-row sheet costs one array slot per cell, not
 * one object; the richer {@link Cell} view is built only when a rule asks.
 */

/** An Excel error value such as #REF! or #VALUE!. */
export interface CellError {
  readonly error: string;
}

/**
 * A picture placed in a cell (Excel 365's 放置在单元格中) or a linked data
 * type: Excel stores both as an error cell pointing at rich value data, with
 * #VALUE! cached for older readers. It is content, not a formula error.
 */
export interface CellPicture {
  readonly picture: true;
}

/** The one picture value every reader puts in the model. */
export const PICTURE: CellPicture = Object.freeze({ picture: true });

export type CellValue = string | number | boolean | Date | CellError | CellPicture | null;

export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'boolean' | 'error' | 'picture' | 'formula';

export interface Cell {
  readonly value: CellValue;
  /** 'formula' when the cell holds a formula; `value` is then its cached result. */
  readonly kind: CellKind;
  /** Kind of the value itself, also for formula cells. */
  readonly valueKind: Exclude<CellKind, 'formula'>;
  readonly numFmt: string | null;
  /** A1 address on the sheet, e.g. "C7". */
  readonly address: string;
  /** The worksheet's own 1-based row number. */
  readonly row: number;
  /** 1-based column number. */
  readonly col: number;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

export function isCellPicture(v: unknown): v is CellPicture {
  return typeof v === 'object' && v !== null && (v as CellPicture).picture === true;
}

export function valueKind(v: CellValue): Exclude<CellKind, 'formula'> {
  if (v === null || v === '') return 'empty';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (v instanceof Date) return 'date';
  return isCellPicture(v) ? 'picture' : 'error';
}

export function isEmptyValue(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Formats a Date as yyyy-mm-dd in UTC, the convention every reader follows (exceljs#486). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A yyyy-mm-dd text as that day at 00:00 UTC; undefined for any other text, or a day the calendar lacks (2026-02-30). */
export function isoDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  return d && isoDate(d) === text ? d : undefined;
}

/**
 * The text a clerk sees for a value, close enough for messages and for
 * string-based checks (names, codes). Numbers print without exponent where
 * possible so that an ID stored as a number is shown as what was lost.
 */
export function displayText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDate(v);
  return isCellPicture(v) ? '[图片]' : v.error;
}
