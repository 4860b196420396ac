import { a1 } from '../../src/model/cell';
import { cellCount, formatRange, intersects, MAX_COLS, MAX_ROWS, parseAreas, parseRange, sheetOf, type Rect } from '../../src/model/range';
import { apiNotFound, invalidArgument, itemNotFound, notLoaded, OfficeError, valueNotLoaded } from './errors';
import { jsonBytes } from '../../addin/office/payload';
import { DEFAULT_NOTE_BOX, key, NO_FILL, type DocSheet, type DocWorkbook, type Fill, type Hyperlink, type NoteBox } from './state';

/**
 * Client-side proxies with Office.js semantics: navigating and calling
 * methods only queues work; `context.sync()` runs the queue in order against
 * the document; a property can be read only after it was loaded and synced,
 * and a method's result only after the sync (ClientResult). Each API checks
 * the ExcelApi version the double claims and fails at sync with ApiNotFound
 * where the host would not have it.
 */

/** What the proxies need from the double. */
export interface Core {
  readonly doc: DocWorkbook;
  /** ExcelApi 1.minor available? */
  supports(minor: number): boolean;
  readonly cellLimit: number;
  /** A change made through the API, raised as onChanged after the sync. */
  changed(sheet: DocSheet, rect: Rect, kind: 'value' | 'format'): void;
  sheetAdded(sheet: DocSheet): void;
  sheetDeleted(sheet: DocSheet): void;
  addHandler(reg: Registration): void;
  removeHandler(reg: Registration): void;
  loadXlsx?(bytes: Uint8Array): Promise<DocWorkbook>;
  sync(ctx: RequestContext): Promise<void>;
  nextId(prefix: string): string;
}

export interface Registration {
  kind: 'sheetChanged' | 'changed' | 'added' | 'deleted';
  sheetId?: string;
  handler: (args: unknown) => unknown;
}

export interface Op {
  proxy: ClientObject | null;
  /** Request bytes of the action and its arguments. */
  bytes: number;
  /** Applies the action; returns the response bytes it produced. */
  run(): number | void | Promise<number | void>;
  /** Makes loaded values visible once the whole sync succeeded. */
  commit?(): void;
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  /** @internal */ _queue: Op[] = [];
  constructor(readonly _core: Core) {
    this.workbook = new Workbook(this, 'workbook');
  }
  sync(): Promise<void> {
    return this._core.sync(this);
  }
  /** @internal */ _push(op: Op): void {
    this._queue.push(op);
  }
}

export class ClientResult<T> {
  private loaded = false;
  private v: T | undefined;
  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.v as T;
  }
  /** @internal */ _set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
}

type Getter<T> = (t: T, self: ClientObject<T>) => unknown;
type Setter<T> = (t: T, v: unknown, self: ClientObject<T>) => void;
export interface PropDef<T> {
  get?: Getter<T>;
  set?: Setter<T>;
  /** ExcelApi minor version that brought it. */
  since?: number;
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === 'string' || typeof o.expand === 'string') return [...parseLoad(o.select), ...parseLoad(o.expand)];
    const out: string[] = [];
    for (const [k, v] of Object.entries(o)) {
      if (k.startsWith('$')) continue;
      if (v === true) out.push(k);
      else if (typeof v === 'object' && v !== null) for (const sub of parseLoad(v)) out.push(`${k}/${sub}`);
    }
    return out;
  }
  return [];
}

export abstract class ClientObject<T = unknown> {
  /** Scalar properties: how to read and write them on the target. */
  static props: Record<string, PropDef<never>> = {};
  /** @internal */ readonly _loaded = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    /** @internal */ readonly _path: string,
    /** @internal */ readonly _resolver: () => T | null = () => null,
    /** @internal */ readonly _orNull = false,
  ) {}

  /** @internal */ get _core(): Core {
    return this.context._core;
  }

  /** @internal Resolves the target at sync time. */
  _target(): T {
    const t = this._resolver();
    if (t === null) throw itemNotFound(this._path);
    return t;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded('isNullObject');
    return this._isNull;
  }

  private static propsOf(o: ClientObject<unknown>): Record<string, PropDef<unknown>> {
    return (o.constructor as typeof ClientObject).props as Record<string, PropDef<unknown>>;
  }

  /** @internal */ _get(name: string): unknown {
    if (!this._loaded.has(name)) throw notLoaded(name);
    return this._loaded.get(name);
  }

  /** @internal */ _setProp(name: string, value: unknown): void {
    const def = ClientObject.propsOf(this)[name];
    if (!def?.set) throw new TypeError(`Cannot set property ${name}`);
    this._require(def.since, name);
    this._queue({
      bytes: jsonBytes({ [name]: value }) + 8,
      run: () => {
        def.set!(this._target(), value, this as ClientObject<unknown>);
      },
    });
  }

  /** @internal */ _queue(op: Omit<Op, 'proxy'>): void {
    this.context._push({ ...op, proxy: this as ClientObject });
  }

  /** @internal Queues an ApiNotFound failure where the host lacks the API. */
  _require(since: number | undefined, api: string): void {
    if (since !== undefined && !this._core.supports(since)) {
      this._queue({
        bytes: 20,
        run: () => {
          throw apiNotFound(`${this.constructor.name}.${api}`, `ExcelApi 1.${since}`);
        },
      });
    }
  }

  /** @internal Queues a method with a result. */
  _call<R>(name: string, args: unknown[], since: number | undefined, run: (t: T) => R): ClientResult<R> {
    this._require(since, name);
    const result = new ClientResult<R>();
    let value: R;
    this._queue({
      bytes: jsonBytes(args) + name.length + 8,
      run: () => {
        value = run(this._target());
        return value === undefined ? 0 : jsonBytes(value);
      },
      commit: () => result._set(value),
    });
    return result;
  }

  /** Navigation property by name (for load paths such as "format/fill/color"). */
  protected _nav(name: string): ClientObject<unknown> {
    const v = (this as unknown as Record<string, unknown>)[name];
    if (v instanceof ClientObject) return v as ClientObject<unknown>;
    throw invalidArgument(`load path ${name}`);
  }

  load(arg?: unknown): this {
    const paths = parseLoad(arg);
    const local: string[] = [];
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length) this._nav(head).load(rest.join('/'));
      else local.push(head);
    }
    if (local.length || !paths.length) this._loadProps(local.length ? local : Object.keys(ClientObject.propsOf(this)).filter((k) => ClientObject.propsOf(this)[k].get));
    return this;
  }

  /** @internal */ _loadProps(names: string[]): void {
    const defs = ClientObject.propsOf(this);
    for (const n of names) {
      if (!defs[n]?.get) throw invalidArgument(`property ${n} of ${this.constructor.name}`);
      this._require(defs[n].since, n);
    }
    let got: Map<string, unknown> | null = null;
    let isNull = false;
    this._queue({
      bytes: jsonBytes(names) + 8,
      run: () => {
        const t = this._resolver();
        got = new Map();
        if (t === null) {
          if (!this._orNull) throw itemNotFound(this._path);
          isNull = true;
          for (const n of names) got.set(n, null);
          return 16;
        }
        let bytes = 0;
        for (const n of names) {
          const v = defs[n].get!(t, this as ClientObject<unknown>);
          got.set(n, v);
          bytes += n.length + 3 + jsonBytes(v);
        }
        return bytes;
      },
      commit: () => {
        this._isNull = isNull;
        for (const [k, v] of got!) this._loaded.set(k, v);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** Declares accessors for the scalar properties in `props`. */
function install(cls: { props: Record<string, PropDef<never>>; prototype: object }): void {
  for (const [name, def] of Object.entries(cls.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._get(name);
      },
      set: def.set
        ? function (this: ClientObject, v: unknown) {
            this._setProp(name, v);
          }
        : undefined,
    });
  }
}

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
  sheet: DocSheet;
  rect: Rect;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheet: DocSheet, rect: Rect): string {
  return `${quoteSheet(sheet.name)}!${formatRange(rect)}`;
}

function grid<V>(r: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.r1; row <= r.r2; row++) {
    const line: V[] = new Array(r.c2 - r.c1 + 1);
    for (let col = r.c1; col <= r.c2; col++) line[col - r.c1] = f(row, col);
    out.push(line);
  }
  return out;
}

/** Reads of per-cell arrays are refused past the host's cell limit. */
function cellsGuard(core: Core, r: Rect): void {
  if (cellCount(r) > core.cellLimit) throw new OfficeError('RangeExceedsLimit', `The range has ${cellCount(r)} cells, more than the ${core.cellLimit} allowed for this operation.`);
}

function eachInput(t: RangeTarget, v: unknown, write: (row: number, col: number, x: unknown) => void): void {
  const rows = t.rect.r2 - t.rect.r1 + 1;
  const cols = t.rect.c2 - t.rect.c1 + 1;
  if (!Array.isArray(v)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) write(t.rect.r1 + r, t.rect.c1 + c, v);
    return;
  }
  if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw invalidArgument(`the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols})`);
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) write(t.rect.r1 + r, t.rect.c1 + c, (v[r] as unknown[])[c]);
}

function sameFill(t: RangeTarget): Fill | null {
  let first: Fill | null = null;
  for (let r = t.rect.r1; r <= t.rect.r2; r++) {
    for (let c = t.rect.c1; c <= t.rect.c2; c++) {
      const f = t.sheet.fill(r, c);
      if (!first) first = f;
      else if (f.color !== first.color || f.pattern !== first.pattern || f.tintAndShade !== first.tintAndShade) return null;
    }
  }
  return first;
}

export class RangeFill extends ClientObject<RangeTarget[]> {
  declare color: string | null;
  declare pattern: string | null;
  declare patternColor: string | null;
  declare tintAndShade: number | null;

  static override props: Record<string, PropDef<never>> = {
    // A colour set by value replaces the cell's theme colour or palette entry, and its tint.
    color: {
      get: (ts: RangeTarget[]) => (ts.length === 1 ? (sameFill(ts[0])?.color ?? null) : null),
      set: (ts: RangeTarget[], v: unknown) => fillAll(ts, () => ({ color: normColor(v), pattern: 'Solid', patternColor: null })),
    },
    pattern: {
      since: 9,
      get: (ts: RangeTarget[]) => (ts.length === 1 ? (sameFill(ts[0])?.pattern ?? null) : null),
      set: (ts: RangeTarget[], v: unknown) => fillAll(ts, (old) => ({ ...old, pattern: settablePattern(v) })),
    },
    patternColor: {
      since: 9,
      get: (ts: RangeTarget[]) => (ts.length === 1 ? (sameFill(ts[0])?.patternColor ?? null) : null),
      set: (ts: RangeTarget[], v: unknown) => fillAll(ts, (old) => ({ ...old, patternColor: normColor(v) })),
    },
    // RangeFill.tintAndShade (ExcelApi 1.9): −1 darkest to 1 lightest, 0 the colour itself; null for no fill
    // (as Excel answers for "No Fill"), or where the range's cells differ.
    tintAndShade: {
      since: 9,
      get: (ts: RangeTarget[]) => {
        const f = ts.length === 1 ? sameFill(ts[0]) : null;
        return !f || f === NO_FILL ? null : (f.tintAndShade ?? 0);
      },
      set: (ts: RangeTarget[], v: unknown) => fillAll(ts, (old) => withTint(old, v)),
    },
  } as never;
  clear(): void {
    this._queue({
      bytes: 16,
      run: () => {
        for (const t of this._target()) {
          for (let r = t.rect.r1; r <= t.rect.r2; r++) for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.fills.delete(key(r, c));
          this._core.changed(t.sheet, t.rect, 'format');
        }
      },
    });
  }
}
install(RangeFill);

/** RangeFill.pattern: "LinearGradient and RectangularGradient are not supported" (they are read, never set). */
function settablePattern(v: unknown): string {
  const p = String(v);
  if (p === 'LinearGradient' || p === 'RectangularGradient') throw invalidArgument(`fill pattern ${p}`);
  return p;
}

function withTint(old: Fill, v: unknown): Fill {
  if (typeof v !== 'number' || !(v >= -1 && v <= 1)) throw invalidArgument(`tintAndShade ${String(v)}`);
  const { tintAndShade: _, ...rest } = old;
  return v === 0 ? rest : { ...rest, tintAndShade: v };
}

function normColor(v: unknown): string {
  const s = String(v).trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (!hex) throw invalidArgument(`colour ${s}`);
  return `#${hex[1].toUpperCase()}`;
}

function fillAll(ts: RangeTarget[], f: (old: Fill) => Fill): void {
  for (const t of ts) {
    for (let r = t.rect.r1; r <= t.rect.r2; r++) {
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        const old = t.sheet.fill(r, c);
        t.sheet.fills.set(key(r, c), f(old === NO_FILL ? { ...NO_FILL } : old));
      }
    }
  }
}

function styleAll(ts: RangeTarget[], name: string, v: unknown): void {
  for (const t of ts) {
    for (let r = t.rect.r1; r <= t.rect.r2; r++) {
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        const k = key(r, c);
        t.sheet.styles.set(k, { ...t.sheet.styles.get(k), [name]: v });
      }
    }
  }
}

export class RangeFont extends ClientObject<RangeTarget[]> {
  static override props = Object.fromEntries(
    ['bold', 'italic', 'color', 'underline', 'size', 'name'].map((n) => [n, { set: (ts: RangeTarget[], v: unknown) => styleAll(ts, `font.${n}`, v) }]),
  ) as Record<string, PropDef<never>>;
}
install(RangeFont);

export class RangeFormat extends ClientObject<RangeTarget[]> {
  static override props = {
    ...Object.fromEntries(['wrapText', 'horizontalAlignment', 'verticalAlignment', 'rowHeight'].map((n) => [n, { set: (ts: RangeTarget[], v: unknown) => styleAll(ts, n, v) }])),
    columnWidth: {
      set: (ts: RangeTarget[], v: unknown) => {
        for (const t of ts) for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, Number(v));
      },
    },
  } as Record<string, PropDef<never>>;
  readonly fill = new RangeFill(this.context, `${this._path}.format.fill`, this._resolver);
  readonly font = new RangeFont(this.context, `${this._path}.format.font`, this._resolver);
}
install(RangeFormat);

export class DataValidation extends ClientObject<RangeTarget[]> {
  static override props = {
    rule: {
      since: 8,
      get: (ts: RangeTarget[]) => ts[0].sheet.validations.find((v) => intersects(v.rect, ts[0].rect))?.rule ?? {},
      set: (ts: RangeTarget[], v: unknown) => {
        for (const t of ts) {
          t.sheet.validations = t.sheet.validations.filter((x) => !intersects(x.rect, t.rect));
          t.sheet.validations.push({ rect: t.rect, rule: v as Record<string, unknown> });
        }
      },
    },
    ...Object.fromEntries(
      (['errorAlert', 'prompt', 'ignoreBlanks'] as const).map((n) => [
        n,
        {
          since: 8,
          set: (ts: RangeTarget[], v: unknown) => {
            for (const t of ts) {
              const val = t.sheet.validations.find((x) => x.rect.r1 === t.rect.r1 && x.rect.c1 === t.rect.c1);
              if (!val) throw invalidArgument(`${n} before a rule`);
              (val as unknown as Record<string, unknown>)[n] = v;
            }
          },
        },
      ]),
    ),
  } as Record<string, PropDef<never>>;
  clear(): void {
    this._require(8, 'clear');
    this._queue({
      bytes: 16,
      run: () => {
        for (const t of this._target()) t.sheet.validations = t.sheet.validations.filter((x) => !intersects(x.rect, t.rect));
      },
    });
  }
}
install(DataValidation);

/** A property with one entry per cell (values, formulas, numberFormat): read past the cell limit fails, a write raises onChanged. */
function perCell(read: (s: DocSheet, row: number, col: number) => unknown, write?: (s: DocSheet, row: number, col: number, x: unknown) => void, kind: 'value' | 'format' = 'value'): PropDef<RangeTarget> {
  return {
    get: (t, self) => {
      cellsGuard(self._core, t.rect);
      return grid(t.rect, (r, c) => read(t.sheet, r, c));
    },
    set: write
      ? (t, v, self) => {
          eachInput(t, v, (r, c, x) => write(t.sheet, r, c, x));
          self._core.changed(t.sheet, t.rect, kind);
        }
      : undefined,
  };
}

export class Range extends ClientObject<RangeTarget> {
  declare address: string;
  declare rowCount: number;
  declare columnCount: number;
  declare rowIndex: number;
  declare columnIndex: number;
  declare cellCount: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare valueTypes: string[][];
  declare hyperlink: Hyperlink | null;

  static override props = {
    address: { get: (t: RangeTarget) => qualified(t.sheet, t.rect) },
    rowCount: { get: (t: RangeTarget) => t.rect.r2 - t.rect.r1 + 1 },
    columnCount: { get: (t: RangeTarget) => t.rect.c2 - t.rect.c1 + 1 },
    rowIndex: { get: (t: RangeTarget) => t.rect.r1 - 1 },
    columnIndex: { get: (t: RangeTarget) => t.rect.c1 - 1 },
    cellCount: { get: (t: RangeTarget) => cellCount(t.rect) },
    values: perCell((s, r, c) => s.value(r, c), (s, r, c, x) => s.write(r, c, x), 'value'),
    formulas: perCell((s, r, c) => s.formula(r, c), (s, r, c, x) => s.write(r, c, x), 'value'),
    numberFormat: perCell((s, r, c) => s.numberFormat(r, c), (s, r, c, x) => s.setNumberFormat(r, c, String(x)), 'format'),
    valueTypes: perCell((s, r, c) => s.valueType(r, c)),
    hyperlink: {
      since: 7,
      get: (t: RangeTarget) => t.sheet.hyperlinks.get(key(t.rect.r1, t.rect.c1)) ?? null,
      set: (t: RangeTarget, v: unknown) => {
        for (let r = t.rect.r1; r <= t.rect.r2; r++) {
          for (let c = t.rect.c1; c <= t.rect.c2; c++) {
            if (v) t.sheet.hyperlinks.set(key(r, c), { ...(v as object) });
            else t.sheet.hyperlinks.delete(key(r, c));
          }
        }
      },
    },
  } as Record<string, PropDef<never>>;

  readonly format = new RangeFormat(this.context, `${this._path}.format`, () => {
    const t = this._resolver();
    return t ? [t] : null;
  });
  readonly dataValidation = new DataValidation(this.context, `${this._path}.dataValidation`, () => {
    const t = this._resolver();
    return t ? [t] : null;
  });

  select(): void {
    this._queue({
      bytes: 16,
      run: () => {
        const t = this._target();
        this._core.doc.activeSheetId = t.sheet.id;
        this._core.doc.selection = { sheetId: t.sheet.id, address: formatRange(t.rect) };
      },
    });
  }

  /** Merges the range into one cell (across: one merge per row). */
  merge(across = false): void {
    this._require(2, 'merge');
    this._queue({
      bytes: 24,
      run: () => {
        const t = this._target();
        const rects = across ? Array.from({ length: t.rect.r2 - t.rect.r1 + 1 }, (_, i) => ({ ...t.rect, r1: t.rect.r1 + i, r2: t.rect.r1 + i })) : [t.rect];
        for (const r of rects) {
          if (t.sheet.merges.some((m) => intersects(m, r))) throw new OfficeError('MergedRangeConflict', `${formatRange(r)} overlaps a merged range`);
          t.sheet.merges.push(r);
        }
      },
    });
  }

  /** The part of this range holding values (ExcelApi 1.4), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const t = this._resolver();
        const box = t?.sheet.usedWithin(t.rect);
        return t && box ? { sheet: t.sheet, rect: box } : null;
      },
      true,
    );
  }

  /** Deletes the range's whole rows, moving the rows below up (shift: Up); the double moves whole rows only. */
  delete(shift: string): void {
    this._shiftRows(shift, 'Up', -1);
  }

  /** Inserts blank rows where the range's whole rows are, moving them down (shift: Down); the double inserts whole rows only. */
  insert(shift: string): void {
    this._shiftRows(shift, 'Down', 1);
  }

  private _shiftRows(shift: string, expected: string, sign: 1 | -1): void {
    this._queue({
      bytes: 24,
      run: () => {
        const t = this._target();
        if (shift !== expected || t.rect.c1 !== 1 || t.rect.c2 !== MAX_COLS) throw invalidArgument(`the double ${sign < 0 ? 'deletes' : 'inserts'} whole rows only (shift ${expected})`);
        t.sheet.shiftRows(t.rect.r1, sign * (t.rect.r2 - t.rect.r1 + 1));
        this._core.changed(t.sheet, t.rect, 'value');
      },
    });
  }

  /** Clears contents, formats and hyperlinks (applyTo: All, Contents, Formats, Hyperlinks). */
  clear(applyTo: string = 'All'): void {
    this._queue({
      bytes: 24,
      run: () => {
        const t = this._target();
        const s = t.sheet;
        const rect = s.usedRect();
        // Only cells that can hold something; a whole-row clear must not walk 16,384 columns.
        const r2 = Math.min(t.rect.r2, Math.max(rect?.r2 ?? 0, s.rows.length));
        for (let r = t.rect.r1; r <= r2; r++) {
          const c2 = Math.min(t.rect.c2, Math.max(rect?.c2 ?? 0, s.rows[r - 1]?.length ?? 0, 1024));
          for (let c = t.rect.c1; c <= c2; c++) {
            const k = key(r, c);
            if (applyTo === 'All' || applyTo === 'Contents') {
              if (s.hasContent(r, c)) s.put(r, c, { value: null });
            }
            if (applyTo === 'All' || applyTo === 'Formats') {
              s.fills.delete(k);
              s.styles.delete(k);
              s.numFmts.delete(k);
            }
            if (applyTo === 'All' || applyTo === 'Hyperlinks') s.hyperlinks.delete(k);
          }
        }
        this._core.changed(s, t.rect, applyTo === 'Formats' || applyTo === 'Hyperlinks' ? 'format' : 'value');
      },
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this.context, `${this._path}.getCell(${row},${column})`, () => {
      const t = this._resolver();
      if (!t) return null;
      const r = t.rect.r1 + row;
      const c = t.rect.c1 + column;
      return { sheet: t.sheet, rect: { r1: r, c1: c, r2: r, c2: c } };
    });
  }

  getCellProperties(opts: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean } } }): ClientResult<unknown[][]> {
    return this._call('getCellProperties', [opts], 9, (t) => {
      cellsGuard(this._core, t.rect);
      return grid(t.rect, (r, c) => {
        const out: Record<string, unknown> = {};
        if (opts.address) out.address = qualified(t.sheet, { r1: r, c1: c, r2: r, c2: c });
        const want = opts.format?.fill;
        if (want) {
          const f = t.sheet.fill(r, c);
          const fill: Record<string, unknown> = {};
          if (want.color) fill.color = f.color;
          if (want.pattern) fill.pattern = f.pattern;
          if (want.patternColor && f.patternColor) fill.patternColor = f.patternColor;
          if (want.tintAndShade) fill.tintAndShade = f === NO_FILL ? null : (f.tintAndShade ?? 0);
          out.format = { fill };
        }
        return out;
      });
    });
  }

  setCellProperties(props: { format?: { fill?: Partial<Fill> } }[][]): void {
    this._require(9, 'setCellProperties');
    this._queue({
      bytes: jsonBytes(props) + 24,
      run: () => {
        const t = this._target();
        eachInput(t, props, (r, c, x) => {
          const fill = (x as { format?: { fill?: Partial<Fill> } } | null)?.format?.fill;
          if (!fill) return;
          const old = t.sheet.fill(r, c);
          let next = { ...old, ...fill } as Fill;
          if (fill.color) {
            // A colour by value: no theme colour or palette entry any more, and no tint unless one is given.
            const { theme: _t, indexed: _i, tintAndShade: _s, ...plain } = next;
            next = { ...plain, color: normColor(fill.color), ...(fill.tintAndShade !== undefined ? { tintAndShade: fill.tintAndShade } : {}) };
          }
          if (next.tintAndShade !== undefined) next = withTint(next, next.tintAndShade);
          if (fill.pattern !== undefined) settablePattern(fill.pattern);
          if (fill.pattern === 'None') t.sheet.fills.delete(key(r, c));
          else t.sheet.fills.set(key(r, c), { ...next, pattern: fill.pattern ?? (old.pattern === 'None' ? 'Solid' : old.pattern) });
        });
        this._core.changed(t.sheet, t.rect, 'format');
      },
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    this._require(13, 'getMergedAreasOrNullObject');
    return new RangeAreas(
      this.context,
      `${this._path}.getMergedAreasOrNullObject()`,
      () => {
        const t = this._resolver();
        if (!t) return null;
        const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      true,
    );
  }
}
install(Range);

export interface AreasTarget {
  sheet: DocSheet;
  rects: Rect[];
}

export class RangeCollection extends ClientObject<AreasTarget> {
  private _items: Range[] | undefined;
  get items(): Range[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
  override load(arg?: unknown): this {
    const names = parseLoad(arg).map((p) => p.replace(/^items\//, ''));
    let made: Range[] = [];
    this._queue({
      bytes: 16,
      run: () => {
        const t = this._target();
        made = t.rects.map((r, i) => new Range(this.context, `${this._path}[${i}]`, () => ({ sheet: t.sheet, rect: r })));
        return 0;
      },
      commit: () => (this._items = made),
    });
    // Item properties load in the same sync, once the items exist.
    this._queue({
      bytes: jsonBytes(names),
      run: () => {
        let bytes = 0;
        const t = this._target();
        for (const [i, rect] of t.rects.entries()) {
          for (const n of names) {
            const v = (Range.props as Record<string, PropDef<RangeTarget>>)[n].get!({ sheet: t.sheet, rect }, made[i] as never);
            made[i]._loaded.set(n, v);
            bytes += jsonBytes(v) + n.length;
          }
        }
        return bytes;
      },
    });
    return this;
  }
}

export class RangeAreas extends ClientObject<AreasTarget> {
  declare address: string;
  declare areaCount: number;
  declare cellCount: number;

  static override props = {
    address: { get: (t: AreasTarget) => t.rects.map((r) => qualified(t.sheet, r)).join(',') },
    areaCount: { get: (t: AreasTarget) => t.rects.length },
    cellCount: { get: (t: AreasTarget) => t.rects.reduce((s, r) => s + cellCount(r), 0) },
  } as Record<string, PropDef<never>>;
  readonly format = new RangeFormat(this.context, `${this._path}.format`, () => {
    const t = this._resolver();
    return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : null;
  });
  readonly areas = new RangeCollection(this.context, `${this._path}.areas`, this._resolver);
}
install(RangeAreas);

// ---------------------------------------------------------------- notes and comments

interface NoteTarget {
  sheet: DocSheet;
  row: number;
  col: number;
}

/** A cell address for notes and comments: "A1" on a worksheet's collection, "Sheet!A1" on the workbook's. */
function cellAt(core: Core, address: unknown, sheet: DocSheet | null): NoteTarget {
  let s = sheet;
  let a: string;
  if (address instanceof Range) {
    const t = address._target();
    return { sheet: t.sheet, row: t.rect.r1, col: t.rect.c1 };
  }
  a = String(address);
  const name = sheetOf(a);
  if (name !== null) s = core.doc.sheet(name) ?? null;
  if (!s) throw invalidArgument(`cell address ${a}`);
  const r = parseRange(a);
  if (r.r1 !== r.r2 || r.c1 !== r.c2) throw new OfficeError('InvalidCellAddress', `not a single cell: ${a}`);
  return { sheet: s, row: r.r1, col: r.c1 };
}

/** Note.width and Note.height (ExcelApi 1.18, in points; "not supported in Excel on the web"). */
function noteSize(side: keyof NoteBox): PropDef<never> {
  return {
    since: 18,
    get: ((t: NoteTarget) => (t.sheet.noteBoxes.get(key(t.row, t.col)) ?? DEFAULT_NOTE_BOX)[side]) as never,
    set: ((t: NoteTarget, v: unknown) => {
      if (typeof v !== 'number' || !(v > 0)) throw invalidArgument(`note ${side} ${String(v)}`);
      const k = key(t.row, t.col);
      t.sheet.noteBoxes.set(k, { ...(t.sheet.noteBoxes.get(k) ?? DEFAULT_NOTE_BOX), [side]: v });
    }) as never,
  };
}

export class Note extends ClientObject<NoteTarget> {
  declare content: string;
  declare width: number;
  declare height: number;

  static override props = {
    content: {
      get: (t: NoteTarget) => t.sheet.notes.get(key(t.row, t.col)) ?? null,
      set: (t: NoteTarget, v: unknown, self: ClientObject) => {
        t.sheet.notes.set(key(t.row, t.col), String(v));
        self._core.changed(t.sheet, { r1: t.row, c1: t.col, r2: t.row, c2: t.col }, 'format');
      },
    },
    width: noteSize('width'),
    height: noteSize('height'),
  } as Record<string, PropDef<never>>;
  delete(): void {
    this._queue({
      bytes: 16,
      run: () => {
        const t = this._target();
        t.sheet.notes.delete(key(t.row, t.col));
        t.sheet.noteBoxes.delete(key(t.row, t.col));
      },
    });
  }
  getLocation(): Range {
    return new Range(this.context, `${this._path}.getLocation()`, () => {
      const t = this._resolver();
      return t ? { sheet: t.sheet, rect: { r1: t.row, c1: t.col, r2: t.row, c2: t.col } } : null;
    });
  }
}
install(Note);

abstract class Collection<T, I extends ClientObject> extends ClientObject<T> {
  private _items: I[] | undefined;
  get items(): I[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
  protected abstract itemProxies(t: T): I[];
  protected abstract readonly since: number | undefined;
  override load(arg?: unknown): this {
    const names = parseLoad(arg).map((p) => p.replace(/^items\//, ''));
    this._require(this.since, 'load');
    let made: I[] = [];
    this._queue({
      bytes: jsonBytes(names) + 8,
      run: () => {
        made = this.itemProxies(this._target());
        let bytes = 2;
        for (const item of made) {
          const props = (item.constructor as typeof ClientObject).props as Record<string, PropDef<unknown>>;
          const want = names.length ? names : Object.keys(props).filter((k) => props[k].get);
          for (const n of want) {
            if (!props[n]?.get) throw invalidArgument(`property ${n}`);
            const v = props[n].get!(item._target(), item as ClientObject<unknown>);
            item._loaded.set(n, v);
            bytes += jsonBytes(v) + n.length + 3;
          }
        }
        return bytes;
      },
      commit: () => (this._items = made),
    });
    return this;
  }
  getCount(): ClientResult<number> {
    return this._call('getCount', [], this.since, (t) => this.itemProxies(t).length);
  }
}

/** Notes and comments: a cell has at most one of either; the worksheet's collection takes "A1", the workbook's "Sheet!A1". */
abstract class CellAnnotations<I extends ClientObject> extends Collection<DocSheet[], I> {
  protected own(): DocSheet | null {
    const t = this._target();
    return t.length === 1 && this._path.includes('worksheet') ? t[0] : null;
  }
  /** Queues adding an annotation to an empty cell; resolves to where it went. */
  protected addAt(cellAddress: string | Range, content: string, put: (sheet: DocSheet, k: number) => void): () => NoteTarget | null {
    this._require(this.since, 'add');
    let made: NoteTarget | null = null;
    this._queue({
      bytes: jsonBytes([typeof cellAddress === 'string' ? cellAddress : '', content]) + 16,
      run: () => {
        const t = cellAt(this._core, cellAddress, this.own());
        const k = key(t.row, t.col);
        if (t.sheet.notes.has(k) || t.sheet.comments.has(k)) throw invalidArgument(`${t.sheet.describe(t.row, t.col)} already has a note or comment`);
        put(t.sheet, k);
        made = t;
        this._core.changed(t.sheet, { r1: t.row, c1: t.col, r2: t.row, c2: t.col }, 'format');
      },
    });
    return () => made;
  }
}

export class NoteCollection extends CellAnnotations<Note> {
  protected readonly since = 18;
  protected itemProxies(sheets: DocSheet[]): Note[] {
    return sheets.flatMap((s) =>
      [...s.notes.keys()].map((k) => {
        const row = Math.floor(k / MAX_COLS);
        const col = k % MAX_COLS;
        return new Note(this.context, `${this._path}[${s.name}!${a1(row, col)}]`, () => (s.notes.has(k) ? { sheet: s, row, col } : null));
      }),
    );
  }
  add(cellAddress: string | Range, content: string): Note {
    return new Note(this.context, `${this._path}.add(${String(cellAddress)})`, this.addAt(cellAddress, content, (s, k) => s.notes.set(k, String(content))));
  }
  private find(cell: string): () => NoteTarget | null {
    return () => {
      const t = cellAt(this._core, cell, this.own());
      return t.sheet.notes.has(key(t.row, t.col)) ? t : null;
    };
  }
  getItem(cell: string): Note {
    this._require(18, 'getItem');
    return new Note(this.context, `${this._path}.getItem(${cell})`, this.find(cell));
  }
  getItemOrNullObject(cell: string): Note {
    this._require(18, 'getItemOrNullObject');
    return new Note(this.context, `${this._path}.getItemOrNullObject(${cell})`, this.find(cell), true);
  }
}

interface CommentTarget {
  sheet: DocSheet;
  k: number;
}

export class Comment extends ClientObject<CommentTarget> {
  declare id: string;
  declare content: string;

  static override props = {
    id: { get: (t: CommentTarget) => t.sheet.comments.get(t.k)!.id },
    content: {
      get: (t: CommentTarget) => t.sheet.comments.get(t.k)!.content,
      set: (t: CommentTarget, v: unknown) => {
        t.sheet.comments.get(t.k)!.content = String(v);
      },
    },
    authorName: { get: () => '用户' },
  } as Record<string, PropDef<never>>;
  delete(): void {
    this._require(10, 'delete');
    this._queue({
      bytes: 16,
      run: () => {
        const t = this._target();
        t.sheet.comments.delete(t.k);
      },
    });
  }
  getLocation(): Range {
    return new Range(this.context, `${this._path}.getLocation()`, () => {
      const t = this._resolver();
      if (!t) return null;
      const row = Math.floor(t.k / MAX_COLS);
      const col = t.k % MAX_COLS;
      return { sheet: t.sheet, rect: { r1: row, c1: col, r2: row, c2: col } };
    });
  }
}
install(Comment);

export class CommentCollection extends CellAnnotations<Comment> {
  protected readonly since = 10;
  protected itemProxies(sheets: DocSheet[]): Comment[] {
    return sheets.flatMap((s) => [...s.comments.entries()].map(([k, c]) => new Comment(this.context, `${this._path}[${c.id}]`, () => (s.comments.get(k)?.id === c.id ? { sheet: s, k } : null))));
  }
  add(cellAddress: string | Range, content: string): Comment {
    const where = this.addAt(cellAddress, content, (s, k) => s.comments.set(k, { id: this._core.nextId('comment'), content: String(content), replies: [] }));
    return new Comment(this.context, `${this._path}.add(${String(cellAddress)})`, () => {
      const t = where();
      return t ? { sheet: t.sheet, k: key(t.row, t.col) } : null;
    });
  }
  getItem(id: string): Comment {
    this._require(10, 'getItem');
    return new Comment(this.context, `${this._path}.getItem(${id})`, () => {
      for (const s of this._target()) for (const [k, c] of s.comments) if (c.id === id) return { sheet: s, k };
      return null;
    });
  }
  getItemByCell(cellAddress: string | Range): Comment {
    this._require(10, 'getItemByCell');
    return new Comment(this.context, `${this._path}.getItemByCell(${String(cellAddress)})`, () => {
      const t = cellAt(this._core, cellAddress, this.own());
      const k = key(t.row, t.col);
      return t.sheet.comments.has(k) ? { sheet: t.sheet, k } : null;
    });
  }
}

// ---------------------------------------------------------------- events

export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly reg: Registration,
  ) {}
  remove(): void {
    this.context._push({
      proxy: null,
      bytes: 16,
      run: () => this.context._core.removeHandler(this.reg),
    });
  }
}

export class EventHandlers {
  constructor(
    private readonly context: RequestContext,
    private readonly since: number,
    /** What the registration listens to, resolved at sync (the sheet must exist then). */
    private readonly scope: () => Omit<Registration, 'handler'>,
  ) {}
  add(handler: (args: unknown) => unknown): EventHandlerResult {
    const reg: Registration = { kind: 'changed', handler };
    const core = this.context._core;
    this.context._push({
      proxy: null,
      bytes: 32,
      run: () => {
        if (!core.supports(this.since)) throw apiNotFound('EventHandlers.add', `ExcelApi 1.${this.since}`);
        Object.assign(reg, this.scope());
        core.addHandler(reg);
      },
    });
    return new EventHandlerResult(this.context, reg);
  }
}

// ---------------------------------------------------------------- sheets and workbook

export class FreezePanes extends ClientObject<DocSheet> {
  private act(name: string, f: (s: DocSheet) => void): void {
    this._require(7, name);
    this._queue({ bytes: 24, run: () => f(this._target()) });
  }
  freezeRows(count = 1): void {
    this.act('freezeRows', (s) => {
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this.act('freezeColumns', (s) => {
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  unfreeze(): void {
    this.act('unfreeze', (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}

function usedRange(sheet: DocSheet): Rect | null {
  return sheet.usedRect();
}

export class Worksheet extends ClientObject<DocSheet> {
  declare id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;

  static override props = {
    id: { get: (s: DocSheet) => s.id },
    name: {
      get: (s: DocSheet) => s.name,
      set: (s: DocSheet, v: unknown, self: ClientObject) => {
        const other = self._core.doc.sheet(String(v));
        if (other && other !== s) throw new OfficeError('ItemAlreadyExists', `a sheet named ${String(v)} exists`);
        s.name = String(v);
      },
    },
    position: { get: (s: DocSheet, self: ClientObject) => self._core.doc.sheets.indexOf(s) },
    visibility: {
      get: (s: DocSheet) => s.visibility,
      set: (s: DocSheet, v: unknown) => {
        if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw invalidArgument(`visibility ${String(v)}`);
        s.visibility = v;
      },
    },
  } as Record<string, PropDef<never>>;

  readonly freezePanes = new FreezePanes(this.context, `${this._path}.freezePanes`, this._resolver);
  readonly onChanged = new EventHandlers(this.context, 7, () => ({ kind: 'sheetChanged', sheetId: this._target().id }));

  get notes(): NoteCollection {
    return new NoteCollection(this.context, `${this._path}.worksheet.notes`, () => {
      const s = this._resolver();
      return s ? [s] : null;
    });
  }
  get comments(): CommentCollection {
    return new CommentCollection(this.context, `${this._path}.worksheet.comments`, () => {
      const s = this._resolver();
      return s ? [s] : null;
    });
  }

  getRange(address = ''): Range {
    return new Range(this.context, `${this._path}.getRange(${JSON.stringify(address)})`, () => {
      const s = this._resolver();
      if (!s) return null;
      if (!address) return { sheet: s, rect: { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } };
      const name = sheetOf(address);
      if (name !== null && name.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument(`address ${address} on sheet ${s.name}`);
      try {
        return { sheet: s, rect: parseRange(address) };
      } catch {
        throw invalidArgument(`address ${address}`);
      }
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this._require(7, 'getRangeByIndexes');
    return new Range(this.context, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const s = this._resolver();
      if (!s) return null;
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        throw invalidArgument('getRangeByIndexes');
      }
      return { sheet: s, rect: { r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount } };
    });
  }

  /** Several areas at once; Excel refuses an address past ~500 areas or 8,192 characters. */
  getRanges(address: string): RangeAreas {
    this._require(9, 'getRanges');
    return new RangeAreas(this.context, `${this._path}.getRanges(${JSON.stringify(address)})`, () => {
      const s = this._resolver();
      if (!s) return null;
      if (address.length > RANGES_MAX_CHARS) throw invalidArgument(`getRanges address of ${address.length} characters`);
      let rects: Rect[];
      try {
        rects = parseAreas(address);
      } catch {
        throw invalidArgument(`address ${address.slice(0, 40)}`);
      }
      if (rects.length > RANGES_MAX_AREAS) throw invalidArgument(`getRanges address of ${rects.length} areas`);
      return { sheet: s, rects };
    });
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, `${this._path}.getUsedRange(${valuesOnly})`, () => {
      const s = this._resolver();
      if (!s) return null;
      return { sheet: s, rect: usedRange(s) ?? { r1: 1, c1: 1, r2: 1, c2: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const s = this._resolver();
        if (!s) return null;
        const r = usedRange(s);
        return r ? { sheet: s, rect: r } : null;
      },
      true,
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  activate(): void {
    this._queue({
      bytes: 16,
      run: () => {
        const s = this._target();
        if (s.visibility !== 'Visible') throw new OfficeError('InvalidOperation', `cannot activate hidden sheet ${s.name}`);
        this._core.doc.activeSheetId = s.id;
      },
    });
  }

  delete(): void {
    this._queue({
      bytes: 16,
      run: () => {
        const s = this._target();
        const doc = this._core.doc;
        if (doc.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw new OfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
        doc.sheets.splice(doc.sheets.indexOf(s), 1);
        if (doc.activeSheetId === s.id) doc.activeSheetId = doc.sheets.find((x) => x.visibility === 'Visible')!.id;
        this._core.sheetDeleted(s);
      },
    });
  }
}
install(Worksheet);

export const RANGES_MAX_AREAS = 500;
export const RANGES_MAX_CHARS = 8192;

export class WorksheetCollection extends Collection<DocWorkbook, Worksheet> {
  protected readonly since = undefined;
  readonly onChanged = new EventHandlers(this.context, 9, () => ({ kind: 'changed' }));
  readonly onAdded = new EventHandlers(this.context, 7, () => ({ kind: 'added' }));
  readonly onDeleted = new EventHandlers(this.context, 7, () => ({ kind: 'deleted' }));

  protected itemProxies(doc: DocWorkbook): Worksheet[] {
    return doc.sheets.map((s) => sheetProxy(this.context, s.id));
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, `worksheets.getItem(${JSON.stringify(name)})`, () => this._core.doc.sheet(name) ?? this._core.doc.byId(name) ?? null);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(name)})`, () => this._core.doc.sheet(name) ?? this._core.doc.byId(name) ?? null, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, 'worksheets.getActiveWorksheet()', () => this._core.doc.byId(this._core.doc.activeSheetId ?? '') ?? this._core.doc.sheets[0] ?? null);
  }

  add(name?: string): Worksheet {
    let made: DocSheet | null = null;
    this._queue({
      bytes: jsonBytes(name ?? '') + 16,
      run: () => {
        const doc = this._core.doc;
        let n = name;
        if (!n) for (let i = doc.sheets.length + 1; !n || doc.sheet(n); i++) n = `Sheet${i}`;
        if (doc.sheet(n)) throw new OfficeError('ItemAlreadyExists', `a sheet named ${n} exists`);
        if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw invalidArgument(`sheet name ${n}`);
        made = doc.addSheet(n);
        this._core.sheetAdded(made);
      },
    });
    return new Worksheet(this.context, `worksheets.add(${JSON.stringify(name ?? '')})`, () => made);
  }
}

function sheetProxy(ctx: RequestContext, id: string): Worksheet {
  return new Worksheet(ctx, `worksheets[${id}]`, () => ctx._core.doc.byId(id) ?? null);
}

export class Workbook extends ClientObject<DocWorkbook> {
  readonly worksheets: WorksheetCollection;
  constructor(context: RequestContext, path: string) {
    super(context, path, () => context._core.doc);
    this.worksheets = new WorksheetCollection(context, 'worksheets', () => context._core.doc);
  }
  get notes(): NoteCollection {
    return new NoteCollection(this.context, 'workbook.notes', () => this._core.doc.sheets);
  }
  get comments(): CommentCollection {
    return new CommentCollection(this.context, 'workbook.comments', () => this._core.doc.sheets);
  }

  /** The active cell (ExcelApi 1.7): the selection's first cell, else A1 of the active sheet. */
  getActiveCell(): Range {
    this._require(7, 'getActiveCell');
    return new Range(this.context, 'workbook.getActiveCell()', () => {
      const doc = this._core.doc;
      const sel = doc.selection;
      const sheet = doc.byId(sel?.sheetId ?? doc.activeSheetId ?? '') ?? doc.sheets[0];
      if (!sheet) return null;
      const r = sel && sel.sheetId === sheet.id ? parseRange(sel.address) : { r1: 1, c1: 1, r2: 1, c2: 1 };
      return { sheet, rect: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 } };
    });
  }

  /** Inserts sheets of an .xlsx given as base64 (ExcelApi 1.13); returns the new sheets' ids. */
  insertWorksheetsFromBase64(base64: string, options: { sheetNamesToInsert?: string[]; positionType?: string; relativeTo?: string } = {}): ClientResult<string[]> {
    this._require(13, 'insertWorksheetsFromBase64');
    const result = new ClientResult<string[]>();
    let ids: string[] = [];
    this._queue({
      bytes: base64.length + jsonBytes(options) + 16,
      run: async () => {
        const core = this._core;
        if (!core.loadXlsx) throw apiNotFound('insertWorksheetsFromBase64', 'this double has no xlsx loader');
        const source = await core.loadXlsx(decodeBase64(base64));
        const want = options.sheetNamesToInsert?.length ? options.sheetNamesToInsert : source.sheets.map((s) => s.name);
        const doc = core.doc;
        let at = doc.sheets.length;
        if (options.positionType === 'Beginning') at = 0;
        ids = [];
        for (const name of want) {
          const src = source.sheet(name);
          if (!src) throw invalidArgument(`no sheet ${name} in the inserted workbook`);
          let n = src.name;
          for (let i = 2; doc.sheet(n); i++) n = `${src.name} (${i})`;
          const made = doc.addSheet(n, src.visibility, at++);
          Object.assign(made, { ...src, id: made.id, name: n });
          ids.push(made.id);
          core.sheetAdded(made);
        }
        return jsonBytes(ids);
      },
      commit: () => result._set(ids),
    });
    return result;
  }
}

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
