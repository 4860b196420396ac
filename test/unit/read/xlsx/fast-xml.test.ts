import fc from 'fast-check';
import { FastXmlParser, NotSimpleXml } from '../../../../src/read/xlsx/fast-xml';
import { PartDamage } from '../../../../src/read/xlsx/inflate';
import { xmlSink, XmlHandler } from '../../../../src/read/xlsx/xml';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { unzipParts } from '../../../helpers/xlsx-parts';

/**
 * The fast tokenizer against saxes, the strict parser it stands in for:
 * on generated and mutated XML, whatever the fast one accepts saxes must
 * accept and hand to the handler identically; whatever saxes refuses the
 * fast one must send back to saxes (NotSimpleXml), never accept, never fail
 * another way. Handlers append text, so adjacent texts are compared joined.
 */

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

class Recorder implements XmlHandler {
  readonly events: Event[] = [];
  open(name: string, attrs: Record<string, string>): void {
    this.events.push(['open', name, { ...attrs }]);
  }
  text(t: string): void {
    const last = this.events[this.events.length - 1];
    if (last && last[0] === 'text') last[1] += t;
    else if (t) this.events.push(['text', t]);
  }
  close(name: string): void {
    this.events.push(['close', name]);
  }
}

/** saxes' reading: the events, or 'damaged'. */
function bySaxes(xml: string): Event[] | 'damaged' {
  const r = new Recorder();
  const sink = xmlSink(r);
  try {
    // A byte-order mark makes the decoder read UTF-8 whatever the declaration says: the fast parser is given text, not bytes.
    sink.write(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]));
    sink.end();
  } catch (e) {
    if (e instanceof PartDamage) return 'damaged';
    throw e;
  }
  return r.events;
}

/** The fast reading, fed in pieces cut at `cuts` (never inside a surrogate pair, as a decoder never does): the events, or 'declined'. */
function byFast(xml: string, cuts: number[] = []): Event[] | 'declined' {
  const r = new Recorder();
  const parser = new FastXmlParser(r);
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b).map((c) => (/[\uDC00-\uDFFF]/.test(xml[c] ?? '') ? c - 1 : c));
  try {
    let from = 0;
    for (const c of at) {
      if (c <= from) continue;
      parser.write(xml.slice(from, c));
      from = c;
    }
    parser.write(xml.slice(from));
    parser.end();
  } catch (e) {
    if (e instanceof NotSimpleXml) return 'declined';
    throw e;
  }
  return r.events;
}

function agree(xml: string, cuts: number[]): Event[] | 'declined' {
  const fast = byFast(xml, cuts);
  if (fast !== 'declined') expect(bySaxes(xml)).toEqual(fast);
  return fast;
}

const NAMES = ['c', 'v', 'f', 'is', 't', 'r', 'row', 'sheetData', 'x:c', 'x:v', 'mc:Choice', 'a.b', 'a-b', '_x', 'A1', 'worksheet'];
const ATTRS = ['r', 's', 't', 'spans', 'x14ac:dyDescent', 'ref', 'xmlns', 'xmlns:x', 'a-b', '_y', 'toString', 'constructor'];
const ODD_ATTRS = ['__proto__', 'é', '1a', 'a b'];
/** Text pieces, raw: each text is escaped or not by the generator, so both valid and invalid XML come out. */
const PIECES = ['a', '1', '3.14', ' ', '\t', '\n', '\r\n', '\r', '中文', '😀', '&', '<', '>', '"', "'", ']]', '--', '-', '?>', '&#', ';', '\u00A0', '\u2028'];
/** Pieces no escaping makes XML. */
const BAD_PIECES = [']]>', '\u0001', '\uFFFE', '\uD800', '\uDC00'];

/** Mostly valid: one thing in 25 is left as it is, or is a piece XML does not allow. */
const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 24 }, { arbitrary: odd, weight: 1 });
const rawText = fc.array(rarely(fc.constantFrom(...PIECES), fc.constantFrom(...BAD_PIECES)), { maxLength: 6 }).map((a) => a.join(''));
const escape = (s: string, attr: boolean): string =>
  s.replace(/[&<>"'\r\t\n]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (ch, at: number) => {
    if (ch === '&') return ['&amp;', '&#38;', '&#x26;'][at % 3];
    if (ch === '<') return '&lt;';
    if (ch === '>') return '&gt;';
    if (ch === '"') return '&quot;';
    if (ch === "'") return '&apos;';
    if (/[\r\t\n]/.test(ch) && !attr) return ch === '\r' ? '&#13;' : ch;
    return `&#x${ch.charCodeAt(0).toString(16)};`;
  });
const escaped = (attr: boolean) => fc.tuple(rawText, rarely(fc.constant(true), fc.constant(false))).map(([s, esc]) => (esc ? escape(s, attr) : s));
const text = escaped(false);
const space = fc.constantFrom('', ' ', '\n', '\t', '\r\n ');
const attrValue = fc.tuple(escaped(true), fc.constantFrom('"', "'")).map(([v, q]) => q + v + q);
const attrName = rarely(fc.constantFrom(...ATTRS), fc.constantFrom(...ODD_ATTRS));
/** Attributes, mostly with distinct names. */
const attributes = fc
  .array(fc.tuple(attrName, space, space, attrValue), { maxLength: 4 })
  .chain((list) => rarely(fc.constant(list.filter(([n], i) => list.findIndex(([m]) => m === n) === i)), fc.constant(list)))
  .map((list) => list.map(([n, a, b, v]) => ` ${n}${a}=${b}${v}`).join(''));

type Node = string;
const { node } = fc.letrec<{ node: Node; element: Node; misc: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element'), tie('misc')),
  misc: rarely(
    fc.oneof(rawText.map((s) => `<![CDATA[${s.replace(/]]>/g, '')}]]>`), rawText.map((s) => `<!--${s.replace(/-/g, '')}-->`)),
    fc.constantFrom('<?pi x?>', '&unknown;', '&#0;', '<!---->', '<!-- a--b -->', '<![CDATA[]]>'),
  ),
  element: fc.tuple(fc.constantFrom(...NAMES), attributes, space, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([name, attrs, sp, children, empty]) =>
    empty && children.length === 0 ? `<${name}${attrs}${sp}/>` : `<${name}${attrs}${sp}>${children.join('')}</${name}${sp}>`,
  ),
}));
const rootName = fc.constantFrom('worksheet', 'x:worksheet', 'sst', 'Relationships');
const declaration = rarely(
  fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0'?>", '<?xml version = "1.0" standalone=\'no\' ?>'),
  fc.constantFrom('<?xml version="1.1"?>', ' <?xml version="1.0"?>', '<!DOCTYPE x>', '<?xml encoding="UTF-8"?>'),
);
const tail = rarely(fc.constantFrom('', '\n', '<!-- end -->'), fc.constantFrom('junk', '<x/>', '<?pi?>'));
const documentXml = fc
  .tuple(declaration, space, rootName, attributes, fc.array(node, { maxLength: 5 }), space, tail)
  .map(([decl, pre, root, attrs, children, post, end]) => `${decl}${pre}<${root}${attrs}>${children.join('')}</${root}>${post}${end}`);

const MUTANTS = ['<', '>', '&', '"', "'", '/', '=', '!', '?', ']', '-', ' ', '\r', '\u0000', 'x', ':', '中', '\uD800', '😀', '<!--', '<![CDATA[', '</'];
/** Cuts, doubles or inserts text at a few places. */
const mutate = (xml: fc.Arbitrary<string>) =>
  fc.tuple(xml, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('cut', 'double', 'insert'), fc.constantFrom(...MUTANTS)), { minLength: 1, maxLength: 3 })).map(([s, edits]) => {
    let out = s;
    for (const [at, len, op, piece] of edits) {
      const i = at % (out.length + 1);
      if (op === 'cut') out = out.slice(0, i) + out.slice(i + len);
      else if (op === 'double') out = out.slice(0, i + len) + out.slice(i, i + len) + out.slice(i + len);
      else out = out.slice(0, i) + piece + out.slice(i);
    }
    return out;
  });
const cuts = fc.array(fc.nat(), { maxLength: 6 });

describe('the fast XML tokenizer reads what saxes reads, or leaves it to saxes', () => {
  let sheetXml: string[];
  beforeAll(async () => {
    const parts = unzipParts(await sampleBuffer());
    sheetXml = Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([, bytes]) => new TextDecoder().decode(bytes));
  });

  it('reads every part of a real workbook itself, as saxes does, however it is cut', () => {
    for (const xml of sheetXml) {
      expect(byFast(xml)).not.toBe('declined');
      fc.assert(
        fc.property(cuts, (c) => {
          expect(agree(xml, c)).not.toBe('declined');
        }),
        { numRuns: 5, seed: 1 },
      );
    }
  });

  it('generated XML, valid and not', () => {
    let read = 0;
    fc.assert(
      fc.property(documentXml, cuts, (xml, c) => {
        if (agree(xml, c) !== 'declined') read++;
      }),
      { numRuns: 1500, seed: 2 },
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(read).toBeGreaterThan(300);
  });

  it('mutated generated XML', () => {
    fc.assert(
      fc.property(mutate(documentXml), cuts, (xml, c) => {
        agree(xml, c);
      }),
      { numRuns: 1500, seed: 3 },
    );
  });

  it('mutated parts of a real workbook', () => {
    fc.assert(
      fc.property(
        mutate(fc.nat().map((i) => sheetXml[i % sheetXml.length])),
        cuts,
        (xml, c) => {
          agree(xml, c);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('declines what it does not vouch for, and saxes refuses or reads it', () => {
    const cases = [
      '<a>&nbsp;</a>',
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      '<a><?pi data?></a>',
      '<a b="1" b="2"/>',
      '<a>text',
      '<a></b>',
      '<a/><b/>',
      '<a>]]></a>',
      '<a x="<"/>',
      '<a>\u0001</a>',
      '<é/>',
      '<a/>tail',
      '<?xml version="1.0"?><?xml version="1.0"?><a/>',
      '<a>' + 'x'.repeat((1 << 20) + 1) + '</a>',
      '<a>'.repeat(200) + '</a>'.repeat(200),
    ];
    for (const xml of cases) expect(byFast(xml)).toBe('declined');
  });
});
