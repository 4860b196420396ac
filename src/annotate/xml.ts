import { forXml } from '../model/xml-text';
/**
 * Just enough XML to patch OOXML parts in place: locate elements and their
 * children by index into the original text, read and set attributes of a
 * start tag, escape text. Whatever is not touched keeps its exact bytes,
 * which a parse-and-serialise round trip could not promise.
 */

export interface El {
  /** Qualified name as written, e.g. "x:row". */
  name: string;
  local: string;
  prefix: string;
  /** Index of the start tag's "<". */
  start: number;
  /** Index just after the start tag's ">". */
  openEnd: number;
  selfClosing: boolean;
  /** Index of the end tag's "<" (openEnd when self-closing). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
}

/** The start tag's text, "<name ...>" or "<name .../>". */
export function tagOf(xml: string, el: El): string {
  return xml.slice(el.start, el.openEnd);
}

/** Index just after the ">" closing the tag that starts at `lt`, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  throw new Error('unterminated tag');
}

/** Index after a comment, CDATA section, processing instruction or doctype starting at `lt`. */
function skipSpecial(xml: string, lt: number): number {
  const c = xml[lt + 1];
  if (xml.startsWith('<!--', lt)) return endOf(xml, '-->', lt + 4);
  if (xml.startsWith('<![CDATA[', lt)) return endOf(xml, ']]>', lt + 9);
  if (c === '?') return endOf(xml, '?>', lt + 2);
  return tagEnd(xml, lt);
}

function endOf(xml: string, token: string, from: number): number {
  const i = xml.indexOf(token, from);
  if (i < 0) throw new Error(`unterminated ${token}`);
  return i + token.length;
}

function nameAt(xml: string, from: number): string {
  let i = from;
  while (i < xml.length && !/[\s/>]/.test(xml[i])) i++;
  return xml.slice(from, i);
}

function made(name: string, start: number, openEnd: number, selfClosing: boolean, closeStart: number, end: number): El {
  const colon = name.indexOf(':');
  return { name, local: colon < 0 ? name : name.slice(colon + 1), prefix: colon < 0 ? '' : name.slice(0, colon), start, openEnd, selfClosing, closeStart, end };
}

/** The element whose start tag begins at `lt`, with its end found by walking its content. */
function elementAt(xml: string, lt: number): El {
  const name = nameAt(xml, lt + 1);
  const openEnd = tagEnd(xml, lt);
  if (xml[openEnd - 2] === '/') return made(name, lt, openEnd, true, openEnd, openEnd);
  let depth = 1;
  let p = openEnd;
  for (;;) {
    const i = xml.indexOf('<', p);
    if (i < 0) throw new Error(`unterminated <${name}>`);
    const c = xml[i + 1];
    if (c === '/') {
      const end = tagEnd(xml, i);
      if (--depth === 0) return made(name, lt, openEnd, false, i, end);
      p = end;
    } else if (c === '!' || c === '?') p = skipSpecial(xml, i);
    else {
      const end = tagEnd(xml, i);
      if (xml[end - 2] !== '/') depth++;
      p = end;
    }
  }
}

/** The document element's start tag, past the XML declaration, comments and doctype. */
export function rootStart(xml: string): { name: string; prefix: string; start: number; openEnd: number } {
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw new Error('no document element');
    const c = xml[lt + 1];
    if (c === '?' || c === '!') {
      p = skipSpecial(xml, lt);
      continue;
    }
    const name = nameAt(xml, lt + 1);
    const colon = name.indexOf(':');
    return { name, prefix: colon < 0 ? '' : name.slice(0, colon), start: lt, openEnd: tagEnd(xml, lt) };
  }
}

/** The document element; its end tag is found from the end of the text. */
export function rootElement(xml: string): El {
  const { name, start, openEnd } = rootStart(xml);
  if (xml[openEnd - 2] === '/') return made(name, start, openEnd, true, openEnd, openEnd);
  const closeStart = xml.lastIndexOf(`</${name}`);
  if (closeStart < openEnd) throw new Error(`unterminated <${name}>`);
  return made(name, start, openEnd, false, closeStart, tagEnd(xml, closeStart));
}

/** The element's child elements, in document order. */
export function children(xml: string, parent: El): El[] {
  const out: El[] = [];
  if (parent.selfClosing) return out;
  let p = parent.openEnd;
  while (p < parent.closeStart) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= parent.closeStart) break;
    const c = xml[lt + 1];
    if (c === '!' || c === '?') {
      p = skipSpecial(xml, lt);
      continue;
    }
    const el = elementAt(xml, lt);
    out.push(el);
    p = el.end;
  }
  return out;
}

const attrPatterns = new Map<string, RegExp>();

function attrPattern(name: string): RegExp {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  return re;
}

/** An attribute of a start tag, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** The start tag with the attribute set (replaced in place, or added at the end). */
export function setAttr(tag: string, name: string, value: string): string {
  const m = attrPattern(name).exec(tag);
  const written = `${name}="${escapeAttr(value)}"`;
  if (m) return tag.slice(0, m.index) + ' ' + written + tag.slice(m.index + m[0].length);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${written}${tag.slice(close)}`;
}

/** The prefix the tag binds to a namespace: '' for the default namespace, undefined when not bound here. */
export function prefixFor(tag: string, uri: string): string | undefined {
  const re = /\sxmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) if ((m[3] ?? m[4]) === uri) return m[1] ?? '';
  return undefined;
}

/** The prefix `tag` binds to `uri`, declaring a free one ("r", "r1"…) on the tag when it binds none. */
export function bindPrefix(tag: string, uri: string): { tag: string; prefix: string } {
  const bound = prefixFor(tag, uri);
  if (bound) return { tag, prefix: bound };
  let prefix = 'r';
  for (let n = 1; new RegExp(`\\sxmlns:${prefix}\\s*=`).test(tag); n++) prefix = `r${n}`;
  return { tag: setAttr(tag, `xmlns:${prefix}`, uri), prefix };
}

export function qname(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** Replaces the text between `from` and `to`. */
export function splice(xml: string, from: number, to: number, insert: string): string {
  return xml.slice(0, from) + insert + xml.slice(to);
}

/** One replacement of the text between `from` and `to`, by offsets into the text as it was read. */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * Applies many edits to a part in one pass: splicing them one by one would
 * copy the whole part for each. Edits do not overlap; edits at one offset
 * keep the order they were given in.
 */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  if (!edits.length) return xml;
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  const out: string[] = [];
  let p = 0;
  for (const e of sorted) {
    out.push(xml.slice(p, e.from), e.text);
    p = e.to;
  }
  out.push(xml.slice(p));
  return out.join('');
}

/** The edit that appends content at the end of an element, opening a self-closing one. */
export function appendEdit(xml: string, el: El, content: string): Edit {
  if (!el.selfClosing) return { from: el.closeStart, to: el.closeStart, text: content };
  const open = tagOf(xml, el).replace(/\s*\/>$/, '>');
  return { from: el.start, to: el.end, text: `${open}${content}</${el.name}>` };
}

/** Appends content at the end of an element, opening a self-closing one. */
export function appendInto(xml: string, el: El, content: string): string {
  return applyEdits(xml, [appendEdit(xml, el, content)]);
}

/**
 * Inserts a child where the schema's sequence wants it: before the first
 * existing child that the schema puts after it. `order` lists the
 * sequence's local names; children not in it (foreign extensions) are
 * passed over.
 */
export function insertInOrder(xml: string, parent: El, local: string, content: string, order: readonly string[], nameOf: (el: El) => string = (el) => el.local): string {
  const rank = order.indexOf(local);
  if (rank < 0) throw new Error(`${local} is not in the schema order`);
  const after = children(xml, parent).find((c) => order.indexOf(nameOf(c)) > rank);
  return after ? splice(xml, after.start, after.start, content) : appendInto(xml, parent, content);
}

/** Characters XML 1.0 does not allow at all; they cannot be escaped, so they are dropped. */
const NEEDS_ESCAPE = /[&<>]/;

/** Text as element content: what XML forbids dropped, markup escaped. */
export function escapeText(s: string): string {
  const text = forXml(s);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}
