import ExcelJS from 'exceljs';
import { annotateXlsx, type AnnotateMeta } from '../../../src/annotate';
import { profileById } from '../../../src/profiles/profiles';
import type { Finding } from '../../../src/rules/finding';
import { assertWellFormed, partText, unzipParts, zipOf } from '../../helpers/package';
import { MAIN, PKG_REL, REL } from '../../helpers/xlsx-parts';

/**
 * Checking an annotated copy again: beian recognises its own marks (fills,
 * notes, replies in threads, 检查结果, its restore data) and replaces them,
 * so the second copy shows what annotating the cleaned workbook shows, and
 * the clerk's own notes, fills and replies stay as they were.
 */

const META: AnnotateMeta = { file: '名册.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 2, warnings: 1, infos: 0 }, titles: {} };
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const THREAD = '{11111111-2222-4333-8444-555555555555}';
const NOW = { now: new Date(Date.UTC(2026, 0, 2)) };

function finding(cell: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule: 'id.checksum', severity, sheet: '名册', cell, row: null, column: null, message, basis: 'GB 11643-1999', hint: null };
}

function rels(list: [string, string, string][]): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/**
 * A clerk's workbook: a thread on A1 (李四), a formatted note on B1 (张会计),
 * a green fill on B2 and C2, a note on C3 that nothing marks. `a2` is A2's
 * value: the clerk fixes it between two checks.
 */
function clerkBook(a2: string): Uint8Array {
  const sheet =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C3"/><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c><c r="B1" t="inlineStr"><is><t>11010519491231002X</t></is></c><c r="C1"><v>3</v></c></row>' +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>${a2}</t></is></c><c r="B2" s="1"><v>5</v></c><c r="C2" s="1"><v>6</v></c></row>` +
    '<row r="3"><c r="A3"><v>7</v></c><c r="C3"><v>9</v></c></row>' +
    '</sheetData><legacyDrawing r:id="rId2"/></worksheet>';
  const comments =
    `${DECL}<comments xmlns="${MAIN}"><authors><author>tc=${THREAD}</author><author>张会计</author></authors><commentList>` +
    `<comment ref="A1" authorId="0"><text><t>[Threaded comment]\n\nComment:\n    请核对</t></text></comment>` +
    '<comment ref="B1" authorId="1"><text><r><rPr><b/></rPr><t>张会计:</t></r><r><t xml:space="preserve">\n原有批注</t></r></text></comment>' +
    '<comment ref="C3" authorId="1"><text><r><t>自己的备忘</t></r></text></comment></commentList></comments>';
  const threaded = `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="A1" dT="2024-01-01T00:00:00.00" personId="{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}" id="${THREAD}"><text>请核对</text></threadedComment></ThreadedComments>`;
  const persons = `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李四" id="{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}" userId="李四" providerId="None"/></personList>`;
  const noteShape = (id: number, row: number, col: number) =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="width:96pt;height:45pt;z-index:${id - 1024};visibility:hidden"><x:ClientData ObjectType="Note"><x:Anchor>2, 15, 0, 10, 4, 15, 3, 4</x:Anchor><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${noteShape(1025, 0, 0)}${noteShape(1026, 0, 1)}${noteShape(1027, 2, 2)}</xml>`;
  const T = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return zipOf({
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${T}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${T}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${T}.styles+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="${T}.comments+xml"/><Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>`,
    '_rels/.rels': rels([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([['rId1', `${REL}/worksheet`, 'worksheets/sheet1.xml'], ['rId2', `${REL}/styles`, 'styles.xml'], ['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml']]),
    'xl/styles.xml':
      `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/></cellXfs></styleSheet>',
    'xl/worksheets/sheet1.xml': sheet,
    'xl/worksheets/_rels/sheet1.xml.rels': rels([
      ['rId1', `${REL}/comments`, '../comments1.xml'],
      ['rId2', `${REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
      ['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
    ]),
    'xl/comments1.xml': comments,
    'xl/drawings/vmlDrawing1.vml': vml,
    'xl/threadedComments/threadedComment1.xml': threaded,
    'xl/persons/person.xml': persons,
  });
}

/** A2 holds the bad value before the fix, the good one after. */
const BAD = '李 四';
const GOOD = '李四';
const FIRST = [finding('A1', '线程上的问题'), finding('B1', '批注上的问题'), finding('C1', '新问题', 'warning'), finding('B2', '填色格的问题'), finding('A2', '姓名中有空格')];
const AFTER_FIX = FIRST.filter((f) => f.cell !== 'A2');

/** The annotated copy with A2 fixed by the clerk, as Excel would save the edit (the cell keeps its format). */
function fixA2(bytes: Uint8Array): Uint8Array {
  const parts = Object.fromEntries(unzipParts(bytes)) as Record<string, Uint8Array | string>;
  parts['xl/worksheets/sheet1.xml'] = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'] as Uint8Array).replace(`<t>${BAD}</t>`, `<t>${GOOD}</t>`);
  return zipOf(parts);
}

/** What a user sees: sheets (name, visibility), every cell's value, fill and note, the replies in threads, and how many cell formats there are. */
async function seen(bytes: Uint8Array) {
  for (const [name, data] of unzipParts(bytes)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(new TextDecoder().decode(data), name);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const fill = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
        const note = typeof c.note === 'string' ? c.note : c.note ? (c.note.texts ?? []).map((t) => t.text).join('') : null;
        cells[c.address] = { value: c.value, fill, note };
      }),
    );
    return { name: ws.name, state: ws.state, cells };
  });
  const threads = partText(bytes, 'xl/threadedComments/threadedComment1.xml');
  const persons = new Map([...partText(bytes, 'xl/persons/person.xml').matchAll(/displayName="([^"]*)" id="([^"]*)"/g)].map((m) => [m[2], m[1]]));
  const replies = [...threads.matchAll(/<threadedComment ref="([^"]*)"[^>]*personId="([^"]*)"[^>]*><text>([^<]*)<\/text>/g)].map((m) => [m[1], persons.get(m[2]), m[3]]);
  const cellFormats = Number(/<cellXfs count="(\d+)"/.exec(partText(bytes, 'xl/styles.xml'))![1]);
  const shapes = (partText(bytes, 'xl/drawings/vmlDrawing1.vml').match(/ObjectType="Note"/g) ?? []).length;
  return { sheets, replies, cellFormats, shapes };
}

describe('annotating an annotated copy again', () => {
  it('replaces its own marks: the copy shows what annotating the cleaned workbook shows', async () => {
    const first = await annotateXlsx(clerkBook(BAD), FIRST, META, NOW);
    const second = await annotateXlsx(fixA2(first), AFTER_FIX, META, NOW);
    const clean = await annotateXlsx(clerkBook(GOOD), AFTER_FIX, META, NOW);
    const [s1, s2, reference] = await Promise.all([seen(first), seen(second), seen(clean)]);
    expect(s2).toEqual(reference);
    // One 检查结果 and one store, no 检查结果(2); one reply of ours in the thread; no new cell format.
    expect(s2.sheets.map((s) => [s.name, s.state])).toEqual([['名册', 'visible'], ['检查结果', 'visible'], ['beian_restore', 'veryHidden']]);
    expect(s2.replies).toEqual([['A1', '李四', '请核对'], ['A1', '备案检查', '【错误】线程上的问题\n依据：GB 11643-1999']]);
    expect(s2.cellFormats).toBe(s1.cellFormats);
    // Note boxes: the clerk's three (the thread's, B1's, C3's) and ours on C1 and B2; none left on A2.
    expect(s2.shapes).toBe(5);
    const cells = s2.sheets[0].cells as Record<string, { fill: string | null; note: string | null }>;
    // The clerk's note keeps the clerk's text and gets the finding once; their own memo is untouched.
    expect(cells.B1.note).toBe('张会计:\n原有批注\n\n【错误】批注上的问题\n依据：GB 11643-1999');
    expect(cells.C3.note).toBe('自己的备忘');
    // The fixed cell loses its red fill and its stale note; the green cell is red while bad.
    expect(cells.A2).toMatchObject({ fill: null, note: null });
    expect(cells.B2.fill).toBe('FFFFC7CE');
    expect(cells.C2.fill).toBe('FF00B050');
    // The fallback text other programs show carries our reply once.
    const fallback = /<comment ref="A1"[\s\S]*?<\/comment>/.exec(partText(second, 'xl/comments1.xml'))![0];
    expect(fallback.match(/Reply:/g)).toHaveLength(1);
  });

  it('a third and fourth check change nothing more: no new cell formats, fills, notes or sheets', async () => {
    const second = await annotateXlsx(fixA2(await annotateXlsx(clerkBook(BAD), FIRST, META, NOW)), AFTER_FIX, META, NOW);
    const third = await annotateXlsx(second, AFTER_FIX, META, NOW);
    const fourth = await annotateXlsx(third, AFTER_FIX, META, NOW);
    const [s2, s3, s4] = await Promise.all([seen(second), seen(third), seen(fourth)]);
    expect(s3).toEqual(s2);
    expect(s4).toEqual(s2);
    expect((partText(fourth, 'xl/styles.xml').match(/<fill>/g) ?? []).length).toBe((partText(second, 'xl/styles.xml').match(/<fill>/g) ?? []).length);
  });

  it('a cell whose mark the clerk recoloured, or whose note they rewrote, keeps what the clerk made of it', async () => {
    const first = await annotateXlsx(clerkBook(GOOD), AFTER_FIX, META, NOW);
    const parts = Object.fromEntries(unzipParts(first)) as Record<string, Uint8Array | string>;
    const text = (name: string) => new TextDecoder().decode(parts[name] as Uint8Array);
    // The clerk paints B2 green again (its original format) and rewrites our note on C1.
    parts['xl/worksheets/sheet1.xml'] = text('xl/worksheets/sheet1.xml').replace(/<c r="B2" s="\d+"/, '<c r="B2" s="1"');
    parts['xl/comments1.xml'] = text('xl/comments1.xml').replace(/(<comment ref="C1"[^>]*><text>)[\s\S]*?(<\/text>)/, '$1<t>已核实，数量无误</t>$2');
    const second = await seen(await annotateXlsx(zipOf(parts), AFTER_FIX.filter((f) => f.cell !== 'B2'), META, NOW));
    const cells = second.sheets[0].cells as Record<string, { fill: string | null; note: string | null }>;
    expect(cells.B2.fill).toBe('FF00B050');
    expect(cells.C1.note).toBe('已核实，数量无误\n\n【警告】新问题\n依据：GB 11643-1999');
  });

  it('restore data that names a clerk’s sheet as 检查结果, or holds forged rows, costs the clerk nothing', async () => {
    const first = await annotateXlsx(clerkBook(GOOD), AFTER_FIX, META, NOW);
    const parts = Object.fromEntries(unzipParts(first)) as Record<string, Uint8Array | string>;
    const store = Object.keys(parts).find((n) => new TextDecoder().decode(parts[n] as Uint8Array).includes('{&quot;beian&quot;:&quot;restore&quot;') || new TextDecoder().decode(parts[n] as Uint8Array).includes('{"beian":"restore"'))!;
    const row = (r: number, text: string) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c></row>`;
    const forged = ['{"beian":"restore","v":1,"result":"名册"}', '["名册","A3",0,null,"note","deadbeef",999999]', 'not json', '["名册","XFD1048576",["Solid","#FFC7CE",null],null,"note",null,5]', '["无此表","A1",0,null,null,null]'];
    parts[store] = `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${forged.map((t, i) => row(i + 1, t)).join('')}</sheetData></worksheet>`;
    const bytes = await annotateXlsx(zipOf(parts), AFTER_FIX, META, NOW);
    const again = await seen(bytes);
    const roster = again.sheets.find((x) => x.name === '名册')!;
    expect((roster.cells as Record<string, { value: unknown }>).A3.value).toBe(7);
    // A cell only the forged rows name is not made.
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('XFD1048576');
    expect(again.sheets.map((x) => x.name)).toEqual(['名册', '检查结果', 'beian_restore', '检查结果(2)']);
  });
});

describe('a 检查结果 written by an earlier version', () => {
  /** The annotated copy with its 检查结果 as an earlier version laid it out: the last column headed 规则, holding rule ids. */
  async function earlierLayout(): Promise<Uint8Array> {
    const parts = Object.fromEntries(unzipParts(await annotateXlsx(clerkBook(GOOD), AFTER_FIX, META, NOW))) as Record<string, Uint8Array | string>;
    const result = Object.keys(parts).find((n) => n.startsWith('xl/worksheets/') && new TextDecoder().decode(parts[n] as Uint8Array).includes('>检查项<'))!;
    parts[result] = new TextDecoder().decode(parts[result] as Uint8Array).replace('>检查项<', '>规则<');
    return zipOf(parts);
  }

  it('is recognised as ours and written over: no 检查结果(2)', async () => {
    const old = await earlierLayout();
    expect((await seen(old)).sheets.map((s) => s.name)).toEqual(['名册', '检查结果', 'beian_restore']);
    const again = await seen(await annotateXlsx(old, AFTER_FIX, META, NOW));
    expect(again.sheets.map((s) => s.name)).toEqual(['名册', '检查结果', 'beian_restore']);
    const header = Object.values(again.sheets[1].cells as Record<string, { value: unknown }>).map((c) => c.value);
    expect(header).toContain('检查项');
    expect(header).not.toContain('规则');
  });

  it('a clerk’s own 检查结果 with other content, even one the restore data names, is never replaced', async () => {
    const parts = Object.fromEntries(unzipParts(await earlierLayout())) as Record<string, Uint8Array | string>;
    const result = Object.keys(parts).find((n) => n.startsWith('xl/worksheets/') && new TextDecoder().decode(parts[n] as Uint8Array).includes('>规则<'))!;
    // The clerk's sheet: a header row that has 规则 among other columns of their own.
    parts[result] = `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>规则</t></is></c><c r="C1" t="inlineStr"><is><t>处理人</t></is></c></row></sheetData></worksheet>`;
    const bytes = await annotateXlsx(zipOf(parts), AFTER_FIX, META, NOW);
    expect(partText(bytes, result)).toBe(parts[result]);
    expect((await seen(bytes)).sheets.map((s) => s.name)).toEqual(['名册', '检查结果', 'beian_restore', '检查结果(2)']);
  });
});

describe('the clerk’s note box', () => {
  /** B1's note box (row 0, column 1 as the drawing counts) as the drawing holds it. */
  const b1Box = (bytes: Uint8Array) => /<v:shape [^>]*>(?:(?!<\/v:shape>)[\s\S])*?<x:Row>0<\/x:Row><x:Column>1<\/x:Column>[\s\S]*?<\/v:shape>/.exec(partText(bytes, 'xl/drawings/vmlDrawing1.vml'))![0];
  const long = AFTER_FIX.map((f) => (f.cell === 'B1' ? { ...f, message: '批注上的问题，'.repeat(30) } : f));
  const withoutB1 = AFTER_FIX.filter((f) => f.cell !== 'B1');

  it('grown for our text, gets its own size back once our text goes', async () => {
    const first = await annotateXlsx(clerkBook(GOOD), long, META, NOW);
    expect(b1Box(first)).not.toBe(b1Box(clerkBook(GOOD)));
    const fixed = await annotateXlsx(first, withoutB1, META, NOW);
    expect(b1Box(fixed)).toBe(b1Box(clerkBook(GOOD)));
    expect(b1Box(fixed)).toBe(b1Box(await annotateXlsx(clerkBook(GOOD), withoutB1, META, NOW)));
  });

  it('re-annotated with a shorter finding, is the size annotating the clean workbook gives', async () => {
    const second = await annotateXlsx(await annotateXlsx(clerkBook(GOOD), long, META, NOW), AFTER_FIX, META, NOW);
    const clean = await annotateXlsx(clerkBook(GOOD), AFTER_FIX, META, NOW);
    expect(b1Box(second)).toBe(b1Box(clean));
  });

  it('a box the clerk resized since stays as the clerk made it', async () => {
    const first = await annotateXlsx(clerkBook(GOOD), long, META, NOW);
    const parts = Object.fromEntries(unzipParts(first)) as Record<string, Uint8Array | string>;
    const grown = b1Box(first);
    const resized = grown.replace(/<x:Anchor>[^<]*<\/x:Anchor>/, '<x:Anchor>2, 15, 0, 10, 9, 15, 30, 4</x:Anchor>');
    parts['xl/drawings/vmlDrawing1.vml'] = partText(first, 'xl/drawings/vmlDrawing1.vml').replace(grown, resized);
    const fixed = await annotateXlsx(zipOf(parts), withoutB1, META, NOW);
    expect(b1Box(fixed)).toContain('<x:Anchor>2, 15, 0, 10, 9, 15, 30, 4</x:Anchor>');
  });
});
