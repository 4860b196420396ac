import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { Unzip, UnzipInflate } from 'fflate';
import { a1, type CellValue } from '../model/cell';
import { isDateFormat, serialToDate } from '../model/number-format';
import { Workbook, type SheetState } from '../model/workbook';
import { InputError } from './input-error';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
import { inputError } from './input-messages';

/** The formats this adapter reads; .xlsx has its own reader. */
export type LegacyFormat = 'xls' | 'ods';

const NAMES: Record<LegacyFormat, string> = { xls: 'Excel 97-2003 工作簿（.xls）', ods: 'OpenDocument 表格（.ods）' };

/** Error values by their BIFF code (MS-XLS 2.5.97.2), as SheetJS reports them. */
const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

type SheetJS = typeof import('@e965/xlsx');

let sheetjs: Promise<SheetJS> | undefined;

/** SheetJS is a megabyte of code that only these formats need, so it loads on first use. */
function loadSheetJS(): Promise<SheetJS> {
  sheetjs ??= Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel')]).then(([x, cp]) => {
    // Excel 95 and older store Chinese text in code page 936; the tables decode it on every host.
    x.set_cptable(cp);
    return x;
  });
  return sheetjs;
}

/** SheetJS reports oddities on the console; the user gets our one line instead, so they are held back while it parses. */
function quietly<T>(f: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return f();
  } finally {
    Object.assign(console, saved);
  }
}

/** What SheetJS says of a password-protected .xls (a FILEPASS record) or .ods (encryption-data in its manifest). */
const ENCRYPTED = /password-protected|Password is incorrect|Encryption scheme unsupported|Unsupported ODS Encryption/;

function refusal(e: unknown, format: LegacyFormat): InputError {
  const detail = String((e as Error)?.message ?? e);
  if (ENCRYPTED.test(detail)) return inputError('encrypted-legacy', detail);
  return inputError('legacy-damaged', { format: NAMES[format] }, detail);
}

/** A SheetJS cell as the model holds it: dates decided by the shared number-format rules, errors by their text. */
function cellValue(cell: CellObject, date1904: boolean): CellValue | undefined {
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: ERRORS[cell.v as number] ?? cell.w ?? '#N/A' };
    case 'n': {
      const n = cell.v as number;
      return isDateFormat(cell.z as string | undefined) && Number.isFinite(n) ? serialToDate(n, date1904) : n;
    }
    case 'd':
      return cell.v as Date;
    default:
      // 'z': a styled blank.
      return cell.f ? null : undefined;
  }
}

function sheetState(wb: WorkBook, index: number, hiddenOds: ReadonlySet<string>, name: string): SheetState {
  const hidden = wb.Workbook?.Sheets?.[index]?.Hidden;
  if (hidden === 2) return 'veryHidden';
  return hidden === 1 || hiddenOds.has(name) ? 'hidden' : 'visible';
}

/** Cells the model holds so far, against the reader's cell limit. */
interface Count {
  cells: number;
}

function fillSheet(model: Workbook, ws: WorkSheet, name: string, state: SheetState, date1904: boolean, count: Count, limits: ReadLimits): void {
  const sheet = model.addSheet(name, state);
  const rows = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = cellValue(cell, date1904);
      if (value === undefined) return;
      if (++count.cells > limits.maxCells) throw inputError('too-many-cells', { limit: limits.maxCells });
      sheet.set(r + 1, c + 1, value, { formula: Boolean(cell.f), numFmt: typeof cell.z === 'string' ? cell.z : null });
    });
  });
  for (const m of ws['!merges'] ?? []) {
    sheet.merges.push(`${a1(m.s.r + 1, m.s.c + 1)}:${a1(m.e.r + 1, m.e.c + 1)}`);
  }
}

/**
 * Names of the tables an .ods hides (a table style with table:display="false").
 * SheetJS does not read them; the .xlsx reader does, and both must agree.
 */
function hiddenOdsTables(buf: Uint8Array): Set<string> {
  let xml = '';
  const decoder = new TextDecoder();
  const unzip = new Unzip((file) => {
    if (file.name !== 'content.xml') return;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      xml += decoder.decode(chunk, { stream: !final });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(buf, true);
  // Table styles live in office:automatic-styles, before the body.
  const styles = xml.slice(0, Math.max(0, xml.indexOf('<office:body')));
  const hiddenStyles = new Set<string>();
  for (const m of styles.matchAll(/<style:style\b([^>]*[^/])>(.*?)<\/style:style>/gs)) {
    const name = /style:name="([^"]*)"/.exec(m[1])?.[1];
    if (name && /style:family="table"/.test(m[1]) && /table:display="false"/.test(m[2])) hiddenStyles.add(name);
  }
  const hidden = new Set<string>();
  if (!hiddenStyles.size) return hidden;
  for (const m of xml.matchAll(/<table:table\s([^>]*)>/g)) {
    const style = /table:style-name="([^"]*)"/.exec(m[1])?.[1];
    const name = /table:name="([^"]*)"/.exec(m[1])?.[1];
    if (style && name && hiddenStyles.has(style)) hidden.add(unescapeXml(name));
  }
  return hidden;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/**
 * Reads an .xls or .ods workbook into the model with SheetJS, giving the
 * same values the .xlsx reader gives for the same workbook: raw numbers,
 * dates decided by src/model/number-format.ts (never SheetJS' local-time
 * dates), errors as their text, formulas as their cached result. The byte
 * gate has already decided the format and checked sizes; the reader's
 * sheet, row and cell limits hold here too; a time limit is the host's (it
 * runs this in a worker it can stop).
 */
export async function readLegacyWorkbook(buf: Uint8Array, format: LegacyFormat, options: Partial<ReadLimits> = {}): Promise<Workbook> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options };
  const XLSX = await loadSheetJS();
  let wb: WorkBook;
  let hidden = new Set<string>();
  try {
    wb = quietly(() =>
      XLSX.read(buf, {
        type: 'array',
        dense: true,
        cellDates: false,
        cellNF: true,
        cellFormula: true,
        cellHTML: false,
        cellText: false,
        cellStyles: false,
        // However many times an .ods repeats a row, no more rows than the reader's limit are made.
        sheetRows: limits.maxRows,
      }),
    );
    if (format === 'ods') hidden = hiddenOdsTables(buf);
  } catch (e) {
    throw refusal(e, format);
  }
  if (wb.SheetNames.length > limits.maxSheets) throw inputError('too-many-sheets', { count: wb.SheetNames.length, limit: limits.maxSheets });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const model = new Workbook();
  const count: Count = { cells: 0 };
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    if (ws) fillSheet(model, ws, name, sheetState(wb, i, hidden, name), date1904, count, limits);
  });
  if (!model.sheets.length) throw inputError('legacy-no-sheets', { format: NAMES[format] });
  return model;
}

/**
 * The same workbook as an .xlsx (values, number formats, formulas, merges,
 * column widths as SheetJS carries them), for a marked copy of an .xls or
 * .ods: the marks are written into this copy, never into the input.
 */
export async function legacyAsXlsx(buf: Uint8Array): Promise<Uint8Array> {
  const XLSX = await loadSheetJS();
  const wb = quietly(() => XLSX.read(buf, { type: 'array', cellDates: false, cellNF: true, cellFormula: true, cellStyles: true }));
  return new Uint8Array(quietly(() => XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer));
}
