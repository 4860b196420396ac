import { readWorkbook } from '../../../../src/read/read-workbook';
import { InputError } from '../../../../src/read/input-error';
import { readXlsx } from '../../../../src/read/xlsx/read-xlsx';
import type { Inflater } from '../../../../src/read/xlsx/inflate';
import type { Workbook } from '../../../../src/model/workbook';
import { buildXlsx, str, xlsx, zipParts } from '../../../helpers/xlsx-parts';

const INFLATERS: Inflater[] = ['native', 'fflate'];

async function refusal(buf: Uint8Array): Promise<InputError> {
  try {
    await readWorkbook(buf);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).not.toContain('\n');
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return e as InputError;
  }
  throw new Error('read without refusal');
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="49"/><xf numFmtId="2"/></cellXfs>';

describe.each(INFLATERS)('the .xlsx reader (%s inflate)', (inflater) => {
  const read = (buf: Uint8Array): Promise<Workbook> => readXlsx(buf, { inflater });

  it('reads every kind of value: shared, rich and inline strings, numbers, booleans, errors, formulas with their cached results', async () => {
    const buf = xlsx({
      strings: ['<t>姓名</t>', '<r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh>', '<t xml:space="preserve"> 第一行_x000D_\n第二行 </t>', '<t/>'],
      sheets: [
        {
          name: '考评人员',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2"><v>42</v></c><c r="B2"><v>-1.5E3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
            '<row r="3"><c r="A3" t="str"><f>A1&amp;"x"</f><v>姓名x</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" t="b"><f>TRUE()</f><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>NOW()</f></c><c r="F3"><f t="shared" si="0"/><v>7</v></c></row>' +
            `<row r="4">${str('A4', '&#x4E2D;&amp;&lt;文')}<c r="B4" t="inlineStr"><is><r><t>李</t></r><r><t>四</t></r></is></c><c r="C4" t="inlineStr"><is><t><![CDATA[<王五>]]></t></is></c><c r="D4" s="1"/></row>`,
        },
      ],
    });
    const s = (await read(buf)).sheet('考评人员')!;
    expect(s.rowValues(1)).toEqual(['姓名', '张三', ' 第一行\r\n第二行 ', '']);
    expect(s.rowValues(2)).toEqual([42, -1500, true, false, { error: '#N/A' }]);
    expect(s.rowValues(3)).toEqual(['姓名x', 2, true, { error: '#DIV/0!' }, null, 7]);
    expect([1, 2, 3, 4, 5, 6].map((c) => s.isFormula(3, c))).toEqual([true, true, true, true, true, true]);
    expect(s.isFormula(2, 1)).toBe(false);
    expect(s.rowValues(4)).toEqual(['中&<文', '李四', '<王五>']);
    expect(s.rowCount).toBe(4);
    expect(s.colCount).toBe(6);
  });

  it('turns numbers shown with a date format into UTC dates, zh-CN built-in formats and the 1904 system included', async () => {
    const rows = '<row r="1"><c r="A1" s="1"><v>45306</v></c><c r="B1" s="2"><v>45306</v></c><c r="C1" s="3"><v>45306</v></c><c r="D1" s="4"><v>45306</v></c><c r="E1" s="5"><v>45306.5</v></c><c r="F1"><v>45306</v></c><c r="G1" s="1"><f>A1</f><v>45306</v></c><c r="H1" t="d"><v>2024-01-15T08:30:00</v></c></row>';
    const s = (await read(xlsx({ styles: STYLES, sheets: [{ name: 'S', rows }] }))).sheets[0];
    const day = new Date(Date.UTC(2024, 0, 15));
    expect(s.rowValues(1)).toEqual([day, day, day, 45306, 45306.5, 45306, day, new Date(Date.UTC(2024, 0, 15, 8, 30))]);
    expect([1, 2, 3, 4, 5, 6].map((c) => s.numFmt(1, c))).toEqual(['yyyy-mm-dd', 'mm-dd-yy', 'yyyy"年"m"月"d"日"', '@', '0.00', null]);
    const s1904 = (await read(xlsx({ styles: STYLES, date1904: true, sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" s="1"><v>43844</v></c></row>' }] }))).sheets[0];
    expect(s1904.value(1, 1)).toEqual(day);
  });

  it('keeps merged ranges and drops the values hidden under them, as Excel shows the sheet', async () => {
    const rows = `<row r="1">${str('A1', '认定人次')}${str('B1', '藏')}</row><row r="2">${str('A2', '初级')}${str('B2', '中级')}</row><row r="5">${str('C5', '藏在底部')}</row>`;
    const s = (await read(xlsx({ sheets: [{ name: 'S', rows, after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C5:C4"/></mergeCells>' }] }))).sheets[0];
    expect(s.merges).toEqual(['A1:B1', 'C4:C5']);
    expect(s.rowValues(1)).toEqual(['认定人次']);
    expect(s.value(1, 2)).toBeNull();
    expect(s.value(2, 2)).toBe('中级');
    expect(s.value(5, 3)).toBeNull();
    expect([s.rowCount, s.colCount]).toEqual([2, 2]);
  });

  it('finds sheets by relationship, in tab order, with their state, whatever the parts are called and however the zip is ordered', async () => {
    const parts = buildXlsx({
      sheets: [
        { name: '机构信息', rows: `<row r="1">${str('A1', '一')}</row>`, part: 'xl/worksheets/Data Z.xml' },
        { name: '隐藏', rows: `<row r="1">${str('A1', '二')}</row>`, state: 'hidden', part: 'xl/other/a.xml' },
        { name: '深藏', rows: `<row r="1">${str('A1', '三')}</row>`, state: 'veryHidden' },
      ],
    });
    // Percent-encoded target, and the zip written back to front.
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('worksheets/Data Z.xml', 'worksheets/Data%20Z.xml');
    const reversed = Object.fromEntries(Object.entries(parts).reverse());
    const wb = await read(zipParts(reversed));
    expect(wb.sheets.map((s) => [s.name, s.state, s.value(1, 1)])).toEqual([
      ['机构信息', 'visible', '一'],
      ['隐藏', 'hidden', '二'],
      ['深藏', 'veryHidden', '三'],
    ]);
  });

  it('reads strict OOXML and prefixed SpreadsheetML alike, and ignores elements of other namespaces', async () => {
    const rows = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>严格</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v><ext:v xmlns:ext="urn:other">9</ext:v></x:c></x:row>';
    const strict = await read(xlsx({ strict: true, prefix: 'x', sheets: [{ name: 'S', rows }] }));
    expect(strict.sheets[0].rowValues(1)).toEqual(['严格', 3]);
  });

  it('places cells without r attributes after the previous row and cell', async () => {
    const rows = `<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row r="4"><c r="C4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>`;
    const s = (await read(xlsx({ sheets: [{ name: 'S', rows }] }))).sheets[0];
    expect([s.value(1, 1), s.value(1, 2), s.value(4, 3), s.value(4, 4), s.value(5, 1)]).toEqual(['a', 1, 2, 3, 4]);
  });

  it('ignores drawings, validations, conditional formats, hyperlinks and the declared dimension', async () => {
    const after =
      '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1" r:id="rIdH"/></hyperlinks><drawing r:id="rIdD"/>';
    const s = (await read(xlsx({ sheets: [{ name: 'S', rows: `<row r="1">${str('A1', 'x')}</row>`, before: '<dimension ref="A1:XFD1048576"/>', after }] }))).sheets[0];
    expect([s.rowCount, s.colCount, s.value(1, 1)]).toEqual([1, 1, 'x']);
  });
});

describe('the .xlsx reader refuses damage in one Chinese line naming the part', () => {
  it('an XML part cut short', async () => {
    const parts = buildXlsx({ sheets: [{ name: '考评人员', rows: `<row r="1">${str('A1', '姓名')}</row>` }] });
    parts['xl/worksheets/sheet1.xml'] = (parts['xl/worksheets/sheet1.xml'] as string).slice(0, -40);
    const e = await refusal(zipParts(parts));
    expect(e.message).toBe('工作表“考评人员”（xl/worksheets/sheet1.xml）已损坏：XML 不完整');
    expect(e.reason).toBe('corrupt');
    expect(e.detail).toMatch(/unclosed tag|unexpected end/);
  });

  it('malformed XML, a DTD, bytes that are not UTF-8', async () => {
    const bad = (xml: string | Uint8Array, part = 'xl/worksheets/sheet1.xml') => {
      const parts = buildXlsx({ strings: ['<t>a</t>'], sheets: [{ name: 'S', rows: '' }] });
      parts[part] = xml;
      return refusal(zipParts(parts));
    };
    expect((await bad('<worksheet><sheetData><row></sheetData></worksheet>')).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）已损坏：XML 格式错误');
    expect((await bad('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>', 'xl/sharedStrings.xml')).message).toBe(
      '共享字符串表（xl/sharedStrings.xml）已损坏：XML 含有 DTD 声明',
    );
    expect((await bad(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]))).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）已损坏：文字编码无效');
  });

  it('a cell pointing at a shared string that does not exist, a cell reference outside the grid, a missing sheet part', async () => {
    const one = (rows: string) => refusal(xlsx({ strings: ['<t>a</t>'], sheets: [{ name: 'S', rows }] }));
    expect((await one('<row r="1"><c r="A1" t="s"><v>7</v></c></row>')).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）已损坏：共享字符串编号 7 不存在');
    expect((await one('<row r="1"><c r="XFE1"><v>1</v></c></row>')).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）已损坏：单元格引用“XFE1”无效或超出 Excel 的范围');
    expect((await one('<row r="1048577"><c><v>1</v></c></row>')).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）已损坏：行号 1048577 超出 Excel 的范围');
    const parts = buildXlsx({ sheets: [{ name: 'S', rows: '' }] });
    delete parts['xl/worksheets/sheet1.xml'];
    expect((await refusal(zipParts(parts))).message).toBe('工作表“S”（xl/worksheets/sheet1.xml）缺失，工作簿不完整');
  });
});

describe('readWorkbook', () => {
  it('takes the bytes whole, as a ReadableStream or as an async iterable of chunks', async () => {
    const buf = xlsx({ sheets: [{ name: 'S', rows: `<row r="1">${str('A1', '流')}</row>` }] });
    const chunks = () => Array.from({ length: Math.ceil(buf.length / 100) }, (_, i) => buf.slice(i * 100, i * 100 + 100));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks()) c.enqueue(ch);
        c.close();
      },
    });
    async function* iterable() {
      yield* chunks();
    }
    for (const source of [buf, stream, iterable()]) expect((await readWorkbook(source)).sheets[0].value(1, 1)).toBe('流');
    await expect(readWorkbook(iterable(), { maxFileBytes: 300 })).rejects.toThrow('文件超过上限');
  });
});
