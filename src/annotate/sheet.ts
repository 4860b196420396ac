import { columnNumber, a1 } from '../model/cell';
import { InputError } from '../read/input-error';
import { ascii, asciiText, attrSpan, intAt, lastIndexOfBytes, SLASH, TagScanner, tagEndBytes } from './bytes';
import type { CellMark } from './mark-plan';
import { WORKSHEET_ORDER } from './ooxml';
import { attr, bindPrefix, children, escapeText, insertInOrder, prefixFor, qname, rootStart, setAttr, splice, tagOf, type El } from './xml';
import { inputError } from '../read/input-messages';

/** The xf a marked cell gets, from the xf it has (or, for a cell the sheet lacks, would show). */
export type MarkStyle = (base: number, mark: CellMark) => number;

/** A new value for one cell: a number or a text, and the style it takes from the style it has. */
export interface CellValueEdit {
  row: number;
  col: number;
  /** A1 address, upper case, no $. */
  address: string;
  value: number | string;
  style?: (base: number) => number;
}

interface Patch {
  at: number;
  del: number;
  text: string;
}

const R = ascii('r');
const S = ascii('s');
const SPANS = ascii('spans');
const CUSTOM_FORMAT = ascii('customFormat');
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function damaged(): InputError {
  return inputError('sheet-damaged');
}

/**
 * One worksheet part, patched without being parsed as a whole: the bytes
 * before and after <sheetData> are small and handled as text; <sheetData>
 * itself is scanned as bytes, row start tag by row start tag, and only the
 * rows that hold marks are looked into. The result is the original bytes
 * with a few splices: `s` attributes, inserted cells and rows, and a
 * <legacyDrawing> for the notes.
 */
export class SheetXml {
  private head: string;
  private tail: string;
  private headChanged = false;
  private tailChanged = false;
  private readonly patches: Patch[] = [];
  private readonly rootName: string;
  private readonly prefix: string;
  private readonly dataStart: number;
  private readonly dataOpenEnd: number;
  private readonly dataCloseStart: number;
  private readonly dataEnd: number;
  private readonly dataSelfClosing: boolean;

  constructor(private readonly bytes: Uint8Array) {
    const probe = decoder.decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    let root: ReturnType<typeof rootStart>;
    try {
      root = rootStart(probe);
    } catch {
      root = rootStart(decoder.decode(bytes));
    }
    this.rootName = root.name;
    this.prefix = root.prefix;
    const open = ascii(`<${this.q('sheetData')}`);
    const scanner = new TagScanner(bytes, bytes.length);
    this.dataStart = scanner.next(open, root.openEnd);
    if (this.dataStart < 0) throw damaged();
    this.dataOpenEnd = tagEndBytes(bytes, this.dataStart);
    this.dataSelfClosing = bytes[this.dataOpenEnd - 2] === SLASH;
    if (this.dataSelfClosing) {
      this.dataCloseStart = this.dataOpenEnd;
      this.dataEnd = this.dataOpenEnd;
    } else {
      this.dataCloseStart = lastIndexOfBytes(bytes, ascii(`</${this.q('sheetData')}`));
      if (this.dataCloseStart < this.dataOpenEnd) throw damaged();
      this.dataEnd = tagEndBytes(bytes, this.dataCloseStart);
    }
    this.head = decoder.decode(bytes.subarray(0, this.dataStart));
    this.tail = decoder.decode(bytes.subarray(this.dataEnd));
  }

  private q(local: string): string {
    return qname(this.prefix, local);
  }

  /** Sets the marked cells' styles, inserting the cells (and rows) the sheet lacks. `marks` are in row-major order. */
  mark(marks: readonly CellMark[], styleFor: MarkStyle): void {
    if (!marks.length) return;
    const cols = this.columnStyles();
    const bounds = new Bounds();
    const newCell = (m: CellMark, rowStyle: number | undefined) => {
      bounds.add(m.row, m.col);
      return `<${this.q('c')} r="${m.address}" s="${styleFor(rowStyle ?? cols(m.col) ?? 0, m)}"/>`;
    };
    const newRow = (row: CellMark[]) => `<${this.q('row')} r="${row[0].row}">${row.map((m) => newCell(m, undefined)).join('')}</${this.q('row')}>`;
    let i = 0;
    const takeRow = (): CellMark[] => {
      const row = [marks[i++]];
      while (i < marks.length && marks[i].row === row[0].row) row.push(marks[i++]);
      return row;
    };
    if (this.dataSelfClosing) {
      let rows = '';
      while (i < marks.length) rows += newRow(takeRow());
      this.patches.push({ at: this.dataStart, del: this.dataEnd - this.dataStart, text: `<${this.q('sheetData')}>${rows}</${this.q('sheetData')}>` });
    } else {
      const rowOpen = ascii(`<${this.q('row')}`);
      const scanner = new TagScanner(this.bytes, this.dataCloseStart);
      let p = this.dataOpenEnd;
      let previous = 0;
      while (i < marks.length) {
        const rs = scanner.next(rowOpen, p);
        if (rs < 0) break;
        const re = tagEndBytes(this.bytes, rs);
        const rSpan = attrSpan(this.bytes, rs, re, R);
        const r = rSpan ? intAt(this.bytes, rSpan) : NaN;
        const rowNumber = Number.isNaN(r) ? previous + 1 : r;
        let inserted = '';
        while (i < marks.length && marks[i].row < rowNumber) inserted += newRow(takeRow());
        if (inserted) this.patches.push({ at: rs, del: 0, text: inserted });
        previous = rowNumber;
        p = i < marks.length && marks[i].row === rowNumber ? this.markRow(scanner, rs, re, takeRow(), styleFor, newCell) : re;
      }
      let rest = '';
      while (i < marks.length) rest += newRow(takeRow());
      if (rest) this.patches.push({ at: this.dataCloseStart, del: 0, text: rest });
    }
    this.widenDimension(bounds);
  }

  /** Marks the cells of one row; returns where the row ends. */
  private markRow(scanner: TagScanner, rs: number, re: number, marks: CellMark[], styleFor: MarkStyle, newCell: (m: CellMark, rowStyle: number | undefined) => string): number {
    const b = this.bytes;
    const custom = attrSpan(b, rs, re, CUSTOM_FORMAT);
    const customText = custom ? asciiText(b, custom) : '';
    const sSpan = attrSpan(b, rs, re, S);
    const rowStyle = (customText === '1' || customText === 'true') && sSpan ? intAt(b, sSpan) : undefined;
    const insertedCols: number[] = [];
    const insert = (m: CellMark) => {
      insertedCols.push(m.col);
      return newCell(m, Number.isNaN(rowStyle) ? undefined : rowStyle);
    };
    let i = 0;
    let end = re;
    if (b[re - 2] === SLASH) {
      this.patches.push({ at: re - 2, del: 2, text: `>${marks.map(insert).join('')}</${this.q('row')}>` });
    } else {
      const close = scanner.next(ascii(`</${this.q('row')}`), re);
      if (close < 0) throw damaged();
      const cellOpen = ascii(`<${this.q('c')}`);
      let p = re;
      let previous = 0;
      while (i < marks.length) {
        const cs = scanner.next(cellOpen, p);
        if (cs < 0 || cs > close) break;
        const ce = tagEndBytes(b, cs);
        const ref = attrSpan(b, cs, ce, R);
        const letters = ref ? /^[A-Z]+/i.exec(asciiText(b, ref))?.[0] : undefined;
        const col = letters ? columnNumber(letters) : previous + 1;
        let inserted = '';
        while (i < marks.length && marks[i].col < col) inserted += insert(marks[i++]);
        if (inserted) this.patches.push({ at: cs, del: 0, text: inserted });
        if (i < marks.length && marks[i].col === col) {
          const m = marks[i++];
          const s = attrSpan(b, cs, ce, S);
          const base = s ? intAt(b, s) : 0;
          const xf = String(styleFor(Number.isNaN(base) ? 0 : base, m));
          this.patches.push(s ? { at: s[0], del: s[1] - s[0], text: xf } : { at: cs + cellOpen.length, del: 0, text: ` s="${xf}"` });
        }
        previous = col;
        p = ce;
      }
      const rest = marks.slice(i).map(insert).join('');
      if (rest) this.patches.push({ at: close, del: 0, text: rest });
      end = tagEndBytes(b, close);
    }
    if (insertedCols.length) this.widenSpans(rs, re, insertedCols);
    return end;
  }

  /**
   * Replaces the values of some cells (row-major order), keeping each
   * cell's other attributes; a cell the sheet lacks is inserted, with its
   * row's or column's style. A string becomes an inline string, so the
   * shared strings part stays as it is.
   */
  setValues(edits: readonly CellValueEdit[]): void {
    if (!edits.length) return;
    const b = this.bytes;
    const cols = this.columnStyles();
    const cell = (e: CellValueEdit, tag: string, base: number) => {
      const start = setAttr(tag.replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, '').replace(/\s*\/?>$/, '>'), 's', String(e.style?.(base) ?? base));
      const content = typeof e.value === 'number' ? `<${this.q('v')}>${e.value}</${this.q('v')}>` : `<${this.q('is')}><${this.q('t')} xml:space="preserve">${escapeText(e.value)}</${this.q('t')}></${this.q('is')}>`;
      return `${typeof e.value === 'number' ? start : setAttr(start, 't', 'inlineStr')}${content}</${this.q('c')}>`;
    };
    const fresh = (e: CellValueEdit, rowStyle?: number) => cell(e, `<${this.q('c')} r="${e.address}">`, rowStyle ?? cols(e.col) ?? 0);
    const rowOf = (list: readonly CellValueEdit[]) => `<${this.q('row')} r="${list[0].row}">${list.map((e) => fresh(e)).join('')}</${this.q('row')}>`;
    const byRow: CellValueEdit[][] = [];
    for (const e of edits) {
      const last = byRow[byRow.length - 1];
      if (last && last[0].row === e.row) last.push(e);
      else byRow.push([e]);
    }
    if (this.dataSelfClosing) {
      this.patches.push({ at: this.dataStart, del: this.dataEnd - this.dataStart, text: `<${this.q('sheetData')}>${byRow.map(rowOf).join('')}</${this.q('sheetData')}>` });
      return;
    }
    const scanner = new TagScanner(b, this.dataCloseStart);
    const rowOpen = ascii(`<${this.q('row')}`);
    const cellOpen = ascii(`<${this.q('c')}`);
    const cellClose = ascii(`</${this.q('c')}`);
    let k = 0;
    let p = this.dataOpenEnd;
    let previousRow = 0;
    while (k < byRow.length) {
      const rs = scanner.next(rowOpen, p);
      if (rs < 0) break;
      const re = tagEndBytes(b, rs);
      const rSpan = attrSpan(b, rs, re, R);
      const r = rSpan ? intAt(b, rSpan) : NaN;
      const rowNumber = Number.isNaN(r) ? previousRow + 1 : r;
      previousRow = rowNumber;
      let before = '';
      while (k < byRow.length && byRow[k][0].row < rowNumber) before += rowOf(byRow[k++]);
      if (before) this.patches.push({ at: rs, del: 0, text: before });
      p = re;
      if (k >= byRow.length || byRow[k][0].row !== rowNumber) continue;
      const row = byRow[k++];
      const custom = attrSpan(b, rs, re, CUSTOM_FORMAT);
      const sRow = attrSpan(b, rs, re, S);
      const rowStyle = custom && /^(1|true)$/.test(asciiText(b, custom)) && sRow ? intAt(b, sRow) : undefined;
      if (b[re - 2] === SLASH) {
        this.patches.push({ at: re - 2, del: 2, text: `>${row.map((e) => fresh(e, rowStyle)).join('')}</${this.q('row')}>` });
        continue;
      }
      const close = scanner.next(ascii(`</${this.q('row')}`), re);
      if (close < 0) throw damaged();
      let i = 0;
      let q = re;
      let previousCol = 0;
      while (i < row.length) {
        const cs = scanner.next(cellOpen, q);
        if (cs < 0 || cs > close) break;
        const ce = tagEndBytes(b, cs);
        const ref = attrSpan(b, cs, ce, R);
        const letters = ref ? /^[A-Z]+/i.exec(asciiText(b, ref))?.[0] : undefined;
        const col = letters ? columnNumber(letters) : previousCol + 1;
        previousCol = col;
        const end = b[ce - 2] === SLASH ? ce : tagEndBytes(b, scanner.next(cellClose, ce));
        let inserted = '';
        while (i < row.length && row[i].col < col) inserted += fresh(row[i++], rowStyle);
        if (inserted) this.patches.push({ at: cs, del: 0, text: inserted });
        if (i < row.length && row[i].col === col) {
          const s = attrSpan(b, cs, ce, S);
          const base = s ? intAt(b, s) : 0;
          this.patches.push({ at: cs, del: end - cs, text: cell(row[i++], decoder.decode(b.subarray(cs, ce)), Number.isNaN(base) ? 0 : base) });
        }
        q = end;
      }
      const rest = row.slice(i).map((e) => fresh(e, rowStyle)).join('');
      if (rest) this.patches.push({ at: close, del: 0, text: rest });
      p = tagEndBytes(b, close);
    }
    const rest = byRow.slice(k).map(rowOf).join('');
    if (rest) this.patches.push({ at: this.dataCloseStart, del: 0, text: rest });
  }

  /** A row's `spans` is only an optimisation hint, but it should still cover the cells in the row. */
  private widenSpans(rs: number, re: number, cols: number[]): void {
    const span = attrSpan(this.bytes, rs, re, SPANS);
    if (!span) return;
    const text = asciiText(this.bytes, span);
    const nums = text.split(/[\s:]+/).map(Number).filter((n) => n > 0);
    if (!nums.length) return;
    const lo = Math.min(...nums, ...cols);
    const hi = Math.max(...nums, ...cols);
    if (lo === Math.min(...nums) && hi === Math.max(...nums)) return;
    this.patches.push({ at: span[0], del: span[1] - span[0], text: `${lo}:${hi}` });
  }

  /** Column styles from <cols>, for a cell the sheet lacks: it shows its column's style. */
  private columnStyles(): (col: number) => number | undefined {
    const cols: { min: number; max: number; style: number }[] = [];
    const open = this.head.indexOf(`<${this.q('cols')}`);
    if (open >= 0) {
      const text = this.head.slice(open);
      const re = new RegExp(`<${this.q('col')}\\s[^>]*>`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const style = Number(attr(m[0], 'style'));
        if (style > 0) cols.push({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), style });
      }
    }
    return (col) => cols.find((c) => c.min <= col && col <= c.max)?.style;
  }

  /** The sheet's <dimension> (a hint, like spans) is widened to cover inserted cells. */
  private widenDimension(bounds: Bounds): void {
    if (bounds.empty) return;
    const m = new RegExp(`<${this.q('dimension')}\\s[^>]*>`).exec(this.head);
    if (!m) return;
    const ref = attr(m[0], 'ref');
    const parts = ref?.split(':').map((x) => /^\$?([A-Z]+)\$?(\d+)$/i.exec(x));
    if (!parts || parts.some((x) => !x)) return;
    const [a, b] = [parts[0]!, parts[parts.length - 1]!];
    const box = new Bounds();
    box.add(Number(a[2]), columnNumber(a[1]));
    box.add(Number(b[2]), columnNumber(b[1]));
    const wide = box.union(bounds);
    const text = `${a1(wide.minRow, wide.minCol)}:${a1(wide.maxRow, wide.maxCol)}`;
    if (text === `${a1(box.minRow, box.minCol)}:${a1(box.maxRow, box.maxCol)}`) return;
    this.head = splice(this.head, m.index, m.index + m[0].length, setAttr(m[0], 'ref', text));
    this.headChanged = true;
  }

  /** The worksheet's top-level elements after <sheetData>, and the end tag they sit before. */
  private tailRoot(): El {
    const closeStart = this.tail.lastIndexOf(`</${this.rootName}`);
    if (closeStart < 0) throw damaged();
    return { name: this.rootName, local: '', prefix: this.prefix, start: 0, openEnd: 0, selfClosing: false, closeStart, end: this.tail.length };
  }

  private rootTag(): string {
    const root = rootStart(this.head);
    return this.head.slice(root.start, root.openEnd);
  }

  /** The sheet's <legacyDrawing> and the prefix its r:id uses (bound on the element itself, as openpyxl writes it, or on the root). */
  private legacyDrawing(relNs: string): { el: El; prefix: string } | undefined {
    const el = children(this.tail, this.tailRoot()).find((c) => c.local === 'legacyDrawing');
    if (!el) return undefined;
    const prefix = prefixFor(tagOf(this.tail, el), relNs) ?? prefixFor(this.rootTag(), relNs);
    return prefix ? { el, prefix } : undefined;
  }

  /** The r:id of the sheet's <legacyDrawing>, if it has one. */
  legacyDrawingId(relNs: string): string | undefined {
    const found = this.legacyDrawing(relNs);
    return found && attr(tagOf(this.tail, found.el), qname(found.prefix, 'id'));
  }

  /**
   * Points the sheet's <legacyDrawing> at `rid`, adding the element where
   * the schema's order puts it (and declaring the relationships namespace
   * if the sheet lacks it).
   */
  setLegacyDrawing(rid: string, relNs: string): void {
    const current = this.legacyDrawing(relNs);
    if (current) {
      this.tail = splice(this.tail, current.el.start, current.el.openEnd, setAttr(tagOf(this.tail, current.el), qname(current.prefix, 'id'), rid));
    } else {
      const root = rootStart(this.head);
      const { tag, prefix } = bindPrefix(this.rootTag(), relNs);
      if (tag !== this.rootTag()) {
        this.head = splice(this.head, root.start, root.openEnd, tag);
        this.headChanged = true;
      }
      const el = `<${this.q('legacyDrawing')} ${prefix}:id="${rid}"/>`;
      this.tail = insertInOrder(this.tail, this.tailRoot(), 'legacyDrawing', el, WORKSHEET_ORDER, (c) => effectiveName(this.tail, c));
    }
    this.tailChanged = true;
  }

  /**
   * The patched part in one allocation: the original bytes between the
   * patches, and the patches, which are ASCII markup (cell references,
   * numbers, element names) and are written as such.
   */
  toBytes(): Uint8Array {
    const b = this.bytes;
    const head = this.headChanged ? encoder.encode(this.head) : b.subarray(0, this.dataStart);
    const tail = this.tailChanged ? encoder.encode(this.tail) : b.subarray(this.dataEnd);
    const patches = [...this.patches].sort((x, y) => x.at - y.at);
    const texts = patches.map((p) => (/^[\x00-\x7f]*$/.test(p.text) ? p.text : encoder.encode(p.text)));
    let size = head.length + tail.length + (this.dataEnd - this.dataStart);
    patches.forEach((p, i) => (size += texts[i].length - p.del));
    const out = new Uint8Array(size);
    out.set(head, 0);
    let o = head.length;
    let p = this.dataStart;
    patches.forEach((patch, i) => {
      out.set(b.subarray(p, patch.at), o);
      o += patch.at - p;
      const text = texts[i];
      if (typeof text === 'string') for (let k = 0; k < text.length; k++) out[o++] = text.charCodeAt(k);
      else {
        out.set(text, o);
        o += text.length;
      }
      p = patch.at + patch.del;
    });
    out.set(b.subarray(p, this.dataEnd), o);
    out.set(tail, o + this.dataEnd - p);
    return out;
  }
}

/** What a top-level element stands for in the schema's order: an mc:AlternateContent by the element it offers. */
function effectiveName(xml: string, el: El): string {
  if (el.local !== 'AlternateContent') return el.local;
  const choice = children(xml, el)[0];
  return (choice && children(xml, choice)[0]?.local) ?? el.local;
}

class Bounds {
  minRow = Infinity;
  minCol = Infinity;
  maxRow = 0;
  maxCol = 0;

  get empty(): boolean {
    return this.maxRow === 0;
  }

  add(row: number, col: number): void {
    this.minRow = Math.min(this.minRow, row);
    this.minCol = Math.min(this.minCol, col);
    this.maxRow = Math.max(this.maxRow, row);
    this.maxCol = Math.max(this.maxCol, col);
  }

  union(o: Bounds): Bounds {
    const u = new Bounds();
    u.add(this.minRow, this.minCol);
    u.add(this.maxRow, this.maxCol);
    u.add(o.minRow, o.minCol);
    u.add(o.maxRow, o.maxCol);
    return u;
  }
}
