import { a1, Cell, CellValue, valueKind } from './cell';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** Key for per-cell side tables; Excel has at most 16,384 columns. */
const key = (row: number, col: number): number => row * 16384 + col;

/**
 * Up to this length an array is walked by index, which is fastest; longer
 * ones may be sparse (one cell in XFD makes a row 16,384 long, one in row
 * 1,048,576 a sheet that long), so for-in visits only the entries present.
 */
const INDEXED_UP_TO = 64;

/**
 * One worksheet as plain rows of values. Formula flags and number formats are
 * sparse side tables because almost every cell has neither.
 */
export class Sheet {
  /** rows[row - 1][col - 1]; missing rows and cells are empty. */
  private readonly rows: (CellValue[] | undefined)[] = [];
  /** Row arrays created, to tell a dense sheet (walked by index) from a sparse one. */
  private rowsPresent = 0;
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
      this.rowsPresent++;
    }
    r[col - 1] = value;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
    if (opts?.formula) this.formulas.add(key(row, col));
    if (opts?.numFmt && opts.numFmt !== 'General') this.numFmts.set(key(row, col), opts.numFmt);
  }

  /**
   * Replaces a cell with what it holds now, dropping a formula flag or
   * number format it no longer has; null empties it. For hosts that see
   * edits (the add-in's live re-check), not for readers filling a new sheet.
   */
  update(row: number, col: number, value: CellValue, opts?: { formula?: boolean; numFmt?: string | null }): void {
    this.clear(row, col);
    if (value !== null || opts?.formula) this.set(row, col, value, opts);
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
    const rows = this.rows;
    if (this.rowsPresent * 4 >= rows.length) {
      for (let i = 0; i < rows.length; i++) if (rows[i]) out.push(i + 1);
    } else for (const k in rows) out.push(Number(k) + 1);
    return out;
  }

  /**
   * Calls `fn` with each stored cell of a row, left to right, until it
   * returns true; says whether it did. Costs the cells present, however far
   * right the last one is.
   */
  someInRow(row: number, fn: (value: CellValue, col: number) => boolean): boolean {
    const r = this.rows[row - 1];
    if (!r) return false;
    if (r.length <= INDEXED_UP_TO) {
      for (let i = 0; i < r.length; i++) if (r[i] !== undefined && fn(r[i], i + 1)) return true;
      return false;
    }
    for (const k in r) if (fn(r[k as unknown as number], Number(k) + 1)) return true;
    return false;
  }

  /** Column numbers of the cells stored in one row, ascending. */
  columns(row: number): number[] {
    const out: number[] = [];
    this.someInRow(row, (_v, col) => {
      out.push(col);
      return false;
    });
    return out;
  }

  /** The raw values of one row (index 0 is column A); empty array for a missing row. A row with one cell in XFD is 16,384 long: walk it with {@link someInRow}. */
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
    return !this.someInRow(row, (v) => v !== null && !(typeof v === 'string' && v.trim() === ''));
  }
}

export class Workbook {
  readonly sheets: Sheet[] = [];

  addSheet(name: string, state: SheetState = 'visible'): Sheet {
    return this.add(new Sheet(name, state));
  }

  /** Adds a sheet filled beforehand (the reader fills one before it joins the workbook). */
  add(sheet: Sheet): Sheet {
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Puts a freshly read sheet in the place of the one with its name (a host re-reading one sheet). */
  replace(sheet: Sheet): void {
    const i = this.sheets.findIndex((s) => s.name === sheet.name);
    if (i < 0) throw new Error(`no sheet ${sheet.name}`);
    this.sheets[i] = sheet;
  }
}
