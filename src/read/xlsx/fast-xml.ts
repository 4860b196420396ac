import type { XmlHandler } from './xml';

/**
 * A small XML tokenizer for what spreadsheet writers emit, cheaper than
 * saxes on worksheet XML (the reader takes a quarter less CPU with it,
 * docs/performance.md): ASCII element and attribute names, quoted
 * attributes, text with the predefined entities and character references,
 * comments, CDATA and the usual XML declaration.
 *
 * It never reports damage itself. For anything outside that subset —
 * malformed XML included, and the limits on nesting and run length — it
 * throws {@link NotSimpleXml} and the part is read again by saxes, which is
 * the judge of well-formedness and words the refusal. What it accepts it
 * hands to the handler exactly as the saxes path does (names stripped of
 * the root element's prefix; attributes, text and CDATA as saxes delivers
 * them): test/unit/read/fast-xml.test.ts compares the two on generated and
 * mutated XML.
 */
export class NotSimpleXml extends Error {}

/** Deeper than any SpreadsheetML part nests; the saxes path refuses deeper parts. */
export const MAX_DEPTH = 128;
/** Characters between two tags (a text or a tag with its attributes); the saxes path refuses longer runs. */
export const MAX_RUN = 1 << 20;

const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME_START[c] = 1;
  if (/[A-Za-z0-9_.:-]/.test(ch)) NAME_CHAR[c] = 1;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;

/** Characters that send text or an attribute value to the careful path. */
const TEXT_SPECIAL = /[&\r\]\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Characters XML 1.0 does not allow, and lone surrogates (no lookbehind: older WebKit in Office for Mac lacks it). */
const NOT_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ONLY_SPACE = /^[ \t\r\n]*$/;
const XML_DECL =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>$/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isNameChar(c: number): boolean {
  return c < 128 && NAME_CHAR[c] === 1;
}

/** A construct continues past the end of the text so far. */
const MORE = -1;

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** One entity reference's text, without & and ;. */
function entity(name: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined && Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return predefined;
  let code = NaN;
  if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]{1,7}$/.test(name)) code = parseInt(name.slice(1), 10);
  if (!isXmlChar(code)) throw new NotSimpleXml();
  return String.fromCodePoint(code);
}

/**
 * Raw character data as XML delivers it: line ends normalised, then
 * references resolved (what a reference yields is not normalised again).
 * In attribute values every line end, tab and newline becomes a space.
 */
function decode(raw: string, attribute: boolean): string {
  let out = '';
  let from = 0;
  for (;;) {
    const amp = raw.indexOf('&', from);
    const seg = raw.slice(from, amp < 0 ? raw.length : amp);
    if (NOT_XML_CHAR.test(seg) || (!attribute && seg.includes(']]>')) || (attribute && seg.includes('<'))) throw new NotSimpleXml();
    out += attribute ? seg.replace(/\r\n?|[\n\t]/g, ' ') : seg.replace(/\r\n?/g, '\n');
    if (amp < 0) return out;
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) throw new NotSimpleXml();
    out += entity(raw.slice(amp + 1, semi));
    from = semi + 1;
  }
}

/** What is before, in and after the root element. */
const enum Phase {
  Prolog,
  Root,
  Epilog,
}

/**
 * Parses one part fed as text in pieces split anywhere; an incomplete
 * construct at the end of a piece waits for the next one.
 */
export class FastXmlParser {
  private rest = '';
  /** Open elements' names as written, to match their end tags. */
  private readonly names: string[] = [];
  /** The same elements' names as the handler received them. */
  private readonly locals: string[] = [];
  private phase = Phase.Prolog;
  private atStart = true;
  private prefix: string | null = null;

  constructor(private readonly handler: XmlHandler) {}

  write(text: string): void {
    const s = this.rest ? this.rest + text : text;
    const at = this.run(s, false);
    this.rest = at < s.length ? s.slice(at) : '';
    if (this.rest.length > MAX_RUN) throw new NotSimpleXml();
  }

  end(): void {
    const s = this.rest;
    this.rest = '';
    const at = this.run(s, true);
    if (at < s.length || this.phase !== Phase.Epilog) throw new NotSimpleXml();
  }

  /** The handler's name for an element: the root's prefix taken off, as {@link xmlSink} does. */
  private local(name: string): string {
    if (this.prefix === null) {
      const i = name.indexOf(':');
      this.prefix = i < 0 ? '' : name.slice(0, i + 1);
    }
    if (this.prefix === '') return name.indexOf(':') < 0 ? name : '';
    return name.startsWith(this.prefix) ? name.slice(this.prefix.length) : '';
  }

  private text(raw: string): void {
    const t = TEXT_SPECIAL.test(raw) ? decode(raw, false) : raw;
    if (this.phase !== Phase.Root && !ONLY_SPACE.test(t)) throw new NotSimpleXml();
    this.handler.text(t);
  }

  private closed(): void {
    this.names.pop();
    const local = this.locals.pop()!;
    if (this.names.length === 0) this.phase = Phase.Epilog;
    this.handler.close(local);
  }

  /**
   * Handles every complete construct of `s` and returns where the first
   * incomplete one starts (s.length when none is). With `final` nothing
   * more is coming, so an incomplete construct is not simple XML.
   *
   * Each kind of construct has its own small method returning the position
   * after it, or {@link MORE} when `s` ends inside it: small functions are
   * optimised by V8 within the first few thousand tags, which is most of a
   * small workbook (one long loop would run interpreted until replaced).
   */
  private run(s: string, final: boolean): number {
    let i = 0;
    while (i < s.length) {
      const next = this.step(s, i, final);
      if (next === MORE) break;
      i = next;
    }
    if (i < s.length && final) throw new NotSimpleXml();
    return i;
  }

  /** The text at `i`, if any, and the construct after it. */
  private step(s: string, i: number, final: boolean): number {
    const n = s.length;
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      if (n - i > MAX_RUN) throw new NotSimpleXml();
      if (!final) return MORE;
      // Only white space may follow the root element.
      if (this.phase !== Phase.Epilog) throw new NotSimpleXml();
      this.text(s.slice(i));
      return n;
    }
    if (lt > i) {
      if (lt - i > MAX_RUN) throw new NotSimpleXml();
      const raw = s.slice(i, lt);
      // saxes passes over white space at the very start unreported.
      const leading = this.atStart && ONLY_SPACE.test(raw);
      this.atStart = false;
      if (!leading) this.text(raw);
      // The text is handled; what follows may still be incomplete.
      return lt;
    }
    const c = s.charCodeAt(lt + 1);
    const next = c === SLASH ? this.endTag(s, lt) : c === BANG ? this.bang(s, lt) : c === QUESTION ? this.declaration(s, lt) : this.startTag(s, lt, c);
    if (next !== MORE) this.atStart = false;
    return next;
  }

  private endTag(s: string, lt: number): number {
    const n = s.length;
    const name = this.names[this.names.length - 1];
    if (name === undefined) throw new NotSimpleXml();
    if (!s.startsWith(name, lt + 2)) {
      if (n - lt - 2 < name.length) return MORE;
      throw new NotSimpleXml();
    }
    let p = lt + 2 + name.length;
    while (p < n && isSpace(s.charCodeAt(p))) p++;
    if (p >= n) return MORE;
    if (s.charCodeAt(p) !== GT) throw new NotSimpleXml();
    this.closed();
    return p + 1;
  }

  /** A comment or a CDATA section; a DOCTYPE goes to saxes. */
  private bang(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return MORE;
      if (end - lt > MAX_RUN) throw new NotSimpleXml();
      const body = s.slice(lt + 4, end);
      if (body.includes('--') || body.endsWith('-') || NOT_XML_CHAR.test(body)) throw new NotSimpleXml();
      return end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      if (this.phase !== Phase.Root) throw new NotSimpleXml();
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return MORE;
      if (end - lt > MAX_RUN) throw new NotSimpleXml();
      const raw = s.slice(lt + 9, end);
      if (NOT_XML_CHAR.test(raw)) throw new NotSimpleXml();
      // saxes reports a CDATA section even when it is empty.
      this.handler.text(raw.replace(/\r\n?/g, '\n'));
      return end + 3;
    }
    const head = s.slice(lt);
    if (head.length < 9 && ('<![CDATA['.startsWith(head) || '<!--'.startsWith(head))) return MORE;
    throw new NotSimpleXml();
  }

  /** Only the XML declaration, at the very start; any other processing instruction goes to saxes. */
  private declaration(s: string, lt: number): number {
    const end = s.indexOf('?>', lt + 2);
    if (end < 0) return MORE;
    if (!this.atStart || lt !== 0 || !XML_DECL.test(s.slice(0, end + 2))) throw new NotSimpleXml();
    return end + 2;
  }

  private startTag(s: string, lt: number, c: number): number {
    if (Number.isNaN(c)) return MORE;
    if (this.phase === Phase.Epilog || !(c < 128 && NAME_START[c])) throw new NotSimpleXml();
    const n = s.length;
    let p = lt + 2;
    while (p < n && isNameChar(s.charCodeAt(p))) p++;
    if (p >= n) return MORE;
    const name = s.slice(lt + 1, p);
    const attrs: Record<string, string> = {};
    for (;;) {
      let q = p;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return this.more(s, lt);
      const ch = s.charCodeAt(q);
      if (ch === GT || ch === SLASH) {
        const empty = ch === SLASH;
        if (empty) {
          if (q + 1 >= n) return this.more(s, lt);
          if (s.charCodeAt(q + 1) !== GT) throw new NotSimpleXml();
        }
        const after = q + (empty ? 2 : 1);
        if (after - lt > MAX_RUN) throw new NotSimpleXml();
        this.opened(name, attrs, empty);
        return after;
      }
      // An attribute, after white space.
      if (q === p) throw new NotSimpleXml();
      p = this.attribute(s, q, attrs);
      if (p === MORE) return this.more(s, lt);
    }
  }

  /** Reads the attribute at `at` into `attrs`; returns the position after its closing quote. */
  private attribute(s: string, at: number, attrs: Record<string, string>): number {
    const n = s.length;
    let c = s.charCodeAt(at);
    if (!(c < 128 && NAME_START[c])) throw new NotSimpleXml();
    let q = at + 1;
    while (q < n && isNameChar(s.charCodeAt(q))) q++;
    const nameEnd = q;
    while (q < n && isSpace(s.charCodeAt(q))) q++;
    if (q >= n) return MORE;
    if (s.charCodeAt(q) !== EQUALS) throw new NotSimpleXml();
    q++;
    while (q < n && isSpace(s.charCodeAt(q))) q++;
    if (q >= n) return MORE;
    const quote = s.charCodeAt(q);
    if (quote !== DQUOTE && quote !== SQUOTE) throw new NotSimpleXml();
    let end = q + 1;
    let special = false;
    for (; end < n; end++) {
      c = s.charCodeAt(end);
      if (c === quote) break;
      if (c < 32 || c === AMP || c === LT || c >= 0xd800) special = true;
    }
    if (end >= n) return MORE;
    const raw = s.slice(q + 1, end);
    const key = s.slice(at, nameEnd);
    // A name Object.prototype has counts as repeated: saxes reads such a tag.
    if (attrs[key] !== undefined || key === '__proto__') throw new NotSimpleXml();
    attrs[key] = special ? decode(raw, true) : raw;
    return end + 1;
  }

  /** An incomplete start tag waits for more text, unless it is already too long. */
  private more(s: string, lt: number): number {
    if (s.length - lt > MAX_RUN) throw new NotSimpleXml();
    return MORE;
  }

  private opened(name: string, attrs: Record<string, string>, empty: boolean): void {
    if (this.names.length >= MAX_DEPTH) throw new NotSimpleXml();
    this.phase = Phase.Root;
    const local = this.local(name);
    this.names.push(name);
    this.locals.push(local);
    this.handler.open(local, attrs);
    if (empty) this.closed();
  }
}
