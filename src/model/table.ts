import { Cell, CellValue, a1, displayText } from './cell';
import type { FieldDef, SheetDef, SheetKind } from './schema';
import type { Sheet, Workbook } from './workbook';

/**
 * A recognised table on a sheet: which column holds which field, and which
 * rows are data. It reads through to the sheet; it copies no values.
 */
export class Table {
  constructor(
    readonly def: SheetDef,
    readonly sheet: Sheet,
    /** Sheet row number of the (lowest) header row. */
    readonly headerRow: number,
    /** Field key → 1-based column number. */
    readonly columns: ReadonlyMap<string, number>,
    /** Data row numbers, in sheet order, excluding empty and total rows. */
    readonly rows: readonly number[],
    /** Fully empty rows between the first and last data rows. */
    readonly emptyRows: readonly number[],
    /** Rows labelled 合计 / 总计 / 小计. */
    readonly totalRows: readonly number[],
  ) {}

  get kind(): SheetKind {
    return this.def.kind;
  }

  has(field: string): boolean {
    return this.columns.has(field);
  }

  field(field: string): FieldDef | undefined {
    return this.def.fields.find((f) => f.key === field);
  }

  /** Canonical header of a field, used as the finding's `column`. */
  header(field: string): string {
    return this.field(field)?.header ?? field;
  }

  value(row: number, field: string): CellValue {
    const c = this.columns.get(field);
    return c === undefined ? null : this.sheet.value(row, c);
  }

  /** Trimmed display text of a cell; '' when empty or the column is absent. */
  text(row: number, field: string): string {
    return displayText(this.value(row, field)).trim();
  }

  cell(row: number, field: string): Cell | null {
    const c = this.columns.get(field);
    return c === undefined ? null : this.sheet.cell(row, c);
  }

  address(row: number, field: string): string | null {
    const c = this.columns.get(field);
    return c === undefined ? null : a1(row, c);
  }
}

export interface KvItem {
  /** Row and column of the value cell. */
  row: number;
  col: number;
  /** Column of the 变更前 value, when the sheet has one. */
  beforeCol: number | null;
}

/** A key–value sheet such as 机构信息: one value (and a 变更前 value) per item. */
export class KvSheet {
  constructor(
    readonly def: SheetDef,
    readonly sheet: Sheet,
    readonly items: ReadonlyMap<string, KvItem>,
  ) {}

  get kind(): SheetKind {
    return this.def.kind;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  header(key: string): string {
    return this.def.fields.find((f) => f.key === key)?.header ?? key;
  }

  value(key: string): CellValue {
    const it = this.items.get(key);
    return it ? this.sheet.value(it.row, it.col) : null;
  }

  text(key: string): string {
    return displayText(this.value(key)).trim();
  }

  before(key: string): CellValue {
    const it = this.items.get(key);
    return it && it.beforeCol !== null ? this.sheet.value(it.row, it.beforeCol) : null;
  }

  cell(key: string): Cell | null {
    const it = this.items.get(key);
    return it ? this.sheet.cell(it.row, it.col) : null;
  }

  address(key: string): string | null {
    const it = this.items.get(key);
    return it ? a1(it.row, it.col) : null;
  }
}

/** The workbook as rules see it: its sheets sorted into known tables. */
export class RecognisedWorkbook {
  constructor(
    readonly workbook: Workbook,
    readonly tables: readonly Table[],
    readonly org: KvSheet | null,
    /** Sheets that matched no known kind (instructions, clerks' own notes). */
    readonly unrecognised: readonly Sheet[],
  ) {}

  /** The first table of a kind (a kind may be split over several sheets). */
  table(kind: SheetKind): Table | undefined {
    return this.tables.find((t) => t.kind === kind);
  }

  tablesOf(kind: SheetKind): Table[] {
    return this.tables.filter((t) => t.kind === kind);
  }

  hasKind(kind: SheetKind): boolean {
    return kind === 'org' ? this.org !== null : this.tables.some((t) => t.kind === kind);
  }
}
