import { a1 } from '../../src/model/cell';
import { formatRange, MAX_COLS, MAX_ROWS, parseRange, type Rect } from '../../src/model/range';
import { paletteColours, themeColours } from '../../src/annotate/colours';
import { DEFAULT_NOTE_BOX, DocWorkbook, key, NO_FILL, type DocSheet, type Fill, type Scalar, type Visibility } from '../excel-double/state';

/**
 * A strict stand-in for WPS 表格's JavaScript object model (window.Application
 * inside a WPS 加载项), built from the table in addin/wps/API.md and nothing
 * else: 1-based Item, Value2 as a scalar for one cell and rows of values for
 * several (empty cells undefined, dates as serial numbers, errors as COM's
 * CVErr numbers), COM enum numbers (xlSheetVeryHidden = 2, xlNone = -4142),
 * colours as BGR numbers, SheetChange through Application.ApiEvent — fired
 * for the add-in's own writes too, as ET fires it. Reading or writing any
 * member the table does not list throws, and so does writing a read-only one.
 *
 * It holds the same document as the Excel double (test/excel-double/state.ts),
 * so one .xlsx opens identically in both and a test can compare the hosts.
 */

export class WpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WpsError';
  }
}

/** Wraps an object so that only its own members exist; writes only to members with a setter. */
function strict<T extends object>(what: string, members: T): T {
  return new Proxy(members, {
    get(t, p) {
      // Symbols and the promise probe `then` are what JS itself asks of any object.
      if (typeof p === 'symbol' || p === 'then') return undefined;
      if (!(p in t)) throw new WpsError(`${what} 没有成员 ${String(p)}（不在 API.md 的表中）`);
      return Reflect.get(t, p);
    },
    set(t, p, v) {
      const d = Object.getOwnPropertyDescriptor(t, p);
      if (!d) throw new WpsError(`${what} 没有成员 ${String(p)}（不在 API.md 的表中）`);
      if (!d.set && !d.writable) throw new WpsError(`${what}.${String(p)} 是只读的`);
      return Reflect.set(t, p, v);
    },
    has: (t, p) => p in t,
  });
}

/**
 * XlThemeColor (VBA interior.themecolor) of each theme colour as the file
 * numbers it: the file's 0–3 are 背景 1, 文字 1, 背景 2, 文字 2, which are
 * xlThemeColorLight1 2, Dark1 1, Light2 4, Dark2 3; accents and links follow.
 */
const XL_THEME_COLOR = [2, 1, 4, 3, 5, 6, 7, 8, 9, 10, 11, 12];
/** The workbook's theme colours and palette (the double's workbooks use Office's own). */
const THEME = themeColours(undefined);
const PALETTE = paletteColours('<styleSheet/>');

export const XL = { sheetVisible: -1, sheetHidden: 0, sheetVeryHidden: 2, none: -4142, solid: 1, colorWhite: 16777215 } as const;

const VISIBLE: Record<Visibility, number> = { Visible: XL.sheetVisible, Hidden: XL.sheetHidden, VeryHidden: XL.sheetVeryHidden };

const PATTERNS: Record<string, number> = {
  Solid: 1, Gray75: -4126, Gray50: -4125, Gray25: -4124, Gray16: 17, Gray8: 18, Horizontal: -4128, Vertical: -4166, Down: -4121, Up: -4162,
  Checker: 9, SemiGray75: 10, LightHorizontal: 11, LightVertical: 12, LightDown: 13, LightUp: 14, Grid: 15, CrissCross: 16,
  // VBA XlPattern: xlPatternLinearGradient, xlPatternRectangularGradient (a gradient fill reads as one of these).
  LinearGradient: 4000, RectangularGradient: 4001,
};
const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([k, v]) => [v, k]));

/** COM's CVErr values as Value2 hands them to script. */
export const CVERR: Record<string, number> = {
  '#DIV/0!': -2146826281, '#N/A': -2146826246, '#NAME?': -2146826259, '#NULL!': -2146826288, '#NUM!': -2146826252, '#REF!': -2146826265, '#VALUE!': -2146826273,
};

export const toBgr = (hex: string): number => {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
export const toHex = (bgr: number): string =>
  `#${[bgr & 0xff, (bgr >> 8) & 0xff, (bgr >> 16) & 0xff].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;

export interface WpsDoubleOptions {
  /** The file name WPS shows (Workbook.Name). */
  name?: string;
  /** Application.ApiEvent (add-in events); false plays a WPS build without them. */
  events?: boolean;
  /** GetSaveAsFilename and SaveCopyAs; false plays a build without them. */
  saveDialog?: boolean;
  /** What the save dialog answers: a path, or false for "cancelled". */
  savePath?: string | false;
}

type Handler = (...args: unknown[]) => void;

export class WpsDouble {
  readonly Application: unknown;
  /** Paths SaveCopyAs wrote to, with the fills the copy held (a copy of the workbook as it was). */
  readonly savedCopies: { path: string; fills: number }[] = [];
  /** Calls into the object model, for tests that bound the work. */
  calls = 0;
  displayAlerts = true;
  private readonly listeners = new Map<string, Set<Handler>>();
  /** PluginStorage: what the add-in's pages share (the ribbon's entry page writes, the pane reads). */
  readonly storage = new Map<string, unknown>();

  constructor(
    readonly doc: DocWorkbook,
    private readonly options: WpsDoubleOptions = {},
  ) {
    if (!doc.activeSheetId) doc.activeSheetId = doc.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
    this.Application = this.application();
  }

  private count(): void {
    this.calls++;
  }

  // ---- the tests' side (what the clerk does in WPS) ----

  /** The clerk types into cells (a value, or rows of values from `address` on): the cells change and SheetChange fires. */
  type(sheet: string, address: string, value: unknown): void {
    const s = this.need(sheet);
    const rect = parseRange(address);
    this.write(s, rect, value);
  }

  /** The clerk inserts (count > 0) or deletes whole rows: SheetChange fires with the whole rows. */
  shiftRows(sheet: string, at: number, count: number): void {
    const s = this.need(sheet);
    s.shiftRows(at, count);
    this.fire(s, { r1: at, c1: 1, r2: at + Math.abs(count) - 1, c2: MAX_COLS });
  }

  listening(name: string): number {
    return this.listeners.get(name)?.size ?? 0;
  }

  private need(name: string): DocSheet {
    const s = this.doc.sheet(name);
    if (!s) throw new WpsError(`没有工作表 ${name}`);
    return s;
  }

  private fire(sheet: DocSheet, rect: Rect): void {
    for (const h of [...(this.listeners.get('SheetChange') ?? [])]) h(this.worksheet(sheet), this.range(sheet, rect));
  }

  private write(s: DocSheet, rect: Rect, value: unknown): void {
    const rows = rect.r2 - rect.r1 + 1;
    const cols = rect.c2 - rect.c1 + 1;
    if (Array.isArray(value)) {
      if (value.length !== rows || (value as unknown[][]).some((line) => !Array.isArray(line) || line.length !== cols)) throw new WpsError(`Value2 的行列数与区域 ${formatRange(rect)} 不符`);
      (value as unknown[][]).forEach((line, i) => line.forEach((v, j) => s.write(rect.r1 + i, rect.c1 + j, v)));
    } else for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) s.write(r, c, value);
    this.fire(s, rect);
  }

  // ---- the object model ----

  private application(): unknown {
    const self = this;
    const app: Record<string, unknown> = {
      get ActiveWorkbook() {
        self.count();
        return self.workbook();
      },
      get ActiveSheet() {
        self.count();
        const s = self.doc.sheets.find((x) => x.id === self.doc.activeSheetId);
        return s ? self.worksheet(s) : null;
      },
      get DisplayAlerts() {
        return self.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        self.displayAlerts = Boolean(v);
      },
      PluginStorage: strict('PluginStorage', {
        getItem: (k: string) => self.storage.get(String(k)),
        setItem: (k: string, v: unknown) => void self.storage.set(String(k), v),
      }),
    };
    if (this.options.events !== false) {
      app.ApiEvent = strict('ApiEvent', {
        AddApiEventListener(name: string, handler: Handler) {
          if (name !== 'SheetChange') throw new WpsError(`替身没有事件 ${name}`);
          let set = self.listeners.get(name);
          if (!set) self.listeners.set(name, (set = new Set()));
          set.add(handler);
        },
        RemoveApiEventListener(name: string, handler: Handler) {
          self.listeners.get(name)?.delete(handler);
        },
      });
    }
    if (this.options.saveDialog !== false) {
      app.GetSaveAsFilename = (initial?: string) => {
        self.count();
        const p = self.options.savePath;
        return p === undefined ? `C:\\Users\\clerk\\Documents\\${initial ?? 'copy.xlsx'}` : p;
      };
    }
    return strict('Application', app);
  }

  private workbook(): unknown {
    const self = this;
    const wb: Record<string, unknown> = {
      get Name() {
        return self.options.name ?? '备案.xlsx';
      },
      get Worksheets() {
        return self.worksheets();
      },
    };
    if (this.options.saveDialog !== false) {
      wb.SaveCopyAs = (path: string) => {
        self.count();
        if (typeof path !== 'string' || !path) throw new WpsError('SaveCopyAs 需要文件路径');
        self.savedCopies.push({ path, fills: self.doc.sheets.reduce((n, s) => n + s.fills.size, 0) });
      };
    }
    return strict('Workbook', wb);
  }

  private worksheets(): unknown {
    const self = this;
    return strict('Worksheets', {
      get Count() {
        self.count();
        return self.doc.sheets.length;
      },
      Item(index: number | string) {
        self.count();
        const s = typeof index === 'number' ? self.doc.sheets[index - 1] : self.doc.sheet(String(index));
        if (!s) throw new WpsError(`下标越界：Worksheets.Item(${JSON.stringify(index)})`);
        return self.worksheet(s);
      },
      Add(before?: { Name: string } | null, after?: { Name: string } | null) {
        self.count();
        let at = 0;
        const sheetIndex = (ws: { Name: string }) => self.doc.sheets.findIndex((s) => s.name === ws.Name);
        if (after) at = sheetIndex(after) + 1;
        else if (before) at = sheetIndex(before);
        let n = self.doc.sheets.length + 1;
        while (self.doc.sheet(`Sheet${n}`)) n++;
        const s = self.doc.addSheet(`Sheet${n}`, 'Visible', at);
        // ET makes the sheet it adds the active one.
        self.doc.activeSheetId = s.id;
        return self.worksheet(s);
      },
    });
  }

  private alive(s: DocSheet): DocSheet {
    if (!this.doc.sheets.includes(s)) throw new WpsError(`工作表 ${s.name} 已删除`);
    return s;
  }

  private worksheet(s: DocSheet): unknown {
    const self = this;
    return strict('Worksheet', {
      get Name() {
        self.count();
        return self.alive(s).name;
      },
      set Name(v: string) {
        self.count();
        const other = self.doc.sheet(v);
        if (other && other !== s) throw new WpsError(`工作表名 ${v} 已存在`);
        if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new WpsError(`工作表名 ${v} 不合规`);
        self.alive(s).name = v;
      },
      get Visible() {
        self.count();
        return VISIBLE[self.alive(s).visibility];
      },
      set Visible(v: number | boolean) {
        self.count();
        const n = v === true ? XL.sheetVisible : v === false ? XL.sheetHidden : v;
        const vis = (Object.keys(VISIBLE) as Visibility[]).find((k) => VISIBLE[k] === n);
        if (!vis) throw new WpsError(`Visible 取值 ${String(v)} 无效`);
        if (vis !== 'Visible' && self.doc.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw new WpsError('工作簿至少要有一张可见的工作表');
        self.alive(s).visibility = vis;
        if (vis !== 'Visible' && self.doc.activeSheetId === s.id) self.doc.activeSheetId = self.doc.sheets.find((x) => x.visibility === 'Visible')!.id;
      },
      get UsedRange() {
        self.count();
        return self.range(s, self.used(self.alive(s)));
      },
      Range(address: string) {
        self.count();
        if (typeof address !== 'string' || /[$,]/.test(address)) throw new WpsError(`替身只接受形如 A1 或 A1:B2 的地址：${address}`);
        return self.range(self.alive(s), parseRange(address));
      },
      get Hyperlinks() {
        return strict('Hyperlinks', {
          Add(anchor: { Row: number; Column: number }, address: string, subAddress?: string, screenTip?: string, text?: string) {
            self.count();
            s.hyperlinks.set(key(anchor.Row, anchor.Column), { address: address || undefined, documentReference: subAddress, screenTip, textToDisplay: text });
            if (text !== undefined) s.put(anchor.Row, anchor.Column, { value: text });
          },
        });
      },
      Activate() {
        self.count();
        if (self.alive(s).visibility !== 'Visible') throw new WpsError('不能激活隐藏的工作表');
        self.doc.activeSheetId = s.id;
      },
      Delete() {
        self.count();
        // ET asks the user to confirm a deletion unless DisplayAlerts is off: a script waiting on a dialog is a hung pane.
        if (self.displayAlerts) throw new WpsError('删除工作表会弹出确认框：请先关闭 DisplayAlerts');
        self.doc.sheets.splice(self.doc.sheets.indexOf(self.alive(s)), 1);
        if (self.doc.activeSheetId === s.id) self.doc.activeSheetId = self.doc.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
      },
    });
  }

  /** UsedRange: cells with content or formatting (fills, formats, notes); A1 on an empty sheet. */
  private used(s: DocSheet): Rect {
    let r = s.usedRect();
    for (const k of [...s.numFmts.keys(), ...s.fills.keys(), ...s.notes.keys()]) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      r = r ? { r1: Math.min(r.r1, row), c1: Math.min(r.c1, col), r2: Math.max(r.r2, row), c2: Math.max(r.c2, col) } : { r1: row, c1: col, r2: row, c2: col };
    }
    return r ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
  }

  private cells(rect: Rect): { r: number; c: number }[] {
    const out: { r: number; c: number }[] = [];
    for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) out.push({ r, c });
    return out;
  }

  /** One value for the whole range, or null where the cells differ (how ET answers a format of many cells). */
  private common<T>(rect: Rect, get: (r: number, c: number) => T): T | null {
    if ((rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) > 4_000_000) throw new WpsError('替身不读这么大的区域');
    let first: T | undefined;
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const v = get(r, c);
        if (first === undefined) first = v;
        else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  private value2(s: DocSheet, r: number, c: number): Scalar | undefined {
    const err = s.errors.get(key(r, c));
    if (err !== undefined) return CVERR[err] ?? CVERR['#VALUE!'];
    return s.rows[r - 1]?.[c - 1];
  }

  private shaped(rect: Rect, get: (r: number, c: number) => unknown): unknown {
    if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return get(rect.r1, rect.c1);
    if ((rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) > 4_000_000) throw new WpsError('替身不读这么大的区域');
    const out: unknown[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const line: unknown[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) line.push(get(r, c));
      out.push(line);
    }
    return out;
  }

  private mergeOf(s: DocSheet, r: number, c: number): Rect | undefined {
    return s.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  }

  private single(rect: Rect, member: string): void {
    if (rect.r1 !== rect.r2 || rect.c1 !== rect.c2) throw new WpsError(`替身只为单个单元格提供 ${member}`);
  }

  private range(s: DocSheet, rect: Rect): unknown {
    if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLS) throw new WpsError(`区域越界：${formatRange(rect)}`);
    const self = this;
    const fill = (r: number, c: number): Fill => s.fill(r, c);
    const setFill = (f: (old: Fill | undefined) => Fill | null) => {
      for (const { r, c } of self.cells(rect)) {
        const next = f(s.fills.get(key(r, c)));
        if (next) s.fills.set(key(r, c), next);
        else s.fills.delete(key(r, c));
      }
    };
    const style = (name: string, v: unknown) => {
      for (const { r, c } of self.cells(rect)) s.styles.set(key(r, c), { ...(s.styles.get(key(r, c)) ?? {}), [name]: v });
    };
    const styleOf = (name: string) => self.common(rect, (r, c) => (s.styles.get(key(r, c))?.[name] as unknown) ?? null);
    return strict('Range', {
      get Row() {
        return rect.r1;
      },
      get Column() {
        return rect.c1;
      },
      get Rows() {
        return strict('Rows', { Count: rect.r2 - rect.r1 + 1 });
      },
      get Columns() {
        return strict('Columns', { Count: rect.c2 - rect.c1 + 1 });
      },
      get Worksheet() {
        return self.worksheet(s);
      },
      get Value2() {
        self.count();
        return self.shaped(rect, (r, c) => self.value2(s, r, c));
      },
      set Value2(v: unknown) {
        self.count();
        self.write(s, rect, v);
      },
      get Formula() {
        self.count();
        return self.shaped(rect, (r, c) => {
          const k = key(r, c);
          return s.formulas.get(k) ?? s.errors.get(k) ?? s.rows[r - 1]?.[c - 1] ?? '';
        });
      },
      get NumberFormat() {
        self.count();
        return self.common(rect, (r, c) => s.numberFormat(r, c));
      },
      set NumberFormat(code: string | null) {
        if (typeof code !== 'string') throw new WpsError('NumberFormat 需要格式代码');
        self.count();
        for (const { r, c } of self.cells(rect)) s.setNumberFormat(r, c, code);
      },
      get Text() {
        self.count();
        self.single(rect, 'Text');
        const v = self.value2(s, rect.r1, rect.c1);
        const err = s.errors.get(key(rect.r1, rect.c1));
        return err ?? (v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
      },
      get MergeCells() {
        self.count();
        let merged = 0;
        const all = self.cells(rect);
        for (const { r, c } of all) if (self.mergeOf(s, r, c)) merged++;
        return merged === 0 ? false : merged === all.length ? true : null;
      },
      get MergeArea() {
        self.count();
        self.single(rect, 'MergeArea');
        return self.range(s, self.mergeOf(s, rect.r1, rect.c1) ?? rect);
      },
      get Interior() {
        return strict('Interior', {
          get Color() {
            self.count();
            return self.common(rect, (r, c) => (s.fills.has(key(r, c)) ? toBgr(fill(r, c).color) : XL.colorWhite));
          },
          set Color(v: number | null) {
            self.count();
            if (typeof v !== 'number' || v < 0 || v > 0xffffff) throw new WpsError(`Interior.Color 需要 BGR 数值：${String(v)}`);
            setFill((old) => ({ color: toHex(v), pattern: old && old.pattern !== 'None' ? old.pattern : 'Solid', patternColor: old?.patternColor ?? null }));
          },
          get Pattern() {
            self.count();
            return self.common(rect, (r, c) => (s.fills.has(key(r, c)) ? PATTERNS[fill(r, c).pattern] : XL.none));
          },
          set Pattern(v: number | null) {
            self.count();
            if (v === XL.none) {
              setFill(() => null);
              return;
            }
            const name = PATTERN_NAMES.get(v as number);
            if (!name) throw new WpsError(`Interior.Pattern 取值 ${String(v)} 无效`);
            setFill((old) => ({ color: old?.color ?? NO_FILL.color, pattern: name, patternColor: old?.patternColor ?? null }));
          },
          get PatternColor() {
            self.count();
            return self.common(rect, (r, c) => {
              const pc = s.fills.get(key(r, c))?.patternColor;
              return pc ? toBgr(pc) : 0;
            });
          },
          set PatternColor(v: number | null) {
            self.count();
            if (typeof v !== 'number') throw new WpsError('Interior.PatternColor 需要 BGR 数值');
            setFill((old) => (old ? { ...old, patternColor: toHex(v) } : { color: NO_FILL.color, pattern: 'Solid', patternColor: toHex(v) }));
          },
          // VBA interior.themecolor: reading it where the colour is not a theme colour is an invalid request.
          get ThemeColor() {
            self.count();
            return self.common(rect, (r, c) => {
              const theme = s.fills.get(key(r, c))?.theme;
              if (theme === undefined) throw new WpsError('Interior.ThemeColor：单元格的颜色不是主题颜色');
              return XL_THEME_COLOR[theme];
            });
          },
          set ThemeColor(v: number | null) {
            self.count();
            const theme = XL_THEME_COLOR.indexOf(v as number);
            if (theme < 0) throw new WpsError(`Interior.ThemeColor 取值 ${String(v)} 无效`);
            setFill((old) => ({ color: THEME[theme], pattern: old && old.pattern !== 'None' ? old.pattern : 'Solid', patternColor: old?.patternColor ?? null, theme }));
          },
          get TintAndShade() {
            self.count();
            return self.common(rect, (r, c) => s.fills.get(key(r, c))?.tintAndShade ?? 0);
          },
          set TintAndShade(v: number | null) {
            self.count();
            if (typeof v !== 'number' || !(v >= -1 && v <= 1)) throw new WpsError('Interior.TintAndShade 需要 -1 到 1 的数');
            setFill((old) => {
              const { tintAndShade: _, ...rest } = old ?? { ...NO_FILL, pattern: 'Solid' };
              return v === 0 ? rest : { ...rest, tintAndShade: v };
            });
          },
          set ColorIndex(v: number | null) {
            self.count();
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 56) throw new WpsError(`Interior.ColorIndex 取值 ${String(v)} 无效`);
            setFill((old) => ({ color: PALETTE[v + 7], pattern: old && old.pattern !== 'None' ? old.pattern : 'Solid', patternColor: old?.patternColor ?? null, indexed: v + 7 }));
          },
        });
      },
      get Font() {
        return strict('Font', {
          get Bold() {
            return styleOf('bold') as boolean | null;
          },
          set Bold(v: boolean | null) {
            style('bold', v);
          },
          get Color() {
            const c = styleOf('fontColor');
            return typeof c === 'string' ? toBgr(c) : null;
          },
          set Color(v: number | null) {
            if (typeof v !== 'number') throw new WpsError('Font.Color 需要 BGR 数值');
            style('fontColor', toHex(v));
          },
          get Underline() {
            return styleOf('underline') as number | null;
          },
          set Underline(v: number | null) {
            style('underline', v);
          },
        });
      },
      get ColumnWidth() {
        return self.common(rect, (_r, c) => s.columnWidths.get(c) ?? 8.38);
      },
      set ColumnWidth(w: number | null) {
        if (typeof w !== 'number' || w < 0 || w > 255) throw new WpsError(`ColumnWidth 取值 ${String(w)} 无效`);
        for (let c = rect.c1; c <= rect.c2; c++) s.columnWidths.set(c, w);
      },
      get WrapText() {
        return styleOf('wrapText') as boolean | null;
      },
      set WrapText(v: boolean | null) {
        style('wrapText', v);
      },
      get Comment() {
        self.count();
        self.single(rect, 'Comment');
        return s.notes.has(key(rect.r1, rect.c1)) ? self.comment(s, rect.r1, rect.c1) : null;
      },
      AddComment(text?: string) {
        self.count();
        self.single(rect, 'AddComment');
        if (s.notes.has(key(rect.r1, rect.c1))) throw new WpsError(`${s.describe(rect.r1, rect.c1)} 已有批注`);
        s.notes.set(key(rect.r1, rect.c1), text ?? '');
        return self.comment(s, rect.r1, rect.c1);
      },
      get Validation() {
        return strict('Validation', {
          Add(type: number, alertStyle?: number, operator?: number, formula1?: string) {
            self.count();
            if (s.validations.some((v) => v.rect.r1 <= rect.r2 && v.rect.r2 >= rect.r1 && v.rect.c1 <= rect.c2 && v.rect.c2 >= rect.c1)) throw new WpsError('区域已有数据有效性，请先 Delete');
            s.validations.push({ rect, rule: { type, operator, formula1 }, errorAlert: { style: alertStyle } });
          },
          Delete() {
            self.count();
            s.validations = s.validations.filter((v) => !(v.rect.r1 >= rect.r1 && v.rect.r2 <= rect.r2 && v.rect.c1 >= rect.c1 && v.rect.c2 <= rect.c2));
          },
        });
      },
      Select() {
        self.count();
        // ET selects only on the active sheet ("Range 类的 Select 方法无效" otherwise).
        if (self.doc.activeSheetId !== s.id) throw new WpsError('只能选择活动工作表上的区域');
        self.doc.selection = { sheetId: s.id, address: formatRange(rect) };
      },
      Clear() {
        self.count();
        for (const { r, c } of self.cells(rect)) {
          const k = key(r, c);
          s.put(r, c, { value: null, numFmt: 'General' });
          for (const m of [s.fills, s.notes, s.hyperlinks, s.styles] as Map<number, unknown>[]) m.delete(k);
        }
        self.fire(s, rect);
      },
    });
  }

  private comment(s: DocSheet, r: number, c: number): unknown {
    const self = this;
    return strict('Comment', {
      Text(text?: string) {
        self.count();
        if (!s.notes.has(key(r, c))) throw new WpsError('批注已删除');
        if (text !== undefined) s.notes.set(key(r, c), String(text));
        return s.notes.get(key(r, c))!;
      },
      Delete() {
        self.count();
        s.notes.delete(key(r, c));
        s.noteBoxes.delete(key(r, c));
      },
      // VBA comment.shape: the note's box, Width and Height in points.
      get Shape() {
        if (!s.notes.has(key(r, c))) throw new WpsError('批注已删除');
        const side = (name: 'width' | 'height') => ({
          get: () => (s.noteBoxes.get(key(r, c)) ?? DEFAULT_NOTE_BOX)[name],
          set: (v: number) => {
            self.count();
            if (typeof v !== 'number' || !(v > 0)) throw new WpsError(`Shape.${name} 需要正数（磅）`);
            s.noteBoxes.set(key(r, c), { ...(s.noteBoxes.get(key(r, c)) ?? DEFAULT_NOTE_BOX), [name]: v });
          },
        });
        const width = side('width');
        const height = side('height');
        return strict('Shape', {
          get Width() {
            return width.get();
          },
          set Width(v: number) {
            width.set(v);
          },
          get Height() {
            return height.get();
          },
          set Height(v: number) {
            height.set(v);
          },
        });
      },
    });
  }
}

/** Where a cell is in A1 terms, for tests' messages. */
export const where = (sheet: string, r: number, c: number): string => `${sheet}!${a1(r, c)}`;
