import type { CellValue } from './cell';
import { Workbook, type SheetState } from './workbook';

/** Bits of a plain cell's flags. */
const FORMULA = 1;
const DATE = 2;

/** One cell: row, column, value (a date as its epoch milliseconds), flags, and its number format when it has one. */
type PlainCell = [row: number, col: number, value: Exclude<CellValue, Date>, flags: number, numFmt?: string];

/**
 * A workbook as plain data, for handing the model across a worker boundary.
 * Dates travel as numbers: a Date cloned into another realm (a test
 * sandbox, say) is not an instance of that realm's Date.
 */
export interface PlainWorkbook {
  sheets: { name: string; state: SheetState; merges: string[]; cells: PlainCell[] }[];
}

export function toPlain(wb: Workbook): PlainWorkbook {
  return {
    sheets: wb.sheets.map((s) => {
      const cells: PlainCell[] = [];
      for (let r = 1; r <= s.rowCount; r++) {
        s.rowValues(r).forEach((value, i) => {
          const c = i + 1;
          const flags = (s.isFormula(r, c) ? FORMULA : 0) | (value instanceof Date ? DATE : 0);
          const cell: PlainCell = [r, c, value instanceof Date ? value.getTime() : value, flags];
          const numFmt = s.numFmt(r, c);
          if (numFmt) cell.push(numFmt);
          cells.push(cell);
        });
      }
      return { name: s.name, state: s.state, merges: [...s.merges], cells };
    }),
  };
}

export function fromPlain(p: PlainWorkbook): Workbook {
  const wb = new Workbook();
  for (const s of p.sheets) {
    const sheet = wb.addSheet(s.name, s.state);
    for (const [r, c, value, flags, numFmt] of s.cells) {
      sheet.set(r, c, flags & DATE ? new Date(value as number) : value, { formula: (flags & FORMULA) !== 0, numFmt });
    }
    for (const m of s.merges) sheet.merges.push(m);
  }
  return wb;
}
