import { annotateXlsx, type AnnotateMeta } from '../../../src/annotate';
import { profileById } from '../../../src/profiles/profiles';
import type { Finding } from '../../../src/rules/finding';
import { assertWellFormed, sameBytes, storedEntries, unzipParts, zipOf } from '../../helpers/package';

/**
 * Packages other writers produce, made part by part: prefixed and strict
 * SpreadsheetML, rows and cells without references, markup hidden in
 * comments, threaded comments, form controls, macros. The annotated copy
 * must keep every one of them valid and whole.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const META: AnnotateMeta = { file: 'x.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function mark(cell: string, message = '有误', sheet = '名册'): Finding {
  return { rule: 'id.checksum', severity: 'error', sheet, cell, row: null, column: null, message, basis: 'GB 11643-1999', hint: null };
}

interface Spec {
  sheet: string;
  sheetRels?: string;
  extra?: Record<string, string | Uint8Array>;
  overrides?: string;
  workbookType?: string;
  workbookRels?: string;
  strict?: boolean;
}

function rels(list: [string, string, string][], ns = PKG_REL): string {
  return `${DECL}<Relationships xmlns="${ns}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

function pkg(spec: Spec): Uint8Array {
  const main = spec.strict ? 'http://purl.oclc.org/ooxml/spreadsheetml/main' : MAIN;
  const rel = spec.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : REL;
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${spec.workbookType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${spec.overrides ?? ''}</Types>`;
  return zipOf({
    '[Content_Types].xml': types,
    '_rels/.rels': rels([['rId1', `${rel}/officeDocument`, 'xl/workbook.xml']]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${main}" xmlns:r="${rel}"><bookViews><workbookView/></bookViews><sheets><sheet name="名册" sheetId="3" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([['rId1', `${rel}/worksheet`, 'worksheets/sheet1.xml'], ['rId2', `${rel}/styles`, 'styles.xml'], ...((spec.workbookRels ? JSON.parse(spec.workbookRels) : []) as [string, string, string][])]),
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': spec.sheet,
    ...(spec.sheetRels ? { 'xl/worksheets/_rels/sheet1.xml.rels': spec.sheetRels } : {}),
    ...spec.extra,
  });
}

function text(out: Uint8Array, name: string): string {
  const part = unzipParts(out).get(name);
  if (!part) throw new Error(`no ${name}`);
  return new TextDecoder().decode(part);
}

function allWellFormed(out: Uint8Array): void {
  for (const [name, bytes] of unzipParts(out)) if (/\.(xml|rels)$/.test(name)) assertWellFormed(new TextDecoder().decode(bytes), name);
}

describe('annotating packages as other writers make them', () => {
  it('prefixed SpreadsheetML, implicit row and cell positions, markup inside comments and CDATA', async () => {
    const sheet =
      `${DECL}<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:B2"/><x:sheetData>` +
      '<x:row><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[<x:row r="9"><x:c r="B9"/>]]></x:t></x:is></x:c></x:row>' +
      '<!-- <x:row r="3"><x:c r="A3" s="1"/></x:row> -->' +
      '<x:row><x:c s="1"><x:v>1</x:v></x:c><x:c><x:f>A2*2</x:f><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="5" spans="1:1" ht="20" customHeight="1"><x:c r="A5"><x:v>5</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const input = pkg({ sheet });
    const out = await annotateXlsx(input, [mark('A2'), mark('B2'), mark('A3'), mark('C5'), mark('A7')], META);
    allWellFormed(out);
    const xml = text(out, 'xl/worksheets/sheet1.xml');
    // Implicit positions: the second row's cells are A2 and B2.
    expect(xml).toMatch(/<x:row><x:c s="(\d+)"><x:v>1<\/x:v><\/x:c><x:c s="\d+"><x:f>A2\*2<\/x:f><x:v>2<\/x:v><\/x:c><\/x:row>/);
    expect(xml).toContain('<!-- <x:row r="3"><x:c r="A3" s="1"/></x:row> -->');
    expect(xml).toContain('<![CDATA[<x:row r="9"><x:c r="B9"/>]]>');
    expect(xml).toMatch(/<\/x:row><x:row r="3"><x:c r="A3" s="\d+"\/><\/x:row><x:row r="5" spans="1:3" ht="20" customHeight="1">/);
    expect(xml).toMatch(/<x:c r="A5"><x:v>5<\/x:v><\/x:c><x:c r="C5" s="\d+"\/><\/x:row><x:row r="7"><x:c r="A7" s="\d+"\/><\/x:row><\/x:sheetData>/);
    expect(xml).toContain('<x:dimension ref="A1:C7"/>');
    // The legacy drawing needs the relationships namespace, which the sheet did not declare.
    expect(xml).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
    expect(xml).toContain(`xmlns:r="${REL}"`);
    // A2 had format 1 (text, wrapped): its marked clone keeps both.
    const styles = text(out, 'xl/styles.xml');
    const a2 = Number(/<x:row><x:c s="(\d+)">/.exec(xml)![1]);
    const xf = [...styles.matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0])[a2];
    expect(xf).toMatch(/numFmtId="49".*fillId="2".*applyFill="1"/);
    expect(xf).toContain('<alignment wrapText="1"/>');
  });

  it('strict OOXML gets strict namespaces and relationship types in what is added', async () => {
    const main = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const sheet = `${DECL}<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const out = await annotateXlsx(pkg({ sheet, strict: true }), [mark('A1')], META);
    allWellFormed(out);
    expect(text(out, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"');
    expect(text(out, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/vmlDrawing"');
    expect(text(out, 'xl/comments1.xml')).toContain(`<comments xmlns="${main}">`);
    expect(text(out, 'xl/worksheets/sheet2.xml')).toContain(`<worksheet xmlns="${main}">`);
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(text(out, 'xl/workbook.xml')).toContain('<sheet name="检查结果" sheetId="4" r:id="rId3"/>');
    expect(text(out, 'xl/worksheets/sheet1.xml')).toMatch(/<pageMargins [^>]*\/><legacyDrawing r:id="rId1"\/><\/worksheet>$/);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toContain('xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"');
  });

  it('a threaded comment gets our finding as a reply; a clerk’s note keeps its text above ours', async () => {
    const thread = '{11111111-2222-4333-8444-555555555555}';
    const sheet =
      `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData>` +
      '<legacyDrawing r:id="rId2"/></worksheet>';
    const comments =
      `${DECL}<comments xmlns="${MAIN}"><authors><author>tc=${thread}</author><author>张会计</author></authors><commentList>` +
      `<comment ref="A1" authorId="0"><text><t>[Threaded comment]\n\nComment:\n    请核对</t></text></comment>` +
      '<comment ref="B1" authorId="1"><text><r><rPr><b/></rPr><t>张会计:</t></r><r><t xml:space="preserve">\n原有批注</t></r></text></comment></commentList></comments>';
    const threaded = `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="A1" dT="2024-01-01T00:00:00.00" personId="{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}" id="${thread}"><text>请核对</text></threadedComment></ThreadedComments>`;
    const persons = `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李四" id="{AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA}" userId="李四" providerId="None"/></personList>`;
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="z-index:1;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape>' +
      '<v:shape id="_x0000_s1026" type="#_x0000_t202" style="width:96pt;height:45pt;z-index:2;visibility:hidden"><x:ClientData ObjectType="Note"><x:Anchor>2, 15, 0, 10, 4, 15, 3, 4</x:Anchor><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
    const input = pkg({
      sheet,
      sheetRels: rels([
        ['rId1', `${REL}/comments`, '../comments1.xml'],
        ['rId2', `${REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml'],
        ['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'],
      ]),
      extra: { 'xl/comments1.xml': comments, 'xl/drawings/vmlDrawing1.vml': vml, 'xl/threadedComments/threadedComment1.xml': threaded, 'xl/persons/person.xml': persons },
      workbookRels: JSON.stringify([['rId3', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml']]),
      overrides:
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>',
    });
    const out = await annotateXlsx(input, [mark('A1', '线程上的问题'), mark('B1', '批注上的问题'), mark('C1', '新问题')], META, { now: new Date(Date.UTC(2026, 0, 2)) });
    allWellFormed(out);

    const replies = text(out, 'xl/threadedComments/threadedComment1.xml');
    expect(replies).toMatch(new RegExp(`<threadedComment ref="A1" dT="2026-01-02T00:00:00.000" personId="(\\{[0-9A-F-]+\\})" id="\\{[0-9A-F-]+\\}" parentId="\\${thread.slice(0, -1)}\\}"><text>【错误】线程上的问题\\n依据：GB 11643-1999</text></threadedComment></ThreadedComments>$`));
    const person = /personId="(\{[0-9A-F-]+\})" id="\{[0-9A-F-]+\}" parentId/.exec(replies)![1];
    expect(text(out, 'xl/persons/person.xml')).toContain(`<person displayName="备案检查" id="${person}" userId="备案检查" providerId="None"/></personList>`);

    const notes = text(out, 'xl/comments1.xml');
    expect(notes).toContain('<author>tc={11111111-2222-4333-8444-555555555555}</author><author>张会计</author><author>备案检查</author>');
    // The thread's fallback text gets the reply the way Excel writes replies.
    expect(notes).toMatch(/<comment ref="A1" authorId="0"><text><r><t xml:space="preserve">\[Threaded comment\]\n\nComment:\n {4}请核对<\/t><\/r><r>.*?<t xml:space="preserve">\nReply:\n {4}【错误】线程上的问题\n依据：GB 11643-1999<\/t><\/r><\/text>/s);
    expect(notes).toMatch(/<r><rPr><b\/><\/rPr><t>张会计:<\/t><\/r><r><t xml:space="preserve">\n原有批注<\/t><\/r><r>.*?<t xml:space="preserve">\n\n【错误】批注上的问题\n依据：GB 11643-1999<\/t><\/r>/s);
    expect(notes).toMatch(/<comment ref="C1" authorId="2"><text><r>.*?新问题.*?<\/r><\/text><\/comment><\/commentList>/s);

    // One new box (for C1), numbered after the drawing's own shapes; the sheet keeps its one <legacyDrawing>.
    const drawing = text(out, 'xl/drawings/vmlDrawing1.vml');
    expect(drawing.match(/<v:shape /g)).toHaveLength(3);
    expect(drawing).toContain('id="_x0000_s1027"');
    expect(drawing).toMatch(/<x:Row>0<\/x:Row><x:Column>2<\/x:Column>/);
    // The clerk's note box on B1 grows to hold the text appended to it, and stays where it was.
    expect(drawing).toContain('style="width:192pt;height:90pt;z-index:2;visibility:hidden"><x:ClientData ObjectType="Note"><x:Anchor>2, 15, 0, 10, 6, 15, 6, 4</x:Anchor>');
    expect(text(out, 'xl/worksheets/sheet1.xml').match(/legacyDrawing/g)).toHaveLength(1);
  });

  it('a sheet with a drawing and form controls gets its <legacyDrawing> between them, as the schema orders', async () => {
    const ac =
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1025" r:id="rId2" name="复选框 1"/></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>';
    const sheet = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId3"/>${ac}<tableParts count="0"/></worksheet>`;
    const out = await annotateXlsx(pkg({ sheet, sheetRels: rels([['rId2', `${REL}/ctrlProp`, '../ctrlProps/ctrlProp1.xml'], ['rId3', `${REL}/drawing`, '../drawings/drawing1.xml']]) }), [mark('A1')], META);
    allWellFormed(out);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId3"\/><legacyDrawing r:id="rId\d+"\/><mc:AlternateContent/);
  });

  it('a legacy drawing that holds only form controls gets the note boxes and the note shape type', async () => {
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t201" style="z-index:1"><x:ClientData ObjectType="Checkbox"><x:Anchor>1, 0, 1, 0, 2, 0, 2, 0</x:Anchor></x:ClientData></v:shape></xml>';
    const sheet = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>`;
    const input = pkg({ sheet, sheetRels: rels([['rId1', `${REL}/vmlDrawing`, '../drawings/vmlDrawing1.vml']]), extra: { 'xl/drawings/vmlDrawing1.vml': vml }, overrides: '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' });
    const out = await annotateXlsx(input, [mark('A1')], META);
    allWellFormed(out);
    const drawing = text(out, 'xl/drawings/vmlDrawing1.vml');
    expect(drawing).toContain('<x:ClientData ObjectType="Checkbox">');
    expect(drawing).toMatch(/<\/v:shape><v:shapetype id="_x0000_t202"[^>]*>.*<\/v:shapetype><v:shape id="_x0000_s1026" type="#_x0000_t202"/s);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toContain('<legacyDrawing r:id="rId1"/></worksheet>');
    expect(text(out, 'xl/worksheets/_rels/sheet1.xml.rels')).toMatch(/Id="rId2" Type="[^"]*\/comments" Target="..\/comments1.xml"/);
    expect(text(out, '[Content_Types].xml').match(/Extension="vml"/g)).toHaveLength(1);
  });

  it('reuses a drawing whose <legacyDrawing> binds the relationships namespace itself, as openpyxl writes it', async () => {
    const sheet = `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing xmlns:r="${REL}" r:id="anysvml"/></worksheet>`;
    const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></xml>';
    const input = pkg({ sheet, sheetRels: rels([['anysvml', `${REL}/vmlDrawing`, '/xl/drawings/commentsDrawing1.vml']]), extra: { 'xl/drawings/commentsDrawing1.vml': vml } });
    const out = await annotateXlsx(input, [mark('A1')], META);
    allWellFormed(out);
    expect(text(out, 'xl/worksheets/sheet1.xml')).toContain(`<legacyDrawing xmlns:r="${REL}" r:id="anysvml"/></worksheet>`);
    expect(text(out, 'xl/drawings/commentsDrawing1.vml')).toContain('<x:Row>0</x:Row><x:Column>0</x:Column>');
    expect([...unzipParts(out).keys()].filter((n) => n.endsWith('.vml'))).toEqual(['xl/drawings/commentsDrawing1.vml']);
  });

  it('an .xlsm keeps its macro-enabled content type and its VBA project byte for byte', async () => {
    const vba = new Uint8Array(4096).map((_, i) => (i * 7) & 0xff);
    const input = pkg({
      sheet: `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
      workbookType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      workbookRels: JSON.stringify([['rId9', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin']]),
      overrides: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      extra: { 'xl/vbaProject.bin': vba },
    });
    const out = await annotateXlsx(input, [mark('A1')], META);
    expect(text(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
    expect(sameBytes(storedEntries(out).get('xl/vbaProject.bin'), storedEntries(input).get('xl/vbaProject.bin'))).toBe(true);
  });

  it('refuses a damaged package with one Chinese line', async () => {
    await expect(annotateXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), [], META)).rejects.toThrow(/压缩包已损坏|不是/);
  });
});
