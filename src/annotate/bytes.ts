/**
 * Searching UTF-8 XML as bytes, so that a 40 MB sheet is scanned without
 * being decoded into a string or encoded back: markup is ASCII, and offsets
 * stay byte offsets into the original part.
 */

const GT = 0x3e;
export const SLASH = 0x2f;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;

export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** First index of `needle` in `hay[from, to)`; anchored on the needle's last byte, which the native indexOf finds. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number = hay.length): number {
  const last = needle.length - 1;
  const anchor = needle[last];
  for (let i = from + last; i < to; ) {
    const j = hay.indexOf(anchor, i);
    if (j < 0 || j >= to) return -1;
    const s = j - last;
    let k = 0;
    while (k < last && hay[s + k] === needle[k]) k++;
    if (k === last) return s;
    i = j + 1;
  }
  return -1;
}

/** Last index of `needle` in `hay[0, to)`. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, to: number = hay.length): number {
  const last = needle.length - 1;
  const anchor = needle[last];
  for (let j = hay.lastIndexOf(anchor, to - 1); j >= last; j = hay.lastIndexOf(anchor, j - 1)) {
    const s = j - last;
    let k = 0;
    while (k < last && hay[s + k] === needle[k]) k++;
    if (k === last) return s;
  }
  return -1;
}

const BANG = ascii('<!');
const COMMENT_END = ascii('-->');
const CDATA_END = ascii(']]>');

/**
 * Finds start tags `<name` (a whole name: followed by space, "/" or ">"),
 * passing over comments and CDATA sections, whose text could contain
 * anything. Remembers where the next "<!" is, so a part without any costs
 * one search for it, not one per tag.
 */
export class TagScanner {
  /** The first "<!" at or after `bangFrom` (-1: none). */
  private bang = -1;
  private bangFrom = Infinity;

  constructor(
    readonly hay: Uint8Array,
    private readonly to: number,
  ) {}

  next(open: Uint8Array, from: number): number {
    for (let p = from; ; ) {
      const i = indexOfBytes(this.hay, open, p, this.to);
      if (i < 0) return -1;
      if (p < this.bangFrom || (this.bang >= 0 && this.bang < p)) {
        this.bang = indexOfBytes(this.hay, BANG, p, this.to);
        this.bangFrom = p;
      }
      if (this.bang >= 0 && this.bang < i) {
        p = this.skipSpecial(this.bang);
        continue;
      }
      const b = this.hay[i + open.length];
      if (isSpace(b) || b === SLASH || b === GT) return i;
      p = i + 1;
    }
  }

  private skipSpecial(lt: number): number {
    const isComment = this.hay[lt + 2] === 0x2d;
    const end = indexOfBytes(this.hay, isComment ? COMMENT_END : CDATA_END, lt + 2, this.to);
    if (end < 0) throw new Error('unterminated comment or CDATA');
    return end + 3;
  }
}

/** Index just after the ">" of the tag starting at `lt`, passing over quoted attribute values. */
export function tagEndBytes(hay: Uint8Array, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < hay.length; i++) {
    const b = hay[i];
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === QUOT || b === APOS) quote = b;
    else if (b === GT) return i + 1;
  }
  throw new Error('unterminated tag');
}

/** Where an attribute's value lies inside the tag `[lt, end)`: [start, end) of the text between the quotes. */
export function attrSpan(hay: Uint8Array, lt: number, end: number, name: Uint8Array): [number, number] | undefined {
  const n = name.length;
  outer: for (let i = lt + 1; i + n < end; i++) {
    if (!isSpace(hay[i - 1])) continue;
    for (let k = 0; k < n; k++) if (hay[i + k] !== name[k]) continue outer;
    let q = i + n;
    while (isSpace(hay[q])) q++;
    if (hay[q] !== EQ) continue;
    q++;
    while (isSpace(hay[q])) q++;
    const quote = hay[q];
    if (quote !== QUOT && quote !== APOS) continue;
    for (let c = q + 1; c < end; c++) if (hay[c] === quote) return [q + 1, c];
    return undefined;
  }
  return undefined;
}

/** The value bytes as an ASCII string (attribute values the annotator reads are numbers and references). */
export function asciiText(hay: Uint8Array, span: [number, number]): string {
  let s = '';
  for (let i = span[0]; i < span[1]; i++) s += String.fromCharCode(hay[i]);
  return s;
}

/** A non-negative integer written in `span`, or NaN. */
export function intAt(hay: Uint8Array, span: [number, number]): number {
  let n = 0;
  if (span[0] === span[1]) return NaN;
  for (let i = span[0]; i < span[1]; i++) {
    const d = hay[i] - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}
