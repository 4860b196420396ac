import { Cell, CellValue, a1, displayText } from './cell';
import type { FieldDef, FieldKey, OrgKey, SheetDef, SheetKind } from './schema';
import type { Sheet, Workbook } from './workbook';
import { yesNoAnswer } from './yes-no';

/** The fields of a sheet kind that answer 是/否. */
function yesNoFields<K extends SheetKind>(def: SheetDef<K>): ReadonlySet<string> {
  return new Set(def.fields.filter((f) => f.type === 'yesNo').map((f) => f.key));
}

/** A cell's trimmed text; in a 是/否 field the answer it gives (a checkbox's TRUE is 是) where it gives one. */
function cellText(v: CellValue, yesNo: boolean): string {
  return (yesNo && yesNoAnswer(v)) || displayText(v).trim();
}

/**
 * A recognised table on a sheet: which column holds which field, and which
 * rows are data. It reads through to the sheet; it copies no values.
 */
export class Table<K extends SheetKind = SheetKind> {
  private readonly yesNo: ReadonlySet<string>;

  constructor(
    readonly def: SheetDef<K>,
    readonly sheet: Sheet,
    /** Sheet row number of the (lowest) header row. */
    readonly headerRow: number,
    /** Field key → 1-based column number. */
    readonly columns: ReadonlyMap<FieldKey<K>, number>,
    /** Data row numbers, in sheet order, excluding empty and total rows. */
    readonly rows: readonly number[],
    /** Fully empty rows between the first and last data rows. */
    readonly emptyRows: readonly number[],
    /** Rows labelled 合计 / 总计 / 小计. */
    readonly totalRows: readonly number[],
    /**
     * Cells under a range merged down over several rows: row → column → the
     * row of the range's top cell, whose value belongs to each row it covers.
     */
    private readonly merged: ReadonlyMap<number, ReadonlyMap<number, number>> = new Map(),
  ) {
    this.yesNo = yesNoFields(def);
  }

  /** The sheet row whose cell holds this cell's value: the top of a range merged over it, else the row itself. */
  private source(row: number, col: number): number {
    return this.merged.get(row)?.get(col) ?? row;
  }

  /**
   * One row's values by column (index 0 is column A), with the values of
   * ranges merged down over it; the sheet's own array where nothing is.
   */
  rowValues(row: number): readonly CellValue[] {
    const cols = this.merged.get(row);
    const own = this.sheet.rowValues(row);
    if (!cols) return own;
    const out = [...own];
    for (const [col, top] of cols) out[col - 1] = this.sheet.value(top, col);
    return out;
  }

  get kind(): SheetKind {
    return this.def.kind;
  }

  has(field: FieldKey<K>): boolean {
    return this.columns.has(field);
  }

  field(field: FieldKey<K>): FieldDef<K> | undefined {
    return this.def.fields.find((f) => f.key === field);
  }

  /** Canonical header of a field, used as the finding's `column`. */
  header(field: FieldKey<K>): string {
    return this.field(field)?.header ?? field;
  }

  value(row: number, field: FieldKey<K>): CellValue {
    const c = this.columns.get(field);
    return c === undefined ? null : this.sheet.value(this.source(row, c), c);
  }

  /** Trimmed display text of a cell, a 是/否 field's answer as 是 or 否; '' when empty or the column is absent. */
  text(row: number, field: FieldKey<K>): string {
    return cellText(this.value(row, field), this.yesNo.has(field));
  }

  /** The cell holding a field's value for a row: a merged range's top cell for the rows it covers. */
  cell(row: number, field: FieldKey<K>): Cell | null {
    const c = this.columns.get(field);
    return c === undefined ? null : this.sheet.cell(this.source(row, c), c);
  }

  /** Where a field's value for a row is shown: a merged range's top cell for the rows it covers. */
  address(row: number, field: FieldKey<K>): string | null {
    const c = this.columns.get(field);
    return c === undefined ? null : a1(this.source(row, c), c);
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
  private readonly yesNo: ReadonlySet<string>;

  constructor(
    readonly def: SheetDef<'org'>,
    readonly sheet: Sheet,
    readonly items: ReadonlyMap<OrgKey, KvItem>,
  ) {
    this.yesNo = yesNoFields(def);
  }

  get kind(): SheetKind {
    return this.def.kind;
  }

  has(key: OrgKey): boolean {
    return this.items.has(key);
  }

  header(key: OrgKey): string {
    return this.def.fields.find((f) => f.key === key)?.header ?? key;
  }

  value(key: OrgKey): CellValue {
    const it = this.items.get(key);
    return it ? this.sheet.value(it.row, it.col) : null;
  }

  text(key: OrgKey): string {
    return cellText(this.value(key), this.yesNo.has(key));
  }

  before(key: OrgKey): CellValue {
    const it = this.items.get(key);
    return it && it.beforeCol !== null ? this.sheet.value(it.row, it.beforeCol) : null;
  }

  cell(key: OrgKey): Cell | null {
    const it = this.items.get(key);
    return it ? this.sheet.cell(it.row, it.col) : null;
  }

  address(key: OrgKey): string | null {
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
  table<K extends SheetKind>(kind: K): Table<K> | undefined {
    return this.tables.find((t): t is Table<K> => t.kind === kind);
  }

  tablesOf<K extends SheetKind>(kind: K): Table<K>[] {
    return this.tables.filter((t): t is Table<K> => t.kind === kind);
  }

  hasKind(kind: SheetKind): boolean {
    return kind === 'org' ? this.org !== null : this.tables.some((t) => t.kind === kind);
  }
}
