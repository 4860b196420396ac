import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { paletteColours, themeColours } from '../../src/annotate/colours';
import { dateToSerial } from '../../src/model/number-format';
import { parseRange } from '../../src/model/range';
import { ExcelDouble, type DoubleOptions } from './double';
import { DocWorkbook, key, type DocSheet, type Fill, type Visibility } from './state';

/**
 * Opens an .xlsx in the double the way Excel presents it through the API:
 * dates as serial numbers with their number format, formulas as "=…" text
 * beside their cached result, errors as "#REF!" with value type Error, rich
 * text as its text, plus fills, notes, merged areas, sheet visibility and
 * frozen rows. exceljs does the parsing (it runs in Node and in browsers).
 */

const PATTERNS: Record<string, string> = {
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

function hex(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** The theme and palette the double's workbooks show (Office's own: the double reads no theme part). */
const THEME = themeColours(undefined);
const PALETTE = paletteColours('<styleSheet/>');

/** The colour a fill shows: by value, or a theme colour or palette entry with the colour it gives, and its tint. */
function shown(c: Partial<ExcelJS.Color> | undefined): Pick<Fill, 'color' | 'theme' | 'indexed' | 'tintAndShade'> {
  const { theme, indexed, tint } = (c ?? {}) as { theme?: number; indexed?: number; tint?: number };
  const tinted = typeof tint === 'number' && tint !== 0 ? { tintAndShade: tint } : {};
  const byValue = hex(c);
  if (byValue) return { color: byValue, ...tinted };
  if (typeof theme === 'number' && THEME[theme]) return { color: THEME[theme], theme, ...tinted };
  if (typeof indexed === 'number' && PALETTE[indexed]) return { color: PALETTE[indexed], indexed, ...tinted };
  return { color: '#FFFFFF' };
}

function fillOf(f: ExcelJS.Fill | undefined): Fill | null {
  if (!f || f.type !== 'pattern' || !f.pattern || f.pattern === 'none') return null;
  const pattern = PATTERNS[f.pattern] ?? 'Solid';
  // Solid fills show the foreground colour; patterned ones draw fg over bg.
  return pattern === 'Solid' ? { ...shown(f.fgColor), pattern, patternColor: null } : { ...shown(f.bgColor), pattern, patternColor: hex(f.fgColor) };
}

/** A fill's colour as the file writes it: its theme colour or palette entry where it has one, with its tint. */
function written(f: Fill): Partial<ExcelJS.Color> {
  const by = f.theme !== undefined ? { theme: f.theme } : f.indexed !== undefined ? { indexed: f.indexed } : { argb: argb(f.color) };
  return (f.tintAndShade ? { ...by, tint: f.tintAndShade } : by) as Partial<ExcelJS.Color>;
}

function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function visibility(state: string): Visibility {
  return state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

function putCell(sheet: DocSheet, cell: ExcelJS.Cell, date1904: boolean): void {
  const row = Number(cell.row);
  const col = Number(cell.col);
  const numFmt = cell.numFmt || 'General';
  const v = cell.value as unknown;
  const scalar = (x: unknown): { value?: string | number | boolean | null; error?: string } => {
    if (x === null || x === undefined) return { value: null };
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return { value: x };
    if (x instanceof Date) return { value: dateToSerial(x, date1904) };
    const o = x as Record<string, unknown>;
    if ('error' in o) return { error: String(o.error) };
    if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((r) => r.text).join('') };
    if ('text' in o) {
      const t = o.text as unknown;
      if (typeof t === 'object' && t !== null && Array.isArray((t as { richText?: unknown }).richText)) return { value: ((t as { richText: { text: string }[] }).richText).map((r) => r.text).join('') };
      return { value: String(t ?? '') };
    }
    return { value: null };
  };
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    sheet.put(row, col, { formula: cell.formula, ...scalar((v as { result?: unknown }).result), numFmt });
  } else {
    sheet.put(row, col, { ...scalar(v), numFmt });
    const link = (v as { hyperlink?: string } | null)?.hyperlink;
    if (link) sheet.hyperlinks.set(key(row, col), link.startsWith('#') ? { documentReference: link.slice(1) } : { address: link });
  }
}

/**
 * The cells of each sheet that point at rich value data (t="e" with vm: a
 * picture placed in the cell, a linked data type), by sheet name; exceljs
 * reads them as plain #VALUE! errors.
 */
function richCells(bytes: Uint8Array): Map<string, Set<string>> {
  const parts = unzipSync(bytes);
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  const targets = new Map([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2].replace(/^\/?(xl\/)?/, 'xl/')]));
  const out = new Map<string, Set<string>>();
  for (const m of text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const refs = [...text(targets.get(m[2]) ?? '').matchAll(/<c r="([A-Z]+\d+)"[^>]*\bvm="/g)].map((c) => c[1]);
    if (refs.length) out.set(m[1], new Set(refs));
  }
  return out;
}

/** Reads .xlsx bytes into the double's document. */
export async function docFromXlsx(bytes: Uint8Array): Promise<DocWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rich = richCells(bytes);
  const date1904 = Boolean(wb.properties?.date1904);
  const doc = new DocWorkbook();
  for (const ws of wb.worksheets) {
    const sheet = doc.addSheet(ws.name, visibility(ws.state));
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const r = Number(cell.row);
        const c = Number(cell.col);
        const fill = fillOf(cell.fill);
        if (fill) sheet.fills.set(key(r, c), fill);
        const note = noteText(cell.note as ExcelJS.Comment | string | undefined);
        if (note !== null) sheet.notes.set(key(r, c), note);
        // A merged area's other cells are empty in Excel; exceljs echoes the master's value there.
        if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) {
          if (cell.numFmt && cell.numFmt !== 'General') sheet.setNumberFormat(r, c, cell.numFmt);
          return;
        }
        putCell(sheet, cell, date1904);
        if (rich.get(ws.name)?.has(cell.address)) sheet.put(r, c, { error: '#VALUE!', rich: true, numFmt: cell.numFmt || 'General' });
      });
    });
    (ws.columns ?? []).forEach((column, i) => {
      if (column?.numFmt) sheet.colNumFmts.set(i + 1, column.numFmt);
    });
    for (const m of ws.model.merges ?? []) sheet.merges.push(parseRange(m));
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
  }
  return doc;
}

/** A double holding the workbook of these .xlsx bytes; it can also insert sheets from base64. */
export async function doubleFromXlsx(bytes: Uint8Array, options: DoubleOptions = {}): Promise<ExcelDouble> {
  return new ExcelDouble(await docFromXlsx(bytes), { loadXlsx: docFromXlsx, ...options });
}

const PATTERN_NAMES = Object.fromEntries(Object.entries(PATTERNS).map(([k, v]) => [v, k])) as Record<string, string>;

const argb = (hex: string): string => `FF${hex.slice(1)}`;

/**
 * Saves the double's document as .xlsx bytes (values, formulas with their
 * results, errors, number formats, fills, notes, merges, visibility, frozen
 * rows), so a test can "save, close and reopen" a workbook. Threaded
 * comments are not kept: exceljs does not write them.
 */
export async function docToXlsx(doc: DocWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of doc.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'Hidden' ? 'hidden' : s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
    const keys = new Set<number>([...s.formulas.keys(), ...s.errors.keys(), ...s.numFmts.keys(), ...s.fills.keys(), ...s.notes.keys()]);
    s.rows.forEach((row, i) => row?.forEach((v, j) => v !== undefined && keys.add(key(i + 1, j + 1))));
    for (const k of keys) {
      const r = Math.floor(k / 16384);
      const c = k % 16384;
      const cell = ws.getCell(r, c);
      const err = s.errors.get(k);
      const raw = s.rows[r - 1]?.[c - 1];
      const value: ExcelJS.CellValue = err ? ({ error: err } as ExcelJS.CellErrorValue) : raw === undefined ? null : raw;
      const formula = s.formulas.get(k);
      cell.value = formula ? ({ formula: formula.slice(1), result: value ?? undefined } as ExcelJS.CellFormulaValue) : value;
      const fmt = s.numFmts.get(k);
      if (fmt) cell.numFmt = fmt;
      const fill = s.fills.get(k);
      if (fill) {
        cell.fill =
          fill.pattern === 'Solid'
            ? { type: 'pattern', pattern: 'solid', fgColor: written(fill) }
            : { type: 'pattern', pattern: (PATTERN_NAMES[fill.pattern] ?? 'solid') as ExcelJS.FillPatterns, fgColor: fill.patternColor ? { argb: argb(fill.patternColor) } : undefined, bgColor: written(fill) };
      }
      const note = s.notes.get(k);
      if (note !== undefined) cell.note = note;
    }
    for (const [c, fmt] of s.colNumFmts) ws.getColumn(c).numFmt = fmt;
    for (const m of s.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
    if (s.frozenRows) ws.views = [{ state: 'frozen', ySplit: s.frozenRows }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
