import { a1 } from '../../src/model/cell';
import { MAX_COLS, type Rect } from '../../src/model/range';

/**
 * The workbook behind the Excel double: what Excel holds, not what an add-in
 * sees. Add-ins reach it only through the proxies (proxies.ts), which read
 * and write it at sync time; tests reach it directly to set a scene and to
 * look at the result.
 */

export type Scalar = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/**
 * A cell's fill as getCellProperties reports it: colour "#RRGGBB", pattern
 * name, pattern colour, and tintAndShade (absent for 0). `theme` and
 * `indexed` are what the cell holds beyond that — a theme colour or a
 * palette entry, as the file numbers them — which Office.js never reports
 * and WPS's ET API reports as ThemeColor; `color` is the colour they give.
 */
export interface Fill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade?: number;
  theme?: number;
  indexed?: number;
}

export const NO_FILL: Readonly<Fill> = { color: '#FFFFFF', pattern: 'None', patternColor: null };

export interface NoteBox {
  width: number;
  height: number;
}

/** The box a new note gets, in points. */
export const DEFAULT_NOTE_BOX: Readonly<NoteBox> = { width: 108, height: 59.25 };

export interface CommentState {
  id: string;
  content: string;
  replies: { id: string; content: string }[];
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface Validation {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export const key = (row: number, col: number): number => row * MAX_COLS + col;
export const rowOf = (k: number): number => Math.floor(k / MAX_COLS);
export const colOf = (k: number): number => k % MAX_COLS;

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class DocSheet {
  /** rows[r - 1][c - 1]: constants and formulas' cached results; errors live in `errors`. */
  rows: ((Scalar | undefined)[] | undefined)[] = [];
  formulas = new Map<number, string>();
  errors = new Map<number, string>();
  /** Error cells that are rich values (a picture placed in the cell, a linked data type): `values` shows #VALUE!, `valueTypes` RichValue. */
  rich = new Map<number, true>();
  numFmts = new Map<number, string>();
  /** Column-wide number formats (what a whole-column format gives every empty cell). */
  colNumFmts = new Map<number, string>();
  fills = new Map<number, Fill>();
  notes = new Map<number, string>();
  /** Note boxes' sizes in points (Office.js Note.width/height, ET Comment.Shape.Width/Height); a note without one has the default box. */
  noteBoxes = new Map<number, NoteBox>();
  comments = new Map<number, CommentState>();
  hyperlinks = new Map<number, Hyperlink>();
  /** Other cell formats an add-in set (font, alignment…), kept only so tests can see them. */
  styles = new Map<number, Record<string, unknown>>();
  columnWidths = new Map<number, number>();
  merges: Rect[] = [];
  validations: Validation[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  /** Bumped on every value change, to cache the used range. */
  version = 0;
  private indexCache: { version: number; index: { row: number; c1: number; c2: number; cols: number[] }[] } | null = null;

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  hasContent(row: number, col: number): boolean {
    const k = key(row, col);
    const v = this.rows[row - 1]?.[col - 1];
    return v !== undefined || this.errors.has(k) || this.formulas.has(k);
  }

  /** The value Office.js reports in `values`: errors as their text, empty as "". */
  value(row: number, col: number): Scalar {
    const err = this.errors.get(key(row, col));
    if (err !== undefined) return err;
    const v = this.rows[row - 1]?.[col - 1];
    return v === undefined ? '' : v;
  }

  valueType(row: number, col: number): string {
    if (this.rich.has(key(row, col))) return 'RichValue';
    if (this.errors.has(key(row, col))) return 'Error';
    const v = this.rows[row - 1]?.[col - 1];
    if (v === undefined) return 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    return 'String';
  }

  /** `formulas`: the formula where there is one, otherwise the constant. */
  formula(row: number, col: number): Scalar {
    return this.formulas.get(key(row, col)) ?? this.value(row, col);
  }

  numberFormat(row: number, col: number): string {
    return this.numFmts.get(key(row, col)) ?? this.colNumFmts.get(col) ?? 'General';
  }

  fill(row: number, col: number): Fill {
    return this.fills.get(key(row, col)) ?? NO_FILL;
  }

  private slot(row: number): (Scalar | undefined)[] {
    let r = this.rows[row - 1];
    if (!r) this.rows[row - 1] = r = [];
    return r;
  }

  /** Stores a cell exactly (a file being loaded, a test setting a scene); "" is a cell holding empty text, null no cell. */
  put(row: number, col: number, content: { value?: Scalar | null; formula?: string; error?: string; rich?: boolean; numFmt?: string }): void {
    const k = key(row, col);
    this.errors.delete(k);
    this.rich.delete(k);
    if (content.rich) this.rich.set(k, true);
    this.formulas.delete(k);
    if (content.formula) this.formulas.set(k, content.formula.startsWith('=') ? content.formula : `=${content.formula}`);
    if (content.error) {
      this.errors.set(k, content.error);
      const r = this.rows[row - 1];
      if (r) delete r[col - 1];
    } else if (content.value === null || content.value === undefined) {
      const r = this.rows[row - 1];
      if (r) delete r[col - 1];
    } else this.slot(row)[col - 1] = content.value;
    if (content.numFmt !== undefined) {
      if (content.numFmt === 'General') this.numFmts.delete(k);
      else this.numFmts.set(k, content.numFmt);
    }
    this.version++;
  }

  /**
   * Writes a cell the way Excel takes a value typed or set through `values`:
   * "=…" becomes a formula and a numeric string a number unless the cell is
   * formatted as text ("@"); "" empties the cell.
   */
  write(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined || input === '') return this.put(row, col, { value: null });
    if (typeof input === 'number' || typeof input === 'boolean') return this.put(row, col, { value: input });
    const s = String(input);
    const text = this.numberFormat(row, col) === '@';
    if (!text && s.startsWith('=') && s.length > 1) return this.put(row, col, { formula: s, value: null });
    if (!text && NUMERIC.test(s.trim())) return this.put(row, col, { value: Number(s) });
    this.put(row, col, { value: s });
  }

  setNumberFormat(row: number, col: number, code: string): void {
    const k = key(row, col);
    if (code === 'General' && !this.colNumFmts.has(col)) this.numFmts.delete(k);
    else this.numFmts.set(k, code);
  }

  /** Bounding box of the cells holding a value or formula (getUsedRange(true)). */
  usedRect(): Rect | null {
    const index = this.contentIndex();
    if (!index.length) return null;
    let c1 = Infinity;
    let c2 = 0;
    for (const x of index) {
      if (x.c1 < c1) c1 = x.c1;
      if (x.c2 > c2) c2 = x.c2;
    }
    return { r1: index[0].row, c1, r2: index[index.length - 1].row, c2 };
  }

  /** Bounding box of the cells with content inside `rect` (Range.getUsedRange), walking only rows that hold something. */
  usedWithin(rect: Rect): Rect | null {
    const index = this.contentIndex();
    let lo = 0;
    let hi = index.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index[mid].row < rect.r1) lo = mid + 1;
      else hi = mid;
    }
    let box: Rect | null = null;
    for (let i = lo; i < index.length && index[i].row <= rect.r2; i++) {
      const x = index[i];
      if (x.c2 < rect.c1 || x.c1 > rect.c2) continue;
      for (const c of x.cols) {
        if (c < rect.c1 || c > rect.c2) continue;
        box = box ? { r1: Math.min(box.r1, x.row), c1: Math.min(box.c1, c), r2: Math.max(box.r2, x.row), c2: Math.max(box.c2, c) } : { r1: x.row, c1: c, r2: x.row, c2: c };
      }
    }
    return box;
  }

  /** Rows holding content, in order, with their columns; rebuilt when the sheet changed. */
  private contentIndex(): { row: number; c1: number; c2: number; cols: number[] }[] {
    if (this.indexCache?.version === this.version) return this.indexCache.index;
    const byRow = new Map<number, number[]>();
    const add = (r: number, c: number) => {
      const cols = byRow.get(r);
      if (cols) cols.push(c);
      else byRow.set(r, [c]);
    };
    // for…in visits only the rows and cells present, however sparse the arrays.
    for (const i in this.rows) {
      const row = this.rows[Number(i)];
      if (row) for (const j in row) add(Number(i) + 1, Number(j) + 1);
    }
    for (const k of [...this.errors.keys(), ...this.formulas.keys()]) add(rowOf(k), colOf(k));
    const index = [...byRow]
      .sort((a, b) => a[0] - b[0])
      .map(([row, cols]) => {
        const uniq = [...new Set(cols)].sort((a, b) => a - b);
        return { row, c1: uniq[0], c2: uniq[uniq.length - 1], cols: uniq };
      });
    this.indexCache = { version: this.version, index };
    return index;
  }

  /** Inserts (count > 0) or deletes (count < 0) whole rows at `at`, moving everything below as Excel does. */
  shiftRows(at: number, count: number): void {
    const moveKey = (k: number): number | null => {
      const r = rowOf(k);
      if (r < at) return k;
      if (count < 0 && r < at - count) return null;
      return key(r + count, colOf(k));
    };
    for (const name of ['formulas', 'errors', 'rich', 'numFmts', 'fills', 'notes', 'comments', 'hyperlinks', 'styles'] as const) {
      const old = this[name] as Map<number, unknown>;
      const next = new Map<number, unknown>();
      for (const [k, v] of old) {
        const nk = moveKey(k);
        if (nk !== null) next.set(nk, v);
      }
      (this as unknown as Record<string, Map<number, unknown>>)[name] = next;
    }
    if (count > 0) this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
    else this.rows.splice(at - 1, -count);
    const moveRect = (r: Rect): Rect | null => {
      if (r.r2 < at) return r;
      if (count < 0 && r.r1 >= at && r.r2 < at - count) return null;
      return { ...r, r1: r.r1 >= at ? Math.max(at, r.r1 + count) : r.r1, r2: r.r2 + count };
    };
    this.merges = this.merges.map(moveRect).filter((r): r is Rect => r !== null);
    this.validations = this.validations.flatMap((v) => {
      const rect = moveRect(v.rect);
      return rect ? [{ ...v, rect }] : [];
    });
    this.version++;
  }

  describe(row: number, col: number): string {
    return `${this.name}!${a1(row, col)}`;
  }
}

export class DocWorkbook {
  sheets: DocSheet[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${(this.nextId++).toString(16).padStart(8, '0')}}`;
  }

  addSheet(name: string, visibility: Visibility = 'Visible', index = this.sheets.length): DocSheet {
    const s = new DocSheet(this.newId('sheet'), name, visibility);
    this.sheets.splice(index, 0, s);
    return s;
  }

  sheet(name: string): DocSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  byId(id: string): DocSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }
}
