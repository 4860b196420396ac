import { type CellValue, PICTURE } from '../../model/cell';
import { serialToDate } from '../../model/number-format';
import type { Sheet } from '../../model/workbook';
import { inputError } from '../input-messages';
import { EXCEL_MAX_COL, EXCEL_MAX_ROW } from '../limits';
import { PartDamage } from './part-damage';
import { StringItem } from './text';
import type { XmlHandler } from './xml';

/** What a worksheet needs from the rest of the workbook. */
export interface SheetContext {
  strings: readonly string[];
  formats: readonly (string | null)[];
  dates: readonly boolean[];
  date1904: boolean;
  maxRows: number;
  maxStringLength: number;
  /** Cells and merged ranges the workbook may still hold, of its limits. */
  cellsLeft: number;
  maxCells: number;
  mergesLeft: number;
  maxMerges: number;
}

/** What is being collected from the text inside a cell. */
const enum Capture {
  None,
  Value,
  Formula,
}

/** Where {@link parseRef} puts the reference it read: one shared object, as this runs for every cell. */
const parsedRef = { row: 0, col: 0 };

/** Reads an A1 reference into {@link parsedRef}; false when it is not one inside Excel's grid. Parsed by hand: this runs for every cell. */
function parseRef(ref: string): boolean {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
    if (col > EXCEL_MAX_COL) return false;
  }
  if (i === 0 || i === n || i > 3) return false;
  let row = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + ch - 48;
    if (row > EXCEL_MAX_ROW) return false;
  }
  if (row < 1) return false;
  parsedRef.row = row;
  parsedRef.col = col;
  return true;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range reference (A1:B2, B2:A1, $A$1, a1:b2) as its corners. */
function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  if (!parseRef(a)) return null;
  const { row, col } = parsedRef;
  if (!parseRef(b)) return null;
  return { top: Math.min(row, parsedRef.row), left: Math.min(col, parsedRef.col), bottom: Math.max(row, parsedRef.row), right: Math.max(col, parsedRef.col) };
}

/** An ISO 8601 date or date-time of a t="d" cell, read as UTC like every other date. */
function isoDateValue(text: string): Date | string {
  const t = text.trim();
  const d = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(t) || !t.includes('T') ? t : t + 'Z');
  return Number.isNaN(d.getTime()) ? text : d;
}

/**
 * One worksheet part, filling the model's sheet as the XML streams by:
 * cells with their values, formula flags and number formats, then merged
 * ranges. Only <sheetData> and <mergeCells> are looked at; drawings,
 * validations, conditional formats and the like are never expanded.
 */
export class WorksheetHandler implements XmlHandler {
  readonly merges: CellRange[] = [];
  /** Cells set on the sheet. */
  cells = 0;
  private inSheetData = false;
  private inRow = false;
  private inMergeCells = false;
  private rowNum = 0;
  private rowsWithCells = 0;
  private rowCounted = false;
  private lastCol = 0;
  // The cell being read.
  private inCell = false;
  private row = 0;
  private col = 0;
  private type: string | undefined;
  /** The cell points at rich value data (a picture in the cell, a linked data type). */
  private rich = false;
  private style = 0;
  private formula = false;
  private capture = Capture.None;
  private value = '';
  private hasValue = false;
  private inInline = false;
  private readonly inline: StringItem;

  constructor(
    readonly sheet: Sheet,
    private readonly ctx: SheetContext,
  ) {
    this.inline = new StringItem(ctx.maxStringLength);
  }

  open(name: string, a: Record<string, string>): void {
    if (this.inCell) {
      if (this.inInline) this.inline.open(name);
      else if (name === 'v') this.capture = Capture.Value;
      else if (name === 'f') {
        // A shared formula's followers carry only the t attribute, no text.
        if (a.t !== undefined) this.formula = true;
        this.capture = Capture.Formula;
      } else if (name === 'is') {
        this.inInline = true;
        this.inline.reset();
      }
      return;
    }
    if (this.inRow) {
      if (name === 'c') this.openCell(a);
      return;
    }
    if (this.inSheetData) {
      if (name === 'row') this.openRow(a);
      return;
    }
    if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'mergeCells') this.inMergeCells = true;
    else if (name === 'mergeCell' && this.inMergeCells) this.addMerge(a.ref ?? '');
  }

  text(t: string): void {
    if (this.capture === Capture.Value) {
      this.value = this.hasValue ? this.value + t : t;
      this.hasValue = true;
      if (this.value.length > this.ctx.maxStringLength) throw new PartDamage(`有超过 ${this.ctx.maxStringLength} 个字符的文字`, 'value too long');
    } else if (this.capture === Capture.Formula) {
      if (t.length) this.formula = true;
    } else if (this.inInline) this.inline.text(t);
  }

  close(name: string): void {
    if (this.inCell) {
      if (this.inInline) {
        if (name === 'is') this.inInline = false;
        else this.inline.close(name);
      } else if (name === 'v' || name === 'f') this.capture = Capture.None;
      else if (name === 'c') this.closeCell();
      return;
    }
    if (name === 'row') this.inRow = false;
    else if (name === 'sheetData') this.inSheetData = false;
    else if (name === 'mergeCells') this.inMergeCells = false;
  }

  private openRow(a: Record<string, string>): void {
    const r = a.r === undefined ? this.rowNum + 1 : parseInt(a.r, 10);
    if (!(r >= 1 && r <= EXCEL_MAX_ROW)) throw new PartDamage(`行号 ${a.r ?? r} 超出 Excel 的范围`, `row r="${a.r}"`);
    this.rowNum = r;
    this.inRow = true;
    this.rowCounted = false;
    this.lastCol = 0;
  }

  private openCell(a: Record<string, string>): void {
    this.inCell = true;
    const ref = a.r;
    if (ref === undefined) {
      this.row = this.rowNum;
      this.col = this.lastCol + 1;
      if (this.col > EXCEL_MAX_COL) throw new PartDamage(`第 ${this.row} 行的单元格超出 Excel 的范围`, 'implicit column past XFD');
    } else {
      if (!parseRef(ref)) throw new PartDamage(`单元格引用“${ref.slice(0, 20)}”无效或超出 Excel 的范围`, `c r="${ref.slice(0, 40)}"`);
      this.row = parsedRef.row;
      this.col = parsedRef.col;
    }
    this.lastCol = this.col;
    this.type = a.t;
    this.rich = a.vm !== undefined;
    this.style = a.s === undefined ? 0 : parseInt(a.s, 10) || 0;
    this.formula = false;
    this.hasValue = false;
    this.value = '';
    this.inInline = false;
    this.inline.reset();
  }

  private closeCell(): void {
    this.inCell = false;
    this.capture = Capture.None;
    const value = this.cellValue();
    if (value === null && !this.formula) return;
    if (!this.rowCounted) {
      this.rowCounted = true;
      if (++this.rowsWithCells > this.ctx.maxRows) throw inputError('sheet-too-many-rows', { sheet: this.sheet.name, limit: this.ctx.maxRows });
    }
    if (++this.cells > this.ctx.cellsLeft) throw inputError('too-many-cells', { limit: this.ctx.maxCells });
    this.sheet.set(this.row, this.col, value, { formula: this.formula, numFmt: this.ctx.formats[this.style] });
  }

  /** The cell's value (a formula's cached result) as the model keeps it. */
  private cellValue(): CellValue {
    if (this.inline.seen) return this.inline.value();
    if (!this.hasValue) return null;
    const v = this.value;
    switch (this.type) {
      case 's': {
        const i = parseInt(v, 10);
        const s = this.ctx.strings[i];
        if (s === undefined) throw new PartDamage(`共享字符串编号 ${v.slice(0, 12)} 不存在`, `shared string index ${v.slice(0, 20)}`);
        return s;
      }
      case 'str':
      case 'inlineStr':
        return v;
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return this.rich ? PICTURE : { error: v };
      case 'd':
        return isoDateValue(v);
      default: {
        const n = parseFloat(v);
        // A damaged number is kept as the text it is, for the rules to point at.
        if (!Number.isFinite(n)) return v;
        if (this.ctx.dates[this.style]) {
          const d = serialToDate(n, this.ctx.date1904);
          if (!Number.isNaN(d.getTime())) return d;
        }
        return n;
      }
    }
  }

  private addMerge(ref: string): void {
    const r = parseRange(ref);
    if (!r) throw new PartDamage(`合并单元格区域“${ref.slice(0, 30)}”无效`, `mergeCell ref="${ref.slice(0, 60)}"`);
    if (this.merges.length >= this.ctx.mergesLeft) throw inputError('too-many-merges', { limit: this.ctx.maxMerges });
    this.merges.push(r);
  }
}
