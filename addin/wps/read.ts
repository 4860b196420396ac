import { a1, columnLetter } from '../../src/model/cell';
import { formatRange, type Rect } from '../../src/model/range';
import { Sheet, Workbook, type SheetState } from '../../src/model/workbook';
import { fillSheet, updateSheet, type BlockData } from '../office/cells';
import { ERROR_CODES, sheetState, type EtRange, type EtWorkbook, type EtWorksheet } from './et';

/**
 * The open WPS workbook into the same model the .xlsx reader fills: each
 * sheet's used range as Value2 and Formula blocks, number formats (so that
 * a serial number shown as a date becomes a date) and merged areas. WPS
 * answers NumberFormat and MergeCells for a whole block at once when its
 * cells agree, so both are asked of large blocks first and split only where
 * the cells differ: a filing's uniform columns cost one call each.
 */

export interface WpsSheetScan {
  index: number;
  name: string;
  state: SheetState;
  used: Rect | null;
}

/** Rows per Value2/Formula block: large enough for few calls, small enough for the pane's memory. */
const BLOCK_ROWS = 5000;

export function rectOf(r: EtRange): Rect {
  return { r1: r.Row, c1: r.Column, r2: r.Row + r.Rows.Count - 1, c2: r.Column + r.Columns.Count - 1 };
}

/** Value2/Formula of a block as rows, whatever its size (one cell gives a scalar). */
export function grid(v: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  return v as unknown[][];
}

export function scanWorkbook(book: EtWorkbook): WpsSheetScan[] {
  const out: WpsSheetScan[] = [];
  const n = book.Worksheets.Count;
  for (let i = 1; i <= n; i++) {
    const ws = book.Worksheets.Item(i);
    const used = rectOf(ws.UsedRange);
    // An empty sheet's UsedRange is A1 alone, holding nothing.
    const empty = used.r1 === used.r2 && used.c1 === used.c2 && isBlank(ws.Range('A1').Formula);
    out.push({ index: i, name: ws.Name, state: sheetState(ws.Visible), used: empty && used.r1 === 1 && used.c1 === 1 ? null : used });
  }
  return out;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Number formats of a block, asking WPS of the whole block and splitting where its cells differ. */
function formats(ws: EtWorksheet, rect: Rect, out: string[][], base: Rect): void {
  const code = ws.Range(formatRange(rect)).NumberFormat;
  if (typeof code === 'string') {
    for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) out[r - base.r1][c - base.c1] = code;
    return;
  }
  for (const half of halves(rect)) formats(ws, half, out, base);
}

/** Merged areas within a block, split the same way. */
function merges(ws: EtWorksheet, rect: Rect, found: Map<string, Rect>): void {
  const range = ws.Range(formatRange(rect));
  const merged = range.MergeCells;
  if (merged === false) return;
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) {
    const area = rectOf(range.MergeArea);
    found.set(formatRange(area), area);
    return;
  }
  for (const half of halves(rect)) merges(ws, half, found);
}

function halves(r: Rect): Rect[] {
  if (r.r2 - r.r1 >= r.c2 - r.c1) {
    const mid = (r.r1 + r.r2) >> 1;
    return [
      { ...r, r2: mid },
      { ...r, r1: mid + 1 },
    ];
  }
  const mid = (r.c1 + r.c2) >> 1;
  return [
    { ...r, c2: mid },
    { ...r, c1: mid + 1 },
  ];
}

/** An empty cell's Value2 is COM's Empty (undefined, or null through some bridges); "" is a cell holding empty text. */
const valueType = (v: unknown): string => (v === null || v === undefined ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String');

/** One block as the four arrays the Office adapter's cell conversion takes (shared, so both hosts read cells alike). */
export function readBlock(ws: EtWorksheet, rect: Rect): BlockData {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const range = ws.Range(formatRange(rect));
  const values = grid(range.Value2, rows, cols).map((line) => [...line]);
  const formulas = grid(range.Formula, rows, cols);
  const numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  formats(ws, rect, numberFormat, rect);
  const valueTypes = values.map((line, i) =>
    line.map((v, j) => {
      if (typeof v === 'number' && ERROR_CODES[v]) {
        // A number that is an error code: the cell's text says whether it is the error.
        const text = ws.Range(a1(rect.r1 + i, rect.c1 + j)).Text;
        if (text === ERROR_CODES[v]) {
          line[j] = text;
          return 'Error';
        }
      }
      return valueType(v);
    }),
  );
  return { values, valueTypes, formulas, numberFormat };
}

function blocks(used: Rect): Rect[] {
  const out: Rect[] = [];
  for (let r = used.r1; r <= used.r2; r += BLOCK_ROWS) out.push({ ...used, r1: r, r2: Math.min(used.r2, r + BLOCK_ROWS - 1) });
  return out;
}

export interface ReadProgress {
  cellsDone: number;
  cellsTotal: number;
}

export function readSheets(book: EtWorkbook, scans: readonly WpsSheetScan[], onProgress?: (p: ReadProgress) => void): Sheet[] {
  const cellsTotal = scans.reduce((n, s) => n + (s.used ? (s.used.r2 - s.used.r1 + 1) * (s.used.c2 - s.used.c1 + 1) : 0), 0);
  let cellsDone = 0;
  return scans.map((scan) => {
    const sheet = new Sheet(scan.name, scan.state);
    if (!scan.used) return sheet;
    const ws = book.Worksheets.Item(scan.index);
    const found = new Map<string, Rect>();
    merges(ws, scan.used, found);
    sheet.merges.push(...[...found.values()].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1).map(formatRange));
    for (const rect of blocks(scan.used)) {
      fillSheet(sheet, rect, readBlock(ws, rect));
      cellsDone += (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1);
      onProgress?.({ cellsDone, cellsTotal });
    }
    return sheet;
  });
}

/** The whole open workbook as the model, leaving out the sheets `skip` names (ours). */
export function readOpenWorkbook(book: EtWorkbook, skip: (name: string) => boolean = () => false, onProgress?: (p: ReadProgress) => void): { workbook: Workbook; scans: WpsSheetScan[] } {
  const scans = scanWorkbook(book);
  const workbook = new Workbook();
  workbook.sheets.push(...readSheets(book, scans.filter((s) => !skip(s.name)), onProgress));
  return { workbook, scans };
}

/** Re-reads an edited block of a sheet already in the model; the number of cells whose content changed. */
export function rereadBlock(ws: EtWorksheet, sheet: Sheet, rect: Rect): number {
  return updateSheet(sheet, rect, readBlock(ws, rect));
}

export const columnRange = (col: number, r1: number, r2: number): string => `${columnLetter(col)}${r1}:${columnLetter(col)}${r2}`;
