import { sampleBuffer } from '../../src/sample/sample-workbook';
import { deflate, deflateRepeated, readZip, writeZip, type ZipEntry, type ZipOptions } from '../helpers/zip';

/**
 * The hostile corpus: workbooks an attacker or an unlucky office could send,
 * made by zip and XML surgery on the sample workbook (a real filing, so
 * whatever survives the damage is recognised and checked). Deterministic:
 * no randomness, the same bytes on every run.
 */

export type CaseClass = 'xml' | 'ranges' | 'sheets' | 'zip' | 'encoding' | 'size';

export interface CorpusCase {
  id: string;
  cls: CaseClass;
  what: string;
  /** 'refuse': exit 2 with one line; 'read': a verdict; unset: either, as long as it is one of them. */
  expect?: 'refuse' | 'read';
  bytes: () => Buffer;
}

/** What the cases may reach: a secret file an external entity names, and a local server that counts connections. */
export interface Bait {
  secretPath: string;
  port: number;
}

const WB = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const CT = '[Content_Types].xml';
const SST = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
/** 考评员名册, the roster whose cells the rules quote. */
const ROSTER = 'xl/worksheets/sheet4.xml';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const WS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WS_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

type Edit = string | Uint8Array | null | ((old: string) => string | Uint8Array);

export class Surgeon {
  constructor(readonly base: ZipEntry[]) {}

  part(name: string): string {
    const e = this.base.find((x) => x.name === name);
    if (!e) throw new Error(`no part ${name}`);
    return text(e.data);
  }

  /** The sample with parts replaced (null removes one), parts added, and entry overrides. */
  zip(edits: Record<string, Edit> = {}, extra: ZipEntry[] = [], opts: ZipOptions = {}, entry: (e: ZipEntry) => ZipEntry = (e) => e): Buffer {
    const out: ZipEntry[] = [];
    for (const e of this.base) {
      if (!(e.name in edits)) {
        out.push(entry({ ...e }));
        continue;
      }
      const edit = edits[e.name];
      if (edit === null) continue;
      const data = typeof edit === 'function' ? edit(text(e.data)) : edit;
      out.push(entry({ name: e.name, data: typeof data === 'string' ? bytes(data) : data }));
    }
    return writeZip([...out, ...extra], opts);
  }

  /** Extra worksheets appended to the workbook, with their rels and content types. */
  withSheets(sheets: { name: string; xml: string | Buffer; target?: string }[], edits: Record<string, Edit> = {}, opts: ZipOptions = {}): Buffer {
    const rels: string[] = [];
    const list: string[] = [];
    const types: string[] = [];
    const extra: ZipEntry[] = [];
    sheets.forEach((s, i) => {
      const target = s.target ?? `worksheets/extra${i + 1}.xml`;
      rels.push(`<Relationship Id="rIdX${i + 1}" Type="${WS_REL}" Target="${target}"/>`);
      list.push(`<sheet name="${s.name}" sheetId="${100 + i}" r:id="rIdX${i + 1}"/>`);
      if (!s.target) {
        types.push(`<Override PartName="/xl/${target}" ContentType="${WS_CT}"/>`);
        extra.push({ name: `xl/${target}`, data: typeof s.xml === 'string' ? bytes(s.xml) : s.xml });
      }
    });
    return this.zip(
      {
        [WB]: (x) => x.replace('</sheets>', `${list.join('')}</sheets>`),
        [RELS]: (x) => x.replace('</Relationships>', `${rels.join('')}</Relationships>`),
        [CT]: (x) => x.replace('</Types>', `${types.join('')}</Types>`),
        ...edits,
      },
      extra,
      opts,
    );
  }
}

/** A worksheet part around the given sheetData rows and trailing elements. */
export function sheetXml(rows: string, after = ''): string {
  return `${DECL}<worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

const addRows = (rows: string) => (x: string) => x.replace('</sheetData>', `${rows}</sheetData>`);
const afterData = (xml: string) => (x: string) => x.replace('</sheetData>', `</sheetData>${xml}`);
const withDoctype = (doctype: string) => (x: string) => x.replace(/^<\?xml[^>]*\?>\s*/, `${DECL}${doctype}`);
/** Replaces the first shared string's text. */
const firstString = (t: string) => (x: string) => x.replace(/<si><t>[^<]*<\/t><\/si>/, `<si><t>${t}</t></si>`);
const inlineCell = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

function laughs(): string {
  const ents = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) ents.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return ents.join('');
}

function utf16(s: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (!bigEndian) return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

function flipBytes(b: Buffer, every: number): Buffer {
  const c = Buffer.from(b);
  for (let i = Math.floor(c.length / 3); i < c.length; i += every) c[i] ^= 0x5a;
  return c;
}

/** Rows of the roster sheet's size, for the amplification cases. */
function numberRows(rows: number, cols: number, firstRow = 1): string {
  const out: string[] = [];
  for (let r = firstRow; r < firstRow + rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c><v>${(r * 7 + c) % 1000}</v></c>`;
    out.push(`${row}</row>`);
  }
  return out.join('');
}

/** A GUID-shaped id, numbered: threads and people in the cases below. */
const guidOf = (n: number): string => `{${String(n).padStart(8, '0')}-0000-4000-8000-000000000000}`;

/** A clerk's note box on a cell (0-based row and column), as Excel writes it. */
function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${id - 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

export const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

/** A note drawing holding `shapes`, in the block its first id falls in. */
function noteDrawing(shapes: string, blocks = '1'): string {
  return `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes}</xml>`;
}

/** The roster grown by `rows` rows, each wrong in several ways: the same bad ID on every row, an unknown occupation, a bad code and level. */
export function wrongRoster(s: Surgeon, rows: number): Buffer {
  return s.zip({
    [ROSTER]: addRows(
      Array.from({ length: rows }, (_, i) => {
        const r = i + 17;
        return `<row r="${r}"><c r="A${r}"><v>${i + 15}</v></c>${inlineCell(`C${r}`, '1234567890')}${inlineCell(`F${r}`, '不存在的职业')}${inlineCell(`G${r}`, '9-99-99-99')}${inlineCell(`H${r}`, '十级')}</row>`;
      }).join(''),
    ),
  });
}

/** A note drawing of 1.4 GB of spaces in 1.4 MB, its size declared honestly (its CRC is not: no reader should get that far). */
export function vmlBomb(name: string): ZipEntry {
  const [head, tail] = [bytes(`<xml ${VML_NS}>`), bytes('</xml>')];
  const size = head.length + 21 * (64 << 20) + tail.length;
  return { name, data: Buffer.alloc(0), raw: deflateRepeated(head, 0x20, 64 << 20, 21, tail), lie: { cdSize: size, localSize: size } };
}

/**
 * The roster grown to `n` people under the sample's own, each with an ID
 * number that fails its check digit in column C, and each such cell
 * already holding a clerk's note: a legacy note, or with `threaded` an
 * Excel 365 thread (whose legacy note is the thread's stand-in).
 */
export function notedRoster(s: Surgeon, n: number, threaded: boolean): Buffer {
  const roster = s.part(ROSTER);
  const template = /<row r="16".*?<\/row>/.exec(roster)![0];
  const rows: string[] = [];
  const comments: string[] = [];
  const shapes: string[] = [];
  const threads: string[] = [];
  const authors = threaded ? [] : ['<author>王会计</author>'];
  for (let i = 0; i < n; i++) {
    const r = 17 + i;
    rows.push(template.replace(/(r="[A-L]?)16"/g, `$1${r}"`).replace(/<c r="C\d+"[^>]*>.*?<\/c>/, inlineCell(`C${r}`, '1234567890')).replace('<v>14</v>', `<v>${i + 15}</v>`));
    if (threaded) {
      authors.push(`<author>tc=${guidOf(i + 1)}</author>`);
      threads.push(`<threadedComment ref="C${r}" dT="2025-03-01T09:30:00.00" personId="${guidOf(0)}" id="${guidOf(i + 1)}"><text>请核对第 ${i + 1} 人的证件</text></threadedComment>`);
    }
    comments.push(`<comment ref="C${r}" authorId="${threaded ? i : 0}"><text><r><t>${threaded ? `[Threaded comment]\n请核对第 ${i + 1} 人的证件` : `请核对第 ${i + 1} 人的证件`}</t></r></text></comment>`);
    shapes.push(noteShape(1025 + i, r - 1, 2));
  }
  const blocks = Array.from({ length: Math.ceil((n + 1) / 1024) + 1 }, (_, k) => k + 1).join(',');
  const sheetRels = [
    `<Relationship Id="rIdN1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>`,
    `<Relationship Id="rIdN2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
    threaded ? `<Relationship Id="rIdN3" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` : '',
  ].join('');
  const extra: ZipEntry[] = [
    { name: 'xl/worksheets/_rels/sheet4.xml.rels', data: bytes(`${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}</Relationships>`) },
    { name: 'xl/comments1.xml', data: bytes(`${DECL}<comments ${NS}><authors>${authors.join('')}</authors><commentList>${comments.join('')}</commentList></comments>`) },
    { name: 'xl/drawings/vmlDrawing1.vml', data: bytes(noteDrawing(shapes.join(''), blocks)) },
  ];
  const THREADS_NS = 'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  if (threaded) {
    extra.push(
      { name: 'xl/threadedComments/threadedComment1.xml', data: bytes(`${DECL}<ThreadedComments ${THREADS_NS}>${threads.join('')}</ThreadedComments>`) },
      { name: 'xl/persons/person.xml', data: bytes(`${DECL}<personList ${THREADS_NS}><person displayName="王会计" id="${guidOf(0)}" userId="王会计" providerId="None"/></personList>`) },
    );
  }
  return s.zip(
    {
      [ROSTER]: (x) => addRows(rows.join(''))(x).replace('</worksheet>', '<legacyDrawing r:id="rIdN2"/></worksheet>'),
      [RELS]: (x) => (threaded ? x.replace('</Relationships>', '<Relationship Id="rIdP" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>') : x),
      [CT]: (x) =>
        x.replace(
          '</Types>',
          '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
            (threaded
              ? '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
              : '') +
            '</Types>',
        ),
    },
    extra,
  );
}

export async function buildCorpus(bait: Bait): Promise<CorpusCase[]> {
  const s = new Surgeon(readZip(await sampleBuffer()));
  const dtdUrl = (f: string) => `http://127.0.0.1:${bait.port}/${f}`;
  const roster = s.part(ROSTER);
  const cases: CorpusCase[] = [];
  const add = (cls: CaseClass, id: string, what: string, make: () => Buffer, expect?: CorpusCase['expect']) => cases.push({ id: `${cls}-${id}`, cls, what, bytes: make, expect });

  // XML attacks: entities and DTDs never expand or reach out, nesting and sizes stay bounded.
  add('xml', 'billion-laughs-sheet', 'nested entities in a worksheet', () => s.zip({ [ROSTER]: (x) => addRows(`<row r="40">${inlineCell('A40', '&lol9;')}</row>`)(withDoctype(`<!DOCTYPE worksheet [${laughs()}]>`)(x)) }));
  add('xml', 'billion-laughs-strings', 'nested entities in shared strings', () => s.zip({ [SST]: (x) => firstString('&lol9;')(withDoctype(`<!DOCTYPE sst [${laughs()}]>`)(x)) }));
  add('xml', 'quadratic-blowup', 'one 50 kB entity referenced 20,000 times', () =>
    s.zip({ [SST]: (x) => firstString('&a;'.repeat(20000))(withDoctype(`<!DOCTYPE sst [<!ENTITY a "${'A'.repeat(50000)}">]>`)(x)) }),
  );
  add('xml', 'external-entity-file', 'an external entity naming a local file', () =>
    s.zip({ [SST]: (x) => firstString('&xxe;')(withDoctype(`<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://${bait.secretPath}">]>`)(x)) }),
  );
  add('xml', 'external-dtd', 'a DTD on a server', () => s.zip({ [WB]: withDoctype(`<!DOCTYPE workbook SYSTEM "${dtdUrl('w.dtd')}">`) }));
  add('xml', 'parameter-entity', 'a parameter entity fetching a DTD', () =>
    s.zip({ [SST]: (x) => firstString('&ext;')(withDoctype(`<!DOCTYPE sst [<!ENTITY % remote SYSTEM "${dtdUrl('p.dtd')}"> %remote;]>`)(x)) }),
  );
  add('xml', 'deep-nesting', '300,000 nested elements after the sheet data', () => s.zip({ [ROSTER]: afterData(`<extLst>${'<ext>'.repeat(300000)}${'</ext>'.repeat(300000)}</extLst>`) }));
  add('xml', 'deep-nesting-cell', '100,000 nested elements inside a cell value', () => s.zip({ [ROSTER]: addRows(`<row r="40"><c r="A40"><v>${'<x>'.repeat(100000)}1${'</x>'.repeat(100000)}</v></c></row>`) }));
  add('xml', 'huge-attribute', 'a 20 MB attribute on a cell', () => s.zip({ [ROSTER]: addRows(`<row r="40"><c r="A40" foo="${'A'.repeat(20_000_000)}"><v>1</v></c></row>`) }));
  add('xml', 'huge-sheet-name', 'a 4 MB sheet name', () => s.zip({ [WB]: (x) => x.replace('name="考评员名册"', `name="${'名'.repeat(4_000_000)}"`) }));
  add('xml', 'many-attributes', 'one cell with 200,000 attributes', () => s.zip({ [ROSTER]: addRows(`<row r="40"><c r="A40"${Array.from({ length: 200000 }, (_, i) => ` a${i}="1"`).join('')}><v>1</v></c></row>`) }));
  add('xml', 'huge-string', 'a 40-million-character shared string', () => s.zip({ [SST]: firstString('A'.repeat(40_000_000)) }));
  add('xml', 'whitespace-flood', '60 MB of whitespace between two rows', () => s.zip({ [ROSTER]: (x) => x.replace('</row>', `</row>${' '.repeat(60_000_000)}`) }));
  add('xml', 'truncated-sheet', 'a worksheet cut in half', () => s.zip({ [ROSTER]: roster.slice(0, Math.floor(roster.length / 2)) }));
  add('xml', 'mismatched-tags', 'a row closed by the wrong tag', () => s.zip({ [ROSTER]: (x) => x.replace('</row>', '</col>') }));
  add('xml', 'not-xml', 'a worksheet part holding binary bytes', () => s.zip({ [ROSTER]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]) }));
  add('xml', 'empty-part', 'a zero-byte worksheet part', () => s.zip({ [ROSTER]: '' }));
  add('xml', 'empty-workbook-part', 'a zero-byte workbook part', () => s.zip({ [WB]: '' }));
  add('xml', 'cdata-comments', 'CDATA, comments and processing instructions in values', () =>
    s.zip({ [SST]: firstString('<![CDATA[社会培训评价组织基本情况表]]><!-- 注释 --><?pi x?>') }),
    'read',
  );
  add('xml', 'invalid-char-refs', 'character references XML forbids', () => s.zip({ [SST]: firstString('&#0;&#xD800;&#x1F;&#xFFFF;&#x110000;') }));
  add('xml', 'undefined-entity', 'an HTML entity XML does not define', () => s.zip({ [SST]: firstString('&nbsp;&copy;') }));

  // Absurd references and ranges: nothing is sized from what the file declares.
  add('ranges', 'stray-xfd1048576', 'one value in the last cell of the grid', () => s.zip({ [ROSTER]: addRows(`<row r="1048576">${inlineCell('XFD1048576', '离群值')}</row>`) }), 'read');
  add('ranges', 'stray-b200000', 'one value in B200000 under the roster', () => s.zip({ [ROSTER]: addRows(`<row r="200000">${inlineCell('B200000', '离群值')}</row>`) }), 'read');
  add('ranges', '300-sheets-xfd', '300 unfamiliar sheets with one cell in column XFD', () =>
    s.withSheets(Array.from({ length: 300 }, (_, i) => ({ name: `其他${i + 1}`, xml: sheetXml(`<row r="1">${inlineCell('XFD1', `值${i}`)}</row>`) }))),
    'read',
  );
  add('ranges', 'whole-sheet-merge', 'a merge over the whole grid', () => s.zip({ [ROSTER]: (x) => x.replace('<mergeCell ref="A1:L1"/>', '<mergeCell ref="A1:L1"/><mergeCell ref="A2:XFD1048576"/>') }), 'read');
  add('ranges', 'whole-sheet-dimension', 'a dimension over the whole grid', () => s.zip({ [ROSTER]: (x) => x.replace('<dimension ref="A1:L16"/>', '<dimension ref="A1:XFD1048576"/>') }), 'read');
  add('ranges', 'whole-sheet-validation', 'validations, conditional formats and hyperlinks over the whole grid', () =>
    s.zip({
      [ROSTER]: afterData(
        `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576 A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>`,
      ),
    }),
    'read',
  );
  add('ranges', 'defined-names', '20,000 defined names over the whole grid', () =>
    s.zip({ [WB]: (x) => x.replace('</sheets>', `</sheets><definedNames>${Array.from({ length: 20000 }, (_, i) => `<definedName name="n${i}">'考评员名册'!$A$1:$XFD$1048576</definedName>`).join('')}</definedNames>`) }),
    'read',
  );
  add('ranges', 'bad-cell-refs', 'cell references outside the grid or malformed', () =>
    s.zip({ [ROSTER]: addRows(`<row r="40">${['ZZZZ40', 'A0', 'A99999999999', '-1', '', '1A', 'a40', 'XFE40', 'A40:B41'].map((r) => `<c r="${r}"><v>1</v></c>`).join('')}<c><v>2</v></c></row><row r="0"><c r="A0"><v>3</v></c></row>`) }),
  );
  add('ranges', 'huge-row-numbers', 'row numbers beyond the grid', () => s.zip({ [ROSTER]: addRows(['1048577', '4294967296', '1e9', '-5', 'x'].map((r) => `<row r="${r}"><c><v>1</v></c></row>`).join('')) }));
  add('ranges', 'many-merges', '20,000 overlapping and 20,000 disjoint merges', () =>
    s.zip({
      [ROSTER]: (x) =>
        x.replace(
          '<mergeCell ref="A1:L1"/>',
          `<mergeCell ref="A1:L1"/>${'<mergeCell ref="A2:B3"/>'.repeat(20000)}${Array.from({ length: 20000 }, (_, i) => `<mergeCell ref="M${i * 2 + 1}:N${i * 2 + 2}"/>`).join('')}`,
        ),
    }),
  );
  add('ranges', 'garbage-merges', 'merge references that are not ranges', () =>
    s.zip({ [ROSTER]: (x) => x.replace('<mergeCell ref="A1:L1"/>', ['A1:', ':B2', 'XFE1:XFE2', 'A1:B2:C3', '$$A$1:B2', 'A1048577:B1048578', 'B2:A1', ''].map((r) => `<mergeCell ref="${r}"/>`).join('')) }),
  );
  add('ranges', 'rows-out-of-order', 'rows in reverse order and cells written twice', () =>
    s.zip({ [ROSTER]: addRows(`<row r="50"><c r="A50"><v>1</v></c><c r="A50"><v>2</v></c></row><row r="45"><c r="B45"><v>3</v></c><c r="A45"><v>4</v></c></row>`) }),
  );
  add('ranges', 'column-spam', '16,384 column definitions and one over the whole width', () =>
    s.zip({ [ROSTER]: (x) => x.replace(/<cols>.*?<\/cols>/, `<cols>${Array.from({ length: 16384 }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="9"/>`).join('')}<col min="1" max="16384" width="3"/></cols>`) }),
    'read',
  );
  add('ranges', 'bad-string-index', 'shared-string indexes that do not exist', () =>
    s.zip({ [ROSTER]: addRows(`<row r="40">${['99999999', '-1', 'abc', '1e308', ''].map((v, i) => `<c r="${String.fromCharCode(65 + i)}40" t="s"><v>${v}</v></c>`).join('')}</row>`) }),
  );
  add('ranges', 'bad-style-index', 'style and number-format indexes that do not exist', () =>
    s.zip({ [ROSTER]: addRows(`<row r="40"><c r="A40" s="999999"><v>45000</v></c><c r="B40" s="-3"><v>1</v></c></row>`), [STYLES]: (x) => x.replace('<numFmt numFmtId="164"', '<numFmt numFmtId="4294967295" formatCode="yyyy"/><numFmt numFmtId="164"') }),
  );

  // Many sheets, and sheets that point where they should not.
  const tiny = sheetXml(`<row r="1">${inlineCell('A1', '值')}</row>`);
  add('sheets', '3000-sheets', '3,000 small worksheets', () => s.withSheets(Array.from({ length: 3000 }, (_, i) => ({ name: `表${i + 1}`, xml: tiny }))));
  add('sheets', '900-sheets', '900 small worksheets', () => s.withSheets(Array.from({ length: 900 }, (_, i) => ({ name: `表${i + 1}`, xml: tiny }))));
  add('sheets', 'same-part-999', '999 sheets all naming one part of 20,000 cells', () => {
    const big = sheetXml(numberRows(1000, 20));
    return s.withSheets([{ name: '大表', xml: big }, ...Array.from({ length: 998 }, (_, i) => ({ name: `同表${i + 1}`, xml: '', target: 'worksheets/extra1.xml' }))]);
  });
  add('sheets', 'odd-names', 'sheet names too long, reserved, repeated, with slashes and escapes', () =>
    s.withSheets(
      ['这是一个超过三十一个字符的工作表名称用于测试长名称处理是否安全', 'History', '考评员名册', '考评/名册', '_x001B_[31m红色', '', '名'.repeat(10000)].map((name) => ({ name, xml: tiny })),
    ),
  );
  add('sheets', 'rels-escape', 'worksheet targets outside the package and on a server', () =>
    s.withSheets([
      { name: '外部1', xml: '', target: '../../../../../../etc/passwd' },
      { name: '外部2', xml: '', target: '/etc/passwd' },
      { name: '外部3', xml: '', target: dtdUrl('sheet.xml') },
      { name: '外部4', xml: '', target: `file://${bait.secretPath}` },
    ]),
  );
  add('sheets', 'missing-part', 'a sheet whose part is not in the zip', () => s.zip({ [ROSTER]: null }));
  add('sheets', 'no-sheets', 'a workbook with no sheets', () => s.zip({ [WB]: (x) => x.replace(/<sheets>.*<\/sheets>/, '<sheets/>') }), 'refuse');
  add('sheets', 'no-rels', 'a workbook without its relationships part', () => s.zip({ [RELS]: null }));
  add('sheets', 'forged-restore', 'restore data naming the roster as 检查结果, with forged formats and 100,000 rows for cells that are not there', () => {
    const text = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const lines = [
      '{"beian":"restore","v":1,"result":"考评员名册"}',
      '["考评员名册","C3",["Solid","#FFC7CE",null],"x","note","deadbeef",4294967295]',
      ...Array.from({ length: 100000 }, (_, i) => `["考评员名册","XF${String.fromCharCode(65 + (i % 26))}${1000000 + i}",0,null,"note",null,${i}]`),
    ];
    return s.withSheets([{ name: 'beian_restore', xml: sheetXml(lines.map((l, i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, text(l))}</row>`).join('')) }]);
  }, 'read');
  add('sheets', 'self-reference', 'the workbook part listed as a worksheet', () => s.withSheets([{ name: '自身', xml: '', target: 'workbook.xml' }]));
  add('sheets', 'no-content-types', 'no [Content_Types].xml', () => s.zip({ [CT]: null }));

  // Corrupt and lying zips.
  const sample = s.zip();
  add('zip', 'truncated-half', 'the file cut in half', () => sample.subarray(0, Math.floor(sample.length / 2)), 'refuse');
  add('zip', 'truncated-tail', 'the end record cut short', () => sample.subarray(0, sample.length - 10), 'refuse');
  add('zip', 'cd-size-lies', 'the directory says the roster is 100 bytes', () => s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, lie: { cdSize: 100 } } : e)));
  add('zip', 'local-size-lies', 'local headers with wrong sizes', () => s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, lie: { localSize: 7, localCompressed: 3 } } : e)));
  add('zip', 'name-mismatch', 'local names differ from the directory', () => s.zip({}, [], {}, (e) => ({ ...e, lie: { localName: `../${e.name}` } })));
  add('zip', 'crc-mismatch', 'a wrong CRC on the roster', () => s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, lie: { crc: 0x12345678 } } : e)));
  add('zip', 'method-lzma', 'the roster compressed with LZMA', () => s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, method: 14, raw: Buffer.from(e.data) } : e)), 'refuse');
  add('zip', 'method-unknown', 'an unknown compression method', () => s.zip({}, [], {}, (e) => (e.name === SST ? { ...e, method: 99, raw: Buffer.from(e.data) } : e)), 'refuse');
  add('zip', 'encrypted-flag', 'entries flagged as encrypted', () => s.zip({}, [], {}, (e) => (e.name.endsWith('.xml') ? { ...e, lie: { flags: 1 } } : e)), 'refuse');
  add('zip', 'duplicate-names', 'two workbook parts', () => s.zip({}, [{ name: WB, data: bytes(`${DECL}<workbook ${NS}><sheets><sheet name="假" sheetId="1" r:id="rId4"/></sheets></workbook>`) }]));
  add('zip', 'eocd-count-lies', 'the end record claims 65,535 entries', () => s.zip({}, [], { eocdCount: 65535 }));
  add('zip', 'cd-offset-lies', 'the end record points past the directory', () => s.zip({}, [], { cdOffsetDelta: 1000 }), 'refuse');
  add('zip', 'cd-offset-back', 'the end record points into the data', () => s.zip({}, [], { cdOffsetDelta: -300 }), 'refuse');
  add('zip', 'overlapping-entries', '200 directory records sharing the roster’s data', () =>
    s.withSheets(
      Array.from({ length: 200 }, (_, i) => ({ name: `重叠${i}`, xml: '', target: `worksheets/alias${i}.xml` })),
      {},
      { alias: Array.from({ length: 200 }, (_, i) => ({ of: 0, name: `xl/worksheets/alias${i}.xml` })) },
    ),
  );
  add('zip', 'corrupt-deflate', 'bit flips inside the roster’s deflate stream', () => s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, raw: flipBytes(deflate(e.data), 7) } : e)), 'refuse');
  add('zip', 'truncated-deflate', 'the roster’s deflate stream cut short', () =>
    s.zip({}, [], {}, (e) => {
      if (e.name !== ROSTER) return e;
      const d = deflate(e.data);
      return { ...e, raw: d.subarray(0, d.length >> 1) };
    }),
    'refuse',
  );
  add('zip', 'traversal-names', 'entries named ../ and absolute paths', () => {
    const parts = readZip(s.withSheets([{ name: '穿越', xml: '', target: '../../beian-escape.xml' }]));
    const escapes = ['../../beian-escape.xml', '/tmp/beian-escape-abs.xml', 'xl/../../../beian-escape2.xml'].map((name) => ({ name, data: bytes(tiny) }));
    return writeZip([...parts, ...escapes]);
  });
  add('zip', 'descriptors', 'sizes only in data descriptors, as streaming writers make', () => s.zip({}, [], {}, (e) => ({ ...e, lie: { descriptor: true } })), 'read');
  add('zip', 'stored', 'every entry stored without compression', () => s.zip({}, [], {}, (e) => ({ ...e, method: 0 })), 'read');
  add('zip', 'prefix-junk', '1 kB of junk before the zip, offsets not adjusted', () => Buffer.concat([bytes('PK\u0003\u0004'), Buffer.alloc(1020, 0x41), sample]));
  add('zip', 'nested-zip', 'the roster part is itself a zip', () => s.zip({ [ROSTER]: sample }));
  add('zip', 'zip64-bogus', 'ZIP64 markers pointing nowhere', () => {
    const b = Buffer.from(sample);
    const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    b.writeUInt16LE(0xffff, eocd + 8);
    b.writeUInt16LE(0xffff, eocd + 10);
    b.writeUInt32LE(0xffffffff, eocd + 12);
    b.writeUInt32LE(0xffffffff, eocd + 16);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(0xfffffffffn, 8);
    locator.writeUInt32LE(1, 16);
    return Buffer.concat([b.subarray(0, eocd), locator, b.subarray(eocd)]);
  });
  add('zip', 'empty-zip', 'a zip with no entries', () => writeZip([]), 'refuse');

  // Encodings.
  add('encoding', 'utf16le-strings', 'shared strings in UTF-16LE with a BOM', () => s.zip({ [SST]: (x) => utf16(x.replace('encoding="UTF-8"', 'encoding="UTF-16"'), false) }));
  add('encoding', 'utf16be-sheet', 'the roster in UTF-16BE with a BOM', () => s.zip({ [ROSTER]: (x) => utf16(x.replace('encoding="UTF-8"', 'encoding="UTF-16"'), true) }));
  add('encoding', 'bom-everywhere', 'a UTF-8 BOM on every part', () => s.zip({}, [], {}, (e) => (e.name.endsWith('.xml') || e.name.endsWith('.rels') ? { ...e, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), e.data]) } : e)), 'read');
  add('encoding', 'invalid-utf8', 'byte sequences that are not UTF-8', () =>
    s.zip({ [SST]: (x) => Buffer.concat([bytes(x.slice(0, x.indexOf('<si><t>') + 7)), Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0xe5]), bytes(x.slice(x.indexOf('<si><t>') + 7))]) }),
  );
  add('encoding', 'gbk-declared', 'shared strings declared and written as GBK', () =>
    s.zip({ [SST]: Buffer.concat([bytes(`<?xml version="1.0" encoding="GBK"?><sst ${NS} count="1" uniqueCount="1"><si><t>`), Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), bytes('</t></si></sst>')]) }),
  );
  add('encoding', 'nul-bytes', 'NUL bytes inside cell text', () => s.zip({ [ROSTER]: addRows(`<row r="40">${inlineCell('B40', '张\u0000三')}</row>`) }));
  add('encoding', 'terminal-escapes', 'escape sequences and control characters in cell text', () =>
    s.zip({ [ROSTER]: addRows(`<row r="17"><c r="A17"><v>15</v></c>${inlineCell('B17', '_x001B_]0;被改标题_x0007__x001B_[2J张三')}${inlineCell('C17', '_x001B_[31m65010319680926433X')}</row>`) }),
  );

  // Sizes: a few MB on disk, whatever they declare or inflate to.
  add('size', 'bomb-lying', 'a roster that inflates to 3.75 GB of spaces while the directory says 5 kB', () =>
    s.zip({}, [], {}, (e) =>
      e.name === ROSTER ? { ...e, raw: deflateRepeated(bytes(`${DECL}<worksheet ${NS}><sheetData>`), 0x20, 64 << 20, 60, bytes('</sheetData></worksheet>')), lie: { cdSize: 5000, localSize: 5000 } } : e,
    ),
    'refuse',
  );
  add('size', 'bomb-zeros', 'a roster that inflates to 1 GB of zero bytes, sizes honest', () =>
    s.zip({}, [], {}, (e) => (e.name === ROSTER ? { ...e, data: Buffer.alloc(1), raw: deflateRepeated(bytes(''), 0, 64 << 20, 16), lie: { cdSize: 1 << 30, localSize: 1 << 30 } } : e)),
    'refuse',
  );
  add('size', 'two-million-cells', 'an extra sheet of 2,000 × 1,000 numbers', () => s.withSheets([{ name: '数据', xml: sheetXml(numberRows(2000, 1000)) }]));
  add('size', 'million-rows', 'a roster with a million rows of one cell', () =>
    s.zip({ [ROSTER]: addRows(Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 17}"><c r="B${i + 17}" t="inlineStr"><is><t>人${i % 97}</t></is></c></row>`).join('')) }),
  );
  // Half the largest table checked (200,000 rows: 9.7 s of CPU for --annotate on a busy machine), to keep a margin under 10 s.
  add('size', 'big-table-all-wrong', 'a roster of 100,000 rows, each wrong in several ways (the same ID on every row, unknown occupation, bad code and level)', () => wrongRoster(s, 100_000), 'read');
  add('size', 'million-strings', 'a million shared strings, the count declared as 4,294,967,295', () =>
    s.zip({ [SST]: (x) => x.replace(/count="\d+" uniqueCount="\d+"/, 'count="4294967295" uniqueCount="4294967295"').replace('</sst>', `${Array.from({ length: 1_000_000 }, (_, i) => `<si><t>${i}</t></si>`).join('')}</sst>`) }),
  );
  // The annotator's cost follows what it adds, not what the workbook already holds.
  add('size', 'noted-5000', '5,000 wrong ID numbers, each cell already holding a clerk’s note', () => notedRoster(s, 5000, false), 'read');
  add('size', 'threads-3000', '3,000 wrong ID numbers, each cell already holding an Excel 365 thread', () => notedRoster(s, 3000, true), 'read');
  add('size', 'vml-bomb-unused', 'a note drawing no sheet uses that inflates to 1.4 GB, its size declared', () => s.zip({}, [vmlBomb('xl/drawings/vmlDrawing9.vml')]), 'read');
  return cases;
}
