import { SEVERITY_FILL, type Severity } from '../model/severity';
import { fillKey, isMarkFill, OFFICE_PATTERN, type SavedFill } from './restore-data';
import { paletteColours, themeColours } from './colours';
import { STYLESHEET_ORDER } from './ooxml';
import { BUILTIN_NUMBER_FORMATS } from '../model/number-format';
import { appendInto, attr, children, escapeAttr, insertInOrder, qname, rootElement, setAttr, splice, tagOf, type El } from './xml';

/** The style indexes (cellXfs) the 检查结果 sheet uses. */
export interface ResultStyles {
  bold: number;
  header: number;
  link: number;
  message: number;
  severity: Record<Severity, number>;
}

/** A stylesheet for a package that has none, with the entries Excel reserves (fill 0 none, fill 1 gray125). */
export function minimalStylesheet(main: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}">` +
    '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

const LINK_COLOUR = 'FF0563C1';
const HEADER_FILL = 'FFD9D9D9';

type List = 'fonts' | 'fills' | 'cellXfs';
const ITEM: Record<List, string> = { fonts: 'font', fills: 'fill', cellXfs: 'xf' };

/** An element as a key that ignores attribute order, quoting and prefixes: two entries that mean the same have the same key. */
function canonical(xml: string, el: El = rootElement(xml)): string {
  const tag = tagOf(xml, el);
  const attrs = [...tag.matchAll(/\s([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)].filter((m) => !m[1].startsWith('xmlns')).map((m) => `${m[1]}=${m[3] ?? m[4]}`);
  return `<${el.local} ${attrs.sort().join(' ')}>${children(xml, el).map((c) => canonical(xml, c)).join('')}</>`;
}

/** A cell format's key without its fill, to find the same format with another fill. */
function withoutFill(xf: string): string {
  return canonical(xf).replace(/ (fillId|applyFill)=[^ >]*/g, '');
}

/** A colour element of a fill as the restore data keeps it: its colour ("FFFFC7CE" → "#FFC7CE"), tint, and the theme colour or palette entry it names. */
type Colour = Pick<SavedFill, 'tint' | 'theme' | 'indexed'> & { color: string | null };

/**
 * Adds fills, fonts and cell formats to a workbook's styles.xml without
 * touching the entries already there: a marked cell gets a new xf that
 * clones its own (font, border, number format, alignment, protection kept)
 * with a solid fill of the mark's colour, one per (original xf, colour).
 */
export class StylesPatch {
  private readonly original: Record<List, string[]>;
  private readonly added: Record<List, string[]> = { fonts: [], fills: [], cellXfs: [] };
  /** Each list's entries by canonical form, built when first needed. */
  private readonly keys: Partial<Record<List, Map<string, number>>> = {};
  /** The original cell formats by all but their fill, built when first needed. */
  private byFormat?: Map<string, number[]>;
  private readonly fills = new Map<string, number>();
  private readonly marked = new Map<string, number>();
  private result?: ResultStyles;
  private readonly prefix: string;

  private readonly theme: string[];
  private palette?: string[];

  /** `theme` is the workbook's theme part, whose colours theme-coloured fills show. */
  constructor(private xml: string, theme?: string) {
    this.theme = themeColours(theme);
    const root = rootElement(xml);
    this.prefix = root.prefix;
    for (const list of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const) this.ensureList(list);
    const lists = this.lists();
    const items = (list: List) => (lists[list] ? children(this.xml, lists[list]!).filter((c) => c.local === ITEM[list]).map((c) => this.xml.slice(c.start, c.end)) : []);
    this.original = { fonts: items('fonts'), fills: items('fills'), cellXfs: items('cellXfs') };
  }

  private lists(): Partial<Record<string, El>> {
    const out: Partial<Record<string, El>> = {};
    for (const c of children(this.xml, rootElement(this.xml))) out[c.local] = c;
    return out;
  }

  /** A stylesheet that lacks one of the lists every cell format refers to gets the default one. */
  private ensureList(list: 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs'): void {
    if (this.lists()[list]) return;
    const minimal = minimalStylesheet('');
    const from = children(minimal, rootElement(minimal)).find((c) => c.local === list)!;
    const content = minimal.slice(from.start, from.end).replace(/<(\/?)(\w+)/g, (_, slash: string, n: string) => `<${slash}${qname(this.prefix, n)}`);
    this.xml = insertInOrder(this.xml, rootElement(this.xml), list, content, STYLESHEET_ORDER);
  }

  /**
   * The index of an entry, added only when the list has none like it: a
   * workbook annotated again reuses the formats its first annotation added,
   * so its lists do not grow.
   */
  private add(list: List, item: string): number {
    const keys = (this.keys[list] ??= new Map(this.original[list].map((x, i) => [canonical(x), i] as const).reverse()));
    const key = canonical(item);
    const found = keys.get(key);
    if (found !== undefined) return found;
    this.added[list].push(item);
    const id = this.original[list].length + this.added[list].length - 1;
    keys.set(key, id);
    return id;
  }

  private entry(list: List, index: number): string | undefined {
    return index < this.original[list].length ? this.original[list][index] : this.added[list][index - this.original[list].length];
  }

  /** The fill a cell format shows, as Office.js reports fills; null for none (or one that does not resolve). */
  fillOf(xf: number): SavedFill | null {
    const x = this.entry('cellXfs', xf);
    const fill = x === undefined ? undefined : this.entry('fills', Number(attr(tagOf(x, rootElement(x)), 'fillId') ?? 0));
    if (!fill) return null;
    const gradient = children(fill, rootElement(fill)).find((c) => c.local === 'gradientFill');
    if (gradient) {
      // As Office.js names a gradient, with its first stop's colour: a fill no host can set, so never marked over.
      const stop = children(fill, gradient).find((c) => c.local === 'stop');
      const first = stop && children(fill, stop).find((c) => c.local === 'color');
      const kind = attr(tagOf(fill, gradient), 'type') === 'path' ? 'RectangularGradient' : 'LinearGradient';
      return { pattern: kind, color: this.colourOf(fill, first).color ?? '#FFFFFF', patternColor: null };
    }
    const pattern = children(fill, rootElement(fill)).find((c) => c.local === 'patternFill');
    const type = pattern ? (attr(tagOf(fill, pattern), 'patternType') ?? 'none') : 'none';
    const office = OFFICE_PATTERN[type];
    if (!pattern || !office) return null;
    const colour = (local: string) => this.colourOf(fill, children(fill, pattern).find((c) => c.local === local));
    // The colour the fill shows keeps its theme or palette reference and tint; a pattern's lines keep only their colour.
    const { color, ...links } = colour(office === 'Solid' ? 'fgColor' : 'bgColor');
    return { pattern: office, color: color ?? '#FFFFFF', patternColor: office === 'Solid' ? null : colour('fgColor').color, ...links };
  }

  /** What a colour element (<fgColor>, <bgColor>) says: by value, by theme or by palette, with its tint. */
  private colourOf(xml: string, el: El | undefined): Colour {
    const tag = el ? tagOf(xml, el) : '';
    const int = (name: string) => (/^\d{1,3}$/.test(attr(tag, name) ?? '') ? Number(attr(tag, name)) : undefined);
    const tint = Number(attr(tag, 'tint') ?? 0);
    const links = Number.isFinite(tint) && tint !== 0 && Math.abs(tint) <= 1 ? { tint } : {};
    const rgb = attr(tag, 'rgb');
    if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return { color: `#${rgb.slice(-6).toUpperCase()}`, ...links };
    const theme = int('theme');
    if (theme !== undefined && theme < this.theme.length) return { color: this.theme[theme], theme, ...links };
    const indexed = int('indexed');
    const palette = (this.palette ??= paletteColours(this.xml));
    if (indexed !== undefined && indexed < palette.length) return { color: palette[indexed], indexed, ...links };
    return { color: null };
  }

  /** Whether a cell format shows one of our marks' fills (always a plain colour, never a theme's or the palette's). */
  isMarked(xf: number): boolean {
    const f = this.fillOf(xf);
    return f?.pattern === 'Solid' && !f.tint && isMarkFill(f);
  }

  /**
   * The format a marked cell had before its mark: `before` when that is the
   * cell's format but for the fill (the annotated copy's own restore data),
   * else the cell's format with the fill the restore data names (the
   * add-in's, or a copy whose formats another program renumbered).
   */
  unmarked(xf: number, before: number | undefined, fill: SavedFill | null): number {
    const current = this.entry('cellXfs', xf);
    if (current === undefined) return before ?? xf;
    const key = withoutFill(current);
    const earlier = before === undefined ? undefined : this.entry('cellXfs', before);
    if (earlier !== undefined && withoutFill(earlier) === key) return before!;
    const same = (a: SavedFill | null, b: SavedFill | null) => fillKey(a) === fillKey(b);
    if (!this.byFormat) {
      this.byFormat = new Map();
      for (const [i, x] of this.original.cellXfs.entries()) {
        const k = withoutFill(x);
        this.byFormat.set(k, [...(this.byFormat.get(k) ?? []), i]);
      }
    }
    const like = this.byFormat.get(key)?.find((i) => same(this.fillOf(i), fill));
    if (like !== undefined) return like;
    const fillId = fill ? this.add('fills', this.savedFill(fill)) : this.add('fills', `<${this.el('fill')}><${this.el('patternFill')} patternType="none"/></${this.el('fill')}>`);
    return this.add('cellXfs', this.withStart(current, (tag) => setAttr(setAttr(tag, 'fillId', String(fillId)), 'applyFill', fill ? '1' : '0')));
  }

  /** A fill entry for a fill as the restore data keeps it: its colour by theme or palette where it was one, with its tint. */
  private savedFill(f: SavedFill): string {
    const p = (n: string) => this.el(n);
    const type = Object.entries(OFFICE_PATTERN).find(([, o]) => o === f.pattern)?.[0] ?? 'solid';
    const argb = (c: string) => `FF${c.replace('#', '').toUpperCase()}`;
    const shown = (local: string) => {
      const by = f.theme !== undefined ? `theme="${f.theme}"` : f.indexed !== undefined ? `indexed="${f.indexed}"` : `rgb="${argb(f.color)}"`;
      return `<${p(local)} ${by}${f.tint ? ` tint="${f.tint}"` : ''}/>`;
    };
    const colours = type === 'solid' ? `${shown('fgColor')}<${p('bgColor')} indexed="64"/>` : `${f.patternColor ? `<${p('fgColor')} rgb="${argb(f.patternColor)}"/>` : ''}${shown('bgColor')}`;
    return `<${p('fill')}><${p('patternFill')} patternType="${type}">${colours}</${p('patternFill')}></${p('fill')}>`;
  }

  private el(local: string): string {
    return qname(this.prefix, local);
  }

  /** The fill index for a solid colour, added once. */
  fill(argb: string): number {
    let id = this.fills.get(argb);
    if (id === undefined) {
      const p = (n: string) => this.el(n);
      id = this.add('fills', `<${p('fill')}><${p('patternFill')} patternType="solid"><${p('fgColor')} rgb="${argb}"/><${p('bgColor')} indexed="64"/></${p('patternFill')}></${p('fill')}>`);
      this.fills.set(argb, id);
    }
    return id;
  }

  /** The xf of a cell formatted as `base` but filled with `argb`. */
  markXf(base: number, argb: string): number {
    const key = `${base}|${argb}`;
    let id = this.marked.get(key);
    if (id === undefined) {
      id = this.add('cellXfs', this.withStart(this.baseXf(base), (tag) => setAttr(setAttr(tag, 'fillId', String(this.fill(argb))), 'applyFill', '1')));
      this.marked.set(key, id);
    }
    return id;
  }

  /** The xf of a cell formatted as `base` but showing its number with the format `code` (a built-in one by its id). */
  numberFormatXf(base: number, code: string): number {
    const key = `${base}|#${code}`;
    let id = this.marked.get(key);
    if (id === undefined) {
      const fmt = String(this.numberFormatId(code));
      id = this.add('cellXfs', this.withStart(this.baseXf(base), (tag) => setAttr(setAttr(tag, 'numFmtId', fmt), 'applyNumberFormat', '1')));
      this.marked.set(key, id);
    }
    return id;
  }

  /** The id of a number format: built-in, already in <numFmts>, or added there. */
  private numberFormatId(code: string): number {
    const builtin = Object.entries(BUILTIN_NUMBER_FORMATS).find(([, c]) => c === code);
    if (builtin) return Number(builtin[0]);
    let list = children(this.xml, rootElement(this.xml)).find((c) => c.local === 'numFmts');
    let top = 163;
    for (const el of list ? children(this.xml, list).filter((c) => c.local === 'numFmt') : []) {
      const tag = tagOf(this.xml, el);
      if (attr(tag, 'formatCode') === code) return Number(attr(tag, 'numFmtId'));
      top = Math.max(top, Number(attr(tag, 'numFmtId')) || 0);
    }
    if (!list) {
      this.xml = insertInOrder(this.xml, rootElement(this.xml), 'numFmts', `<${this.el('numFmts')} count="0"/>`, STYLESHEET_ORDER);
      list = children(this.xml, rootElement(this.xml)).find((c) => c.local === 'numFmts')!;
    }
    const count = children(this.xml, list).filter((c) => c.local === 'numFmt').length + 1;
    this.xml = appendInto(this.xml, list, `<${this.el('numFmt')} numFmtId="${top + 1}" formatCode="${escapeAttr(code)}"/>`);
    list = children(this.xml, rootElement(this.xml)).find((c) => c.local === 'numFmts')!;
    this.xml = splice(this.xml, list.start, list.openEnd, setAttr(tagOf(this.xml, list), 'count', String(count)));
    return top + 1;
  }

  /** A cell's own xf, or the default one when its index points nowhere. */
  private baseXf(index: number): string {
    return this.entry('cellXfs', index) ?? this.original.cellXfs[0] ?? `<${this.el('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
  }

  private withStart(item: string, f: (tag: string) => string): string {
    const el = rootElement(item);
    return splice(item, el.start, el.openEnd, f(tagOf(item, el)));
  }

  /** Font 0 (the workbook's default) with some children replaced. */
  private font(drop: readonly string[], add: string): number {
    const base = this.original.fonts[0] ?? `<${this.el('font')}/>`;
    const el = rootElement(base);
    const kept = children(base, el)
      .filter((c) => !drop.includes(c.local))
      .map((c) => base.slice(c.start, c.end))
      .join('');
    const open = tagOf(base, el).replace(/\s*\/>$/, '>');
    return this.add('fonts', `${open}${add}${kept}</${el.name}>`);
  }

  resultStyles(): ResultStyles {
    if (this.result) return this.result;
    const p = (n: string) => this.el(n);
    const boldFont = this.font(['b'], `<${p('b')}/>`);
    const linkFont = this.font(['u', 'color'], `<${p('u')}/><${p('color')} rgb="${LINK_COLOUR}"/>`);
    const xf0 = this.baseXf(0);
    const withFont = (font: number, xf = xf0) => this.withStart(xf, (t) => setAttr(setAttr(t, 'fontId', String(font)), 'applyFont', '1'));
    const bold = this.add('cellXfs', withFont(boldFont));
    const header = this.add('cellXfs', this.withStart(withFont(boldFont), (t) => setAttr(setAttr(t, 'fillId', String(this.fill(HEADER_FILL))), 'applyFill', '1')));
    const link = this.add('cellXfs', withFont(linkFont));
    const message = this.add('cellXfs', this.wrapped(xf0));
    const severity = { error: this.markXf(0, SEVERITY_FILL.error), warning: this.markXf(0, SEVERITY_FILL.warning), info: this.markXf(0, SEVERITY_FILL.info) };
    this.result = { bold, header, link, message, severity };
    return this.result;
  }

  /** An xf with its text wrapped and set at the top of the cell. */
  private wrapped(xf: string): string {
    const el = rootElement(xf);
    const kept = children(xf, el)
      .filter((c) => c.local !== 'alignment')
      .map((c) => xf.slice(c.start, c.end))
      .join('');
    const open = setAttr(tagOf(xf, el), 'applyAlignment', '1').replace(/\s*\/>$/, '>');
    return `${open}<${this.el('alignment')} wrapText="1" vertical="top"/>${kept}</${el.name}>`;
  }

  /** The stylesheet with the new entries appended to their lists and the counts updated. */
  render(): string {
    let xml = this.xml;
    for (const list of ['fonts', 'fills', 'cellXfs'] as const) {
      if (!this.added[list].length) continue;
      const el = children(xml, rootElement(xml)).find((c) => c.local === list)!;
      const total = this.original[list].length + this.added[list].length;
      const body = el.selfClosing ? '' : xml.slice(el.openEnd, el.closeStart);
      const open = setAttr(tagOf(xml, el).replace(/\s*\/>$/, '>'), 'count', String(total));
      xml = splice(xml, el.start, el.end, `${open}${body}${this.added[list].join('')}</${el.name}>`);
    }
    return xml;
  }
}
