import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';

/**
 * The workbook corpus: filing workbooks as LibreOffice (headless Calc, from
 * a flat ODS this script writes), openpyxl (Debian's python3-openpyxl) and
 * exceljs save them, with charts, images, a pivot table, a table, data
 * validations, conditional formats, hidden sheets, rich text, merged
 * headers, notes, shared and array formulas, an .xlsm with its VBA project
 * and an Excel 365 threaded comment (made by zip surgery, as no tool here
 * writes one). Each entry names the cells a test marks: filled cells, empty
 * ones the sheet's XML lacks, cells with a clerk's note or a thread,
 * formula cells, cells on hidden sheets.
 *
 * Generated once per version of this file into a temp directory (set
 * BEIAN_CORPUS_DIR to keep it somewhere else).
 */

export interface CorpusEntry {
  file: string;
  /** The tool that wrote it. */
  tool: 'exceljs' | 'openpyxl' | 'libreoffice';
  /** Cells the test marks, "sheet!A1". */
  marks: string[];
  /** Kinds of parts the workbook carries, which must survive (charts, pivotTables, media, tables, vbaProject…). */
  carries: string[];
}

export const PYTHON = '/usr/bin/python3';

/** A 4×4 red PNG, made with zlib as the format says. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, ...Array(4).fill([200, 50, 50]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const ROSTER_HEAD = ['序号', '姓名', '身份证件号', '学历', '考评职业（工种）', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职', '分数', '加权', '备注'];
const PEOPLE: [string, string | null, string | null][] = [
  ['王建军', '11010519491231002X', '本科'],
  ['李丽娜', '110105194912310023', null],
  ['张志强', null, '大专'],
  ['刘海燕', '410105198001010011', '本科'],
  ['陈晓东', '41010519800101001X', '硕士'],
];

async function exceljsFiling(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const org = wb.addWorksheet('机构信息');
  [['项目', '内容'], ['单位名称', '某某集团有限公司'], ['单位性质', '企业'], ['适用规则', 'ha-employer'], ['申请业务类型', '首次备案']].forEach((r) => org.addRow(r));
  org.getColumn(2).width = 30;
  org.addImage(wb.addImage({ buffer: png() as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: { col: 3, row: 1 }, ext: { width: 40, height: 40 } });
  const occ = wb.addWorksheet('申请职业（工种）');
  occ.addTable({
    name: '职业表',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: '序号' }, { name: '职业编码' }, { name: '职业名称' }, { name: '等级' }],
    rows: [
      [1, '6-31-01-03', '电工', '五级至一级'],
      [2, '6-31-07-01', '工业机器人系统运维员', '五级至三级'],
    ],
  });
  const ws = wb.addWorksheet('考评人员', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.getCell('A1').value = '考评人员名册';
  ws.mergeCells('A1:L1');
  ws.getCell('A1').style = { font: { bold: true, size: 14 }, alignment: { horizontal: 'center' } };
  ws.getRow(2).values = ROSTER_HEAD;
  ws.getRow(2).eachCell((c) => (c.style = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }, border: { bottom: { style: 'thin' } } }));
  ws.getColumn(3).numFmt = '@';
  PEOPLE.forEach(([name, id, edu], i) => {
    const r = 3 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = i === 0 ? { richText: [{ text: name.slice(0, 1), font: { bold: true } }, { text: name.slice(1) }] } : name;
    if (id) ws.getCell(r, 3).value = id;
    if (edu) ws.getCell(r, 4).value = edu;
    ws.getCell(r, 5).value = '电工';
    ws.getCell(r, 6).value = '三级/高级工';
    ws.getCell(r, 8).value = '考评员';
    ws.getCell(r, 9).value = '专职';
    ws.getCell(r, 10).value = 60 + i * 10;
  });
  ws.fillFormula('K3:K7', 'J3*2', (row) => (60 + (row - 3) * 10) * 2);
  ws.getCell('L3').value = { text: '说明', hyperlink: 'https://example.cn/说明' };
  ws.getCell('B6').note = '原有批注：请核对学历';
  for (let r = 3; r <= 20; r++) ws.getCell(r, 6).dataValidation = { type: 'list', allowBlank: true, formulae: ['"五级/初级工,四级/中级工,三级/高级工,二级/技师,一级/高级技师"'] };
  ws.addConditionalFormatting({ ref: 'J3:J100', rules: [{ type: 'cellIs', operator: 'lessThan', formulae: [70], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }] });
  ws.autoFilter = 'A2:L7';
  wb.definedNames.add("'考评人员'!$J$3:$J$7", '分数区');
  const hidden = wb.addWorksheet('参数', { state: 'hidden' });
  hidden.getCell('A1').value = '隐藏的参数表';
  await wb.xlsx.writeFile(file);
}

const EXCELJS_MARKS = ['考评人员!C4', '考评人员!C5', '考评人员!G4', '考评人员!B6', '考评人员!K5', '考评人员!B3', '考评人员!A12', '机构信息!B3', '参数!B2', '申请职业（工种）!C3'];

/**
 * Excel 365 keeps a thread's fallback as a legacy comment authored
 * "tc={thread id}", the thread in threadedComments, and its people in the
 * workbook's person list. B6's note becomes such a thread here.
 */
function addThread(source: string, file: string): void {
  const zip = new PizZip(readFileSync(source));
  const id = '{7C4B2222-0000-4000-8000-000000000001}';
  const person = '{6B3A1111-0000-4000-8000-000000000002}';
  const rels = (name: string) => zip.file(name)!.asText();
  const sheetPart = 'xl/worksheets/sheet3.xml';
  const sheetRels = rels('xl/worksheets/_rels/sheet3.xml.rels');
  const commentsTarget = /Target="([^"]*comments[^"]*)"/.exec(sheetRels)![1];
  const commentsPart = path.posix.normalize(path.posix.join(path.posix.dirname(sheetPart), commentsTarget));
  const comments = zip.file(commentsPart)!.asText();
  const placeholder = `[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    请核对学历`;
  const threaded = comments
    .replace(/<authors>(.*?)<\/authors>/, `<authors>$1<author>tc=${id}</author></authors>`)
    .replace(/<comment ref="B6" authorId="\d+"[^>]*>.*?<\/comment>/s, () => {
      const authors = (/<authors>(.*?)<\/authors>/.exec(comments)![1].match(/<author>/g) ?? []).length;
      return `<comment ref="B6" authorId="${authors}"><text><t>${placeholder}</t></text></comment>`;
    });
  zip.file(commentsPart, threaded);
  zip.file(
    'xl/threadedComments/threadedComment1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="B6" dT="2025-03-01T09:30:00.00" personId="${person}" id="${id}"><text>请核对学历</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="王会计" id="${person}" userId="王会计" providerId="None"/></personList>`,
  );
  zip.file(
    'xl/worksheets/_rels/sheet3.xml.rels',
    sheetRels.replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>'),
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels('xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>'),
  );
  zip.file(
    '[Content_Types].xml',
    rels('[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
    ),
  );
  writeFileSync(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const OPENPYXL = String.raw`
import sys, zipfile
from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
from openpyxl.styles import Font, PatternFill, Border, Side, Alignment
from openpyxl.workbook.defined_name import DefinedName

xlsx, xlsm, scratch = sys.argv[1:4]
wb = Workbook()
org = wb.active
org.title = '机构信息'
for r in [('项目', '内容'), ('单位名称', '某某职业技能培训学校'), ('单位性质', '民办非企业单位'), ('适用规则', 'ha-social'), ('申请业务类型', '首次备案')]:
    org.append(r)
ws = wb.create_sheet('考评人员')
ws.append(['考评人员名册'])
ws.merge_cells('A1:J1')
ws['A1'].font = Font(bold=True, size=14)
ws['A1'].alignment = Alignment(horizontal='center')
ws.append(['序号', '姓名', '身份证件号', '学历', '考评职业（工种）', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职', '分数'])
thin = Side(style='thin')
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = PatternFill('solid', fgColor='FFD9D9D9')
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
people = [('王建军', '11010519491231002X', '本科'), ('李丽娜', '110105194912310023', None), ('张志强', None, '大专'), ('刘海燕', '410105198001010011', '本科')]
for i, (name, pid, edu) in enumerate(people):
    ws.append([i + 1, name, pid, edu, '电工', '三级/高级工', None, '考评员', '专职', 60 + i * 10])
    ws.cell(row=3 + i, column=3).number_format = '@'
ws['B4'].comment = Comment('原有批注：请核对', '王会计')
ws['K2'] = '合计'
ws['K3'] = '=SUM(J3:J6)'
ws['L3'] = '=MAX(J3:J6*2)'
ws.formula_attributes['L3'] = {'t': 'array', 'ref': 'L3'}
dv = DataValidation(type='list', formula1='"五级/初级工,四级/中级工,三级/高级工,二级/技师,一级/高级技师"', allow_blank=True)
ws.add_data_validation(dv)
dv.add('F3:F100')
ws.conditional_formatting.add('J3:J100', CellIsRule(operator='lessThan', formula=['70'], fill=PatternFill('solid', fgColor='FFFFC7CE')))
ws.conditional_formatting.add('A3:A100', ColorScaleRule(start_type='min', start_color='FFFFFFFF', end_type='max', end_color='FF63BE7B'))
ws.freeze_panes = 'A3'
ws.auto_filter.ref = 'A2:J6'
ws.print_title_rows = '1:2'
data = wb.create_sheet('X证书评价数据')
data.append(['证书名称', '评价人数', '通过人数'])
for r in [('工业机器人操作与运维', 120, 100), ('智能财税', 80, 70)]:
    data.append(r)
chart = BarChart()
chart.title = '评价人数'
chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3, max_col=3), titles_from_data=True)
chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=3))
data.add_chart(chart, 'E2')
hidden = wb.create_sheet('参数')
hidden['A1'] = '隐藏的参数表'
hidden.sheet_state = 'hidden'
wb.defined_names.append(DefinedName('分数区', attr_text="'考评人员'!$J$3:$J$6"))
wb.save(xlsx)

# A VBA project (its bytes need not be a working macro: they must come through unchanged), added by zip
# surgery, then the workbook is opened and saved by openpyxl with keep_vba as a clerk's .xlsm would be.
with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(scratch, 'w', zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == '[Content_Types].xml':
            data = data.replace(b'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', b'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
            data = data.replace(b'</Types>', b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if item.filename == 'xl/_rels/workbook.xml.rels':
            data = data.replace(b'</Relationships>', b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        dst.writestr(item, data)
    dst.writestr('xl/vbaProject.bin', bytes((i * 37 + 11) % 256 for i in range(8192)))
load_workbook(scratch, keep_vba=True).save(xlsm)
`;

const OPENPYXL_MARKS = ['考评人员!C4', '考评人员!C5', '考评人员!D4', '考评人员!B4', '考评人员!K3', '考评人员!L3', '考评人员!G6', '考评人员!B9', '机构信息!B3', 'X证书评价数据!B2', '参数!A2'];

/** A flat ODS with what Calc offers: merged header, hidden sheet, validation, conditional format, note, image, chart, pilot table. */
function fods(): string {
  const img = png().toString('base64');
  const cell = (v: string | number, attrs = '') =>
    typeof v === 'number' ? `<table:table-cell${attrs} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>` : `<table:table-cell${attrs} office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
  const head = ['序号', '姓名', '身份证件号', '考评职业（工种）', '分数'];
  const rows = PEOPLE.map(([name, id], i) => `<table:table-row>${cell(i + 1)}${cell(name)}${id ? cell(id, ' table:style-name="ce_text"') : '<table:table-cell/>'}${cell(i % 2 ? '钳工' : '电工', ' table:content-validation-name="val1"')}${cell(60 + i * 10)}</table:table-row>`).join('');
  const chart =
    '<draw:frame draw:name="图表1" svg:width="8cm" svg:height="5cm" svg:x="1cm" svg:y="5cm"><draw:object draw:notify-on-update-of-ranges="考评人员.E3:考评人员.E7"><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart>' +
    '<chart:chart chart:class="chart:bar" svg:width="8cm" svg:height="5cm"><chart:plot-area table:cell-range-address="考评人员.E3:考评人员.E7"><chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="考评人员.E3:考评人员.E7" chart:class="chart:bar"/></chart:plot-area></chart:chart>' +
    '</office:chart></office:body></office:document></draw:object></draw:frame>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:text-style style:name="N_text"><number:text-content/></number:text-style>
<style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
<style:style style:name="ce_head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ce_text" style:family="table-cell" style:data-style-name="N_text"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;电工&quot;;&quot;钳工&quot;)" table:allow-empty-cell="true" table:base-cell-address="'考评人员'.D3"/></table:content-validations>
<table:table table:name="机构信息"><table:table-column table:number-columns-repeated="2"/>${[['项目', '内容'], ['单位名称', '某某职业技能鉴定中心'], ['单位性质', '事业单位'], ['适用规则', 'ha-employer'], ['申请业务类型', '首次备案']].map((r) => `<table:table-row>${r.map((v) => cell(v)).join('')}</table:table-row>`).join('')}</table:table>
<table:table table:name="考评人员">
<table:shapes><draw:frame draw:name="图片1" svg:width="1cm" svg:height="1cm" svg:x="10cm" svg:y="1cm"><draw:image><office:binary-data>${img}</office:binary-data></draw:image></draw:frame>${chart}</table:shapes>
<table:table-column table:number-columns-repeated="5"/>
<table:table-row><table:table-cell table:number-columns-spanned="5" office:value-type="string"><text:p>考评人员名册</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="4"/></table:table-row>
<table:table-row>${head.map((h) => (h === '姓名' ? `<table:table-cell table:style-name="ce_head" office:value-type="string"><text:p>${h}</text:p><office:annotation><dc:creator>王会计</dc:creator><text:p>原有批注</text:p></office:annotation></table:table-cell>` : cell(h, ' table:style-name="ce_head"'))).join('')}</table:table-row>
${rows}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="考评人员.E3:考评人员.E7"><calcext:condition calcext:apply-style-name="Bad" calcext:value="&lt;70" calcext:base-cell-address="考评人员.E3"/></calcext:conditional-format></calcext:conditional-formats>
</table:table>
<table:table table:name="参数" table:style-name="ta_hidden"><table:table-row>${cell('隐藏的参数表')}</table:table-row></table:table>
<table:table table:name="汇总"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:data-pilot-tables><table:data-pilot-table table:name="数据透视表1" table:target-range-address="汇总.A1:汇总.B4" table:buttons="汇总.A1"><table:source-cell-range table:cell-range-address="考评人员.D2:考评人员.E7"/><table:data-pilot-field table:source-field-name="考评职业（工种）" table:orientation="row"/><table:data-pilot-field table:source-field-name="分数" table:orientation="data" table:function="sum"/><table:data-pilot-field table:source-field-name="" table:orientation="column" table:is-data-layout-field="true"/></table:data-pilot-table></table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>`;
}

const LIBREOFFICE_MARKS = ['机构信息!B2', '考评人员!C4', '考评人员!C5', '考评人员!B2', '考评人员!E6', '考评人员!D12', '参数!A1', '汇总!C1'];

export function libreOffice(args: string[], profileDir: string, timeout = 240000): void {
  // One profile per run: parallel test workers must not share LibreOffice's profile lock.
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', ...args], { stdio: 'ignore', timeout });
}

function corpusDir(): string {
  if (process.env.BEIAN_CORPUS_DIR) return process.env.BEIAN_CORPUS_DIR;
  const version = createHash('sha1').update(readFileSync(__filename)).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `beian-corpus-${version}`);
}

/** Writes the corpus (or finds it already written) and lists it. */
export async function makeCorpus(): Promise<{ dir: string; entries: CorpusEntry[] }> {
  const dir = corpusDir();
  const entries: CorpusEntry[] = [
    { file: 'exceljs-filing.xlsx', tool: 'exceljs', marks: EXCELJS_MARKS, carries: ['media', 'tables'] },
    { file: 'exceljs-threaded.xlsx', tool: 'exceljs', marks: EXCELJS_MARKS, carries: ['media', 'tables', 'threadedComments', 'persons'] },
    { file: 'openpyxl-filing.xlsx', tool: 'openpyxl', marks: OPENPYXL_MARKS, carries: ['charts', 'drawings'] },
    { file: 'openpyxl-macro.xlsm', tool: 'openpyxl', marks: OPENPYXL_MARKS, carries: ['vbaProject'] },
    { file: 'libreoffice-filing.xlsx', tool: 'libreoffice', marks: LIBREOFFICE_MARKS, carries: ['charts', 'media', 'pivotTables', 'pivotCache'] },
  ];
  if (existsSync(path.join(dir, 'done'))) return { dir, entries };
  const work = `${dir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await exceljsFiling(path.join(work, 'exceljs-filing.xlsx'));
  addThread(path.join(work, 'exceljs-filing.xlsx'), path.join(work, 'exceljs-threaded.xlsx'));
  writeFileSync(path.join(work, 'write-openpyxl.py'), OPENPYXL);
  execFileSync(PYTHON, [path.join(work, 'write-openpyxl.py'), path.join(work, 'openpyxl-filing.xlsx'), path.join(work, 'openpyxl-macro.xlsm'), path.join(work, 'scratch.xlsm')], { stdio: 'pipe', timeout: 120000 });
  writeFileSync(path.join(work, 'libreoffice-filing.fods'), fods());
  libreOffice(['--convert-to', 'xlsx', '--outdir', work, path.join(work, 'libreoffice-filing.fods')], path.join(work, 'lo-profile'));
  for (const e of entries) if (!existsSync(path.join(work, e.file))) throw new Error(`corpus: ${e.tool} did not write ${e.file}`);
  for (const scratch of ['lo-profile', 'scratch.xlsm']) rmSync(path.join(work, scratch), { recursive: true, force: true });
  writeFileSync(path.join(work, 'done'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { dir, entries };
}
