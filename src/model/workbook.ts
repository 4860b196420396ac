import { a1, Cell, CellValue, valueKind } from './cell';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** Key for per-cell side tables; Excel has at most 16,384 columns. */
const key = (row: number, col: number): number => row * 16384 + col;

/**
 * One worksheet as plain rows of values. Formula flags and number formats are
 * sparse side tables because almost every cell has neither.
 */
export class Sheet {
  /** rows[row - 1][col - 1]; missing rows and cells are empty. */
  private readonly rows: (CellValue[] | undefined)[] = [];
  private readonly formulas = new Set<number>();
  private readonly numFmts = new Map<number, string>();
  readonly merges: string[] = [];
  rowCount = 0;
  colCount = 0;

  constructor(
    readonly name: string,
    readonly state: SheetState = 'visible',
  ) {}

  set(row: number, col: number, value: CellValue, opts?: { formula?: boolean; numFmt?: string | null }): void {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    r[col - 1] = value;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
    if (opts?.formula) this.formulas.add(key(row, col));
    if (opts?.numFmt && opts.numFmt !== 'General') this.numFmts.set(key(row, col), opts.numFmt);
  }

  /** Empties a cell (a value hidden under a merged range); rowCount and colCount stay until {@link fitExtent}. */
  clear(row: number, col: number): void {
    const r = this.rows[row - 1];
    if (!r || r[col - 1] === undefined) return;
    delete r[col - 1];
    this.formulas.delete(key(row, col));
    this.numFmts.delete(key(row, col));
  }

  /** Recomputes rowCount and colCount from the cells present. */
  fitExtent(): void {
    let rows = 0;
    let cols = 0;
    // for…in visits the cells present only, however sparse a row is.
    this.rows.forEach((r, i) => {
      for (const k in r) {
        rows = i + 1;
        cols = Math.max(cols, Number(k) + 1);
      }
    });
    this.rowCount = rows;
    this.colCount = cols;
  }

  value(row: number, col: number): CellValue {
    const v = this.rows[row - 1]?.[col - 1];
    return v === undefined ? null : v;
  }

  /** Numbers of the rows that hold cells, ascending: costs the rows present, not the last row's number. */
  rowNumbers(): number[] {
    const out: number[] = [];
    // for-in visits only the indices present, in ascending order; a sparse array's length says nothing about its size.
    for (const k in this.rows) out.push(Number(k) + 1);
    return out;
  }

  /** Column numbers of the cells stored in one row, ascending. */
  columns(row: number): number[] {
    const r = this.rows[row - 1];
    const out: number[] = [];
    if (r) for (const k in r) out.push(Number(k) + 1);
    return out;
  }

  /** The raw values of one row (index 0 is column A); empty array for a missing row. Iterate it with for-in: a row with one cell in XFD is 16,384 long. */
  rowValues(row: number): readonly CellValue[] {
    return this.rows[row - 1] ?? [];
  }

  isFormula(row: number, col: number): boolean {
    return this.formulas.has(key(row, col));
  }

  numFmt(row: number, col: number): string | null {
    return this.numFmts.get(key(row, col)) ?? null;
  }

  cell(row: number, col: number): Cell {
    const value = this.value(row, col);
    const vk = valueKind(value);
    return {
      value,
      valueKind: vk,
      kind: this.isFormula(row, col) ? 'formula' : vk,
      numFmt: this.numFmt(row, col),
      address: a1(row, col),
      row,
      col,
    };
  }

  isRowEmpty(row: number): boolean {
    const r = this.rows[row - 1];
    if (!r) return true;
    for (const k in r) {
      const v = r[k as unknown as number];
      if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }
}

export class Workbook {
  readonly sheets: Sheet[] = [];

  addSheet(name: string, state: SheetState = 'visible'): Sheet {
    const s = new Sheet(name, state);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
