import { type CellValue, PICTURE } from '../../src/model/cell';
import { isDateFormat, serialToDate } from '../../src/model/number-format';
import type { Rect } from '../../src/model/range';
import type { Sheet } from '../../src/model/workbook';

/** isDateFormat per format code: a sheet has a handful of codes and a million cells. */
const dateFormats = new Map<string, boolean>();
function isDate(code: string): boolean {
  let d = dateFormats.get(code);
  if (d === undefined) {
    d = isDateFormat(code);
    if (dateFormats.size < 1000) dateFormats.set(code, d);
  }
  return d;
}

/**
 * One cell as Excel reports it through the API, turned into the model's
 * value exactly as the .xlsx reader turns the file's cell into it: a number
 * shown with a date format becomes a UTC Date, an error value becomes
 * {error}, a formula keeps its cached result and a flag.
 */
export function modelValue(value: unknown, valueType: string, formula: unknown, numFmt: string): { value: CellValue; formula: boolean } | null {
  // `formulas` gives a constant's value too, so text that merely starts with "=" comes back the same in both.
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  switch (valueType) {
    case 'Empty':
      return isFormula ? { value: null, formula: true } : null;
    case 'Error':
      return { value: { error: String(value) }, formula: isFormula };
    case 'Boolean':
      return { value: Boolean(value), formula: isFormula };
    case 'RichValue':
      // A picture placed in the cell or a linked data type, which `values` shows as #VALUE!: the .xlsx reader reads the same.
      return { value: PICTURE, formula: isFormula };
    case 'Double':
    case 'Integer':
      return { value: isDate(numFmt) ? serialToDate(Number(value)) : Number(value), formula: isFormula };
    default:
      // String (also a cell holding empty text), and values the model has no kind for (linked data types) as their text.
      return { value: value === null || value === undefined ? '' : String(value), formula: isFormula };
  }
}

/** The four arrays Office.js returns for one rectangular block. */
export interface BlockData {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: string[][];
}

/** Puts a block into a sheet that is being read for the first time. */
export function fillSheet(sheet: Sheet, rect: Rect, data: BlockData): void {
  for (let i = 0; i < data.values.length; i++) {
    const row = rect.r1 + i;
    const vs = data.values[i];
    for (let j = 0; j < vs.length; j++) {
      const m = modelValue(vs[j], data.valueTypes[i][j], data.formulas[i][j], data.numberFormat[i][j]);
      if (m) sheet.set(row, rect.c1 + j, m.value, { formula: m.formula, numFmt: data.numberFormat[i][j] });
    }
  }
}

function same(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Replaces a block of an already-read sheet with what Excel holds now (live
 * re-check); returns how many cells differ from what the model had, so that
 * a change event that changed nothing (a format, our own marks) costs no
 * re-check.
 */
export function updateSheet(sheet: Sheet, rect: Rect, data: BlockData): number {
  let changed = 0;
  for (let i = 0; i < data.values.length; i++) {
    const row = rect.r1 + i;
    const vs = data.values[i];
    for (let j = 0; j < vs.length; j++) {
      const col = rect.c1 + j;
      const fmt = data.numberFormat[i][j];
      const m = modelValue(vs[j], data.valueTypes[i][j], data.formulas[i][j], fmt);
      const value = m ? m.value : null;
      const formula = m ? m.formula : false;
      const numFmt = m && fmt !== 'General' ? fmt : null;
      if (same(sheet.value(row, col), value) && sheet.isFormula(row, col) === formula && sheet.numFmt(row, col) === numFmt) continue;
      sheet.update(row, col, value, m ? { formula, numFmt: fmt } : undefined);
      changed++;
    }
  }
  return changed;
}
