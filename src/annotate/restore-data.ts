import { columnLetter, displayText } from '../model/cell';
import type { Rect } from '../model/range';
import type { Sheet } from '../model/workbook';
import { ADDIN_STORE_SHEET } from '../recognise/recognise';
import { SEVERITY_FILL } from '../model/severity';
import { CHANGE_FILL, hasResultHeader } from './mark-plan';
import { escapeText } from './xml';

/**
 * What beian's marks replaced, kept in the workbook itself so that a later
 * run can take the marks away again: a very hidden sheet, its first row
 * naming our 检查结果 sheet, then one JSON row per marked cell (its fill and
 * note before the first mark, and a fingerprint of the text we wrote).
 * The add-in (addin/office/store.ts) and the annotated copy write the same
 * rows, so each replaces the other's marks instead of stacking on them.
 */
export const STORE_SHEET = ADDIN_STORE_SHEET;

/** Office.js's name of each SpreadsheetML fill pattern (what the add-in's restore data holds). */
export const OFFICE_PATTERN: Readonly<Record<string, string>> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

/**
 * Our marks' colours as Office.js writes them (#RRGGBB), to tell a cell we filled from one the clerk filled:
 * the severities' and the change fill (与上次备案比较).
 */
const MARK_COLOURS = new Set([...Object.values(SEVERITY_FILL), CHANGE_FILL].map((argb) => `#${argb.slice(-6).toUpperCase()}`));

/**
 * Whether a cell shows one of our marks' fills: our colour, set by value
 * (never a theme's or the palette's). Its pattern and tint are not asked:
 * a host may keep those of the fill the mark was painted over.
 */
export function isMarkFill(f: SavedFill | null | undefined): boolean {
  return !!f && MARK_COLOURS.has(f.color) && f.theme === undefined && f.indexed === undefined;
}

/**
 * Whether the hosts can set a fill back: no fill, or a pattern of Office.js's
 * FillPattern (ET's XlPattern has the same). Gradients can be read but not
 * set, so a cell filled with one keeps its fill and is marked by its note
 * and its 检查结果 row only: a fill we could not put back is never replaced.
 */
export function restorable(f: SavedFill | null): boolean {
  return f === null || Object.values(OFFICE_PATTERN).includes(f.pattern);
}

/**
 * A fill as Office.js reports it ("Solid", "Gray16"…; colours "#RRGGBB");
 * null is "no fill". `color` is the colour itself: for a theme or palette
 * colour, the colour the workbook's theme or palette gives it, before any
 * tint. What Office.js cannot say (which theme colour, which palette entry)
 * is kept where a host or the file says it, so the fill can be put back as
 * that theme or palette colour where the host can set one.
 */
export interface SavedFill {
  pattern: string;
  color: string;
  patternColor: string | null;
  /** Lightened (up to 1) or darkened (down to −1) from `color`: Office.js and ET `tintAndShade`, SpreadsheetML `tint`; absent for none. */
  tint?: number;
  /** `color` is this theme colour, as SpreadsheetML numbers them (0 背景 1, 1 文字 1, 2 背景 2, 3 文字 2, 4–9 accents, 10–11 links). */
  theme?: number;
  /** `color` is this entry of the workbook's palette (SpreadsheetML `indexed`). */
  indexed?: number;
}

/** A fill as a string: two fills that show the same, and name the same theme colour or palette entry, have the same one. */
export function fillKey(f: SavedFill | null): string {
  return f ? [f.pattern, f.color, f.patternColor ?? '', f.tint ?? 0, f.theme ?? '', f.indexed ?? ''].join('|') : 'none';
}

/** A fill's tint, theme and palette entry as one JSON value; 0 when it has none (a plain colour). */
function fillLinks(f: SavedFill): Record<string, number> | 0 {
  const links: Record<string, number> = {};
  if (f.tint) links.tint = f.tint;
  if (f.theme !== undefined) links.theme = f.theme;
  if (f.indexed !== undefined) links.indexed = f.indexed;
  return Object.keys(links).length ? links : 0;
}

function decodeFill(f: unknown): SavedFill | null {
  if (!Array.isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string') return null;
  const fill: SavedFill = { pattern: f[0], color: f[1], patternColor: typeof f[2] === 'string' ? f[2] : null };
  const links = (f[3] ?? {}) as Record<string, unknown>;
  const num = (v: unknown, ok: (n: number) => boolean) => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : undefined);
  const tint = num(links.tint, (n) => n >= -1 && n <= 1 && n !== 0);
  const theme = num(links.theme, (n) => Number.isInteger(n) && n >= 0 && n < 12);
  const indexed = num(links.indexed, (n) => Number.isInteger(n) && n >= 0 && n < 66);
  return { ...fill, ...(tint !== undefined ? { tint } : {}), ...(theme !== undefined ? { theme } : {}), ...(indexed !== undefined ? { indexed } : {}) };
}

/** What a cell held before our first mark, and what we wrote over it. */
export interface RestoreEntry {
  sheet: string;
  address: string;
  fill: SavedFill | null;
  /** The clerk's note on the cell, if any (restored when we wrote into it). */
  note: string | null;
  /** What we put on the cell: our note, our comment, or nothing (a comment of the clerk's was there). */
  ours: 'note' | 'comment' | null;
  /** Fingerprint of the text we wrote: clearing leaves a note or comment alone once the clerk changed it. */
  hash: string | null;
  /** The cell format (cellXfs index) before the mark, where the annotated copy wrote it; the add-in has none to give. */
  style?: number;
  /** The clerk's note box as it was before the annotated copy grew it to hold our text. */
  box?: NoteBox;
}

/**
 * A note box's place and size (its drawing's x:Anchor, and its width and
 * height in points where the drawing gives them) before we grew it, and the
 * anchor we gave it: the box goes back only while it is still as we left it.
 */
export interface NoteBox {
  anchor: string;
  grown: string;
  width?: number;
  height?: number;
}

function decodeBox(b: unknown): NoteBox | undefined {
  if (!b || typeof b !== 'object') return undefined;
  const { anchor, grown, width, height } = b as Record<string, unknown>;
  if (typeof anchor !== 'string' || typeof grown !== 'string') return undefined;
  const size = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
  return { anchor, grown, ...(size(width) ? { width: size(width) } : {}), ...(size(height) ? { height: size(height) } : {}) };
}

export interface StoreMeta {
  /** Name of our 检查结果 sheet. */
  result: string | null;
}

/** Excel keeps at most 32,767 characters in a cell; longer rows continue in the next columns. */
const CHUNK = 30000;

/** The store's first row: what it is and the name of our 检查结果 sheet. */
export const metaLine = (meta: StoreMeta): string => JSON.stringify({ beian: 'restore', v: 1, result: meta.result });

/** A store line as the cells of its row: one cell, or several for a line longer than a cell holds. */
export function lineCells(line: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += CHUNK) parts.push(line.slice(i, i + CHUNK));
  return parts.length ? parts : [''];
}

export const entryKey = (sheet: string, address: string): string => `${sheet}!${address}`;

/** FNV-1a, 32 bits, as hex: enough to tell our text from a changed one. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function encodeEntry(e: RestoreEntry): string {
  const links = e.fill && fillLinks(e.fill);
  const row: unknown[] = [e.sheet, e.address, e.fill ? [e.fill.pattern, e.fill.color, e.fill.patternColor, ...(links ? [links] : [])] : 0, e.note, e.ours, e.hash];
  if (e.style !== undefined || e.box) row.push(e.style ?? null);
  if (e.box) row.push(e.box);
  return JSON.stringify(row);
}

export function decodeEntry(text: string): RestoreEntry | null {
  try {
    const a = JSON.parse(text) as unknown[];
    if (!Array.isArray(a) || typeof a[0] !== 'string' || typeof a[1] !== 'string') return null;
    const box = decodeBox(a[7]);
    return {
      sheet: a[0],
      address: a[1],
      fill: decodeFill(a[2]),
      note: typeof a[3] === 'string' ? a[3] : null,
      ours: a[4] === 'note' || a[4] === 'comment' ? a[4] : null,
      hash: typeof a[5] === 'string' ? a[5] : null,
      ...(Number.isInteger(a[6]) && (a[6] as number) >= 0 ? { style: a[6] as number } : {}),
      ...(box ? { box } : {}),
    };
  } catch {
    return null;
  }
}

function rowText(sheet: Sheet, row: number): string {
  return sheet
    .rowValues(row)
    .map((v) => (v === undefined ? '' : displayText(v)))
    .join('');
}

/** Rows at the top of a sheet where our 检查结果 has its header row. */
const RESULT_HEADER_ROWS = 12;

/** The part of a sheet's range within those rows, where the hosts read a 检查结果 to tell ours from a clerk's; null below them. */
export function resultHeaderBand(r: Rect): Rect | null {
  return r.r1 > RESULT_HEADER_ROWS ? null : { ...r, r2: Math.min(r.r2, RESULT_HEADER_ROWS) };
}

/**
 * Whether a sheet the restore data names as our 检查结果 is ours: its
 * header row (this version's or an earlier one's) within its first rows.
 * A forged or stale name never costs the clerk a sheet of theirs.
 */
export function isOurResultSheet(sheet: Sheet): boolean {
  return hasResultHeader(Array.from({ length: Math.min(sheet.rowCount, RESULT_HEADER_ROWS) }, (_, r) => sheet.rowValues(r + 1).map((v) => (v === undefined ? '' : displayText(v)))));
}

/** The store as a reader modelled its sheet: the meta line and each entry with its row. */
export function readStoreSheet(sheet: Sheet): { meta: StoreMeta; entries: { entry: RestoreEntry; row: number }[] } {
  let meta: StoreMeta = { result: null };
  try {
    const m = JSON.parse(rowText(sheet, 1)) as { result?: unknown };
    meta = { result: typeof m.result === 'string' ? m.result : null };
  } catch {
    // A damaged first row loses only the result sheet's name; the entries still restore.
  }
  const entries: { entry: RestoreEntry; row: number }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const entry = decodeEntry(rowText(sheet, r));
    if (entry) entries.push({ entry, row: r });
  }
  return { meta, entries };
}

/** The store as worksheet XML (namespace `main`): each line in column A onwards as inline text, which every program keeps as text. */
export function storeSheetXml(main: string, meta: StoreMeta, entries: readonly RestoreEntry[]): string {
  const lines = [metaLine(meta), ...entries.map(encodeEntry)];
  const rows = lines.map((line, i) => {
    const cells = lineCells(line).map((part, j) => `<c r="${columnLetter(j + 1)}${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeText(part)}</t></is></c>`);
    return `<row r="${i + 1}">${cells.join('')}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}
