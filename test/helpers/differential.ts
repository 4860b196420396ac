import { checkBook } from '../../src/check';
import type { CellValue } from '../../src/model/cell';
import { serialToDate } from '../../src/model/number-format';
import type { Workbook } from '../../src/model/workbook';
import { recognise } from '../../src/recognise/recognise';
import { readXlsx } from '../../src/read/xlsx/read-xlsx';
import { readWithExceljs } from './exceljs-reference';

/**
 * beian's reader against exceljs' in-memory reader on the same bytes:
 * identical models and identical findings. Where exceljs is wrong the
 * comparison maps exceljs' answer through `exceljsView`, one documented
 * divergence at a time, and nothing else is tolerated.
 */

const TODAY = new Date(Date.UTC(2026, 5, 1));

// exceljs' own entity decoder, which it applies a second time to t="str" values.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { xmlDecode } = require('exceljs/lib/utils/utils') as { xmlDecode: (s: string) => string };

/** Dates as text, so that two invalid dates compare equal. */
type SnapValue = Exclude<CellValue, Date> | { date: string };

interface CellSnap {
  value: SnapValue;
  formula: boolean;
  numFmt: string | null;
}

interface SheetSnap {
  name: string;
  state: string;
  rowCount: number;
  colCount: number;
  merges: string[];
  cells: Record<string, CellSnap>;
}

function snapValue(v: CellValue): SnapValue {
  if (!(v instanceof Date)) return v;
  return { date: Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString() };
}

function snapshot(wb: Workbook): SheetSnap[] {
  return wb.sheets.map((s) => {
    const cells: Record<string, CellSnap> = {};
    for (let r = 1; r <= s.rowCount; r++) {
      s.rowValues(r).forEach((v, i) => {
        if (v !== undefined) cells[`${r},${i + 1}`] = { value: snapValue(v), formula: s.isFormula(r, i + 1), numFmt: s.numFmt(r, i + 1) };
      });
    }
    return { name: s.name, state: s.state, rowCount: s.rowCount, colCount: s.colCount, merges: [...s.merges], cells };
  });
}

/**
 * What exceljs reads where beian deliberately reads otherwise:
 * 1. A formula cell's cached text result (t="str") is entity-decoded twice by
 *    exceljs, so a result "&lt;" becomes "<".
 * 2. exceljs turns every cached result of a formula cell with a date format
 *    into a date, also text (an Invalid Date), booleans (a day in 1899/1900)
 *    and errors (an Invalid Date); beian converts only numbers.
 * 3. exceljs strips backslash escapes from custom format codes (yyyy\-mm
 *    → yyyy-mm); beian keeps the code as the file has it.
 * 4. exceljs loses a formula's cached result 0 or FALSE (its cell value
 *    keeps only truthy results); beian keeps them.
 * 5. A date-formatted number outside JavaScript's date range (±100,000,000
 *    days) becomes an Invalid Date in exceljs; beian keeps the number.
 */
function exceljsView(ours: CellSnap, date1904: boolean): CellSnap {
  let { value } = ours;
  const numFmt = ours.numFmt === null ? null : ours.numFmt.replace(/[\\](.)/g, '$1');
  if (typeof value === 'number' && isDateFmt(ours.numFmt) && Number.isNaN(serialToDate(value, date1904).getTime())) value = { date: 'Invalid Date' };
  if (ours.formula && typeof value === 'string') value = xmlDecode(value);
  const isDate = typeof value === 'object' && value !== null && 'date' in value;
  if (ours.formula && value !== null && typeof value !== 'number' && !isDate && isDateFmt(ours.numFmt)) {
    value = snapValue(serialToDate(typeof value === 'boolean' ? Number(value) : NaN, date1904));
  } else if (ours.formula && (value === 0 || value === false)) value = null;
  return { value, formula: ours.formula, numFmt };
}

export function isDateFmt(code: string | null): boolean {
  return code !== null && /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function asExceljsReads(snap: SheetSnap[], date1904: boolean): SheetSnap[] {
  return snap.map((s) => ({ ...s, cells: Object.fromEntries(Object.entries(s.cells).map(([k, c]) => [k, exceljsView(c, date1904)])) }));
}

/** Findings under the profile the workbook names, else xj-xcert (generated workbooks name none). */
function findings(wb: Workbook) {
  const book = recognise(wb);
  const profile = book.org?.text('profile') ? undefined : 'xj-xcert';
  return checkBook(book, { today: TODAY, profile }).findings;
}

export async function compare(buf: Uint8Array, opts: { findings?: boolean; date1904?: boolean } = {}): Promise<void> {
  const ours = await readXlsx(buf, { inflater: 'fflate' });
  const native = await readXlsx(buf);
  const reference = await readWithExceljs(buf);
  expect(snapshot(native)).toEqual(snapshot(ours));
  expect(snapshot(reference)).toEqual(asExceljsReads(snapshot(ours), opts.date1904 ?? false));
  if (opts.findings ?? true) expect(findings(ours)).toEqual(findings(reference));
}

