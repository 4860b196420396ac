import { SEVERITY_FILL, type Severity } from '../model/severity';
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

/**
 * Adds fills, fonts and cell formats to a workbook's styles.xml without
 * touching the entries already there: a marked cell gets a new xf that
 * clones its own (font, border, number format, alignment, protection kept)
 * with a solid fill of the mark's colour, one per (original xf, colour).
 */
export class StylesPatch {
  private readonly original: Record<List, string[]>;
  private readonly added: Record<List, string[]> = { fonts: [], fills: [], cellXfs: [] };
  private readonly fills = new Map<string, number>();
  private readonly marked = new Map<string, number>();
  private result?: ResultStyles;
  private readonly prefix: string;

  constructor(private xml: string) {
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

  private add(list: List, item: string): number {
    this.added[list].push(item);
    return this.original[list].length + this.added[list].length - 1;
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
    return this.original.cellXfs[index] ?? this.original.cellXfs[0] ?? `<${this.el('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
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
