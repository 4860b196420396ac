import ExcelJS from 'exceljs';
import { annotateXlsx, type AnnotateMeta } from '../../../src/annotate';
import { checkTitle, checkTitles } from '../../../src/rules/catalogue';
import type { Finding } from '../../../src/rules/finding';
import { profileById } from '../../../src/profiles/profiles';
import { assertWellFormed, partText, sameBytes, storedEntries, unzipParts } from '../../helpers/package';

function finding(cell: string, severity: Finding['severity'], message: string, sheet = '考评人员'): Finding {
  return { rule: 'id.checksum', severity, sheet, cell, row: Number(cell.replace(/^[A-Z]+/, '')), column: '身份证件号', message, basis: 'GB 11643-1999', hint: '核对证件号码' };
}

async function originalBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考评人员');
  ws.getCell('A1').value = '考评人员名册';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = '姓名';
  ws.getCell('B2').value = '身份证件号';
  ws.getCell('A3').value = { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] };
  ws.getCell('B3').value = '11010519491231002X';
  ws.getCell('B4').value = '110105194912310023';
  const shared: Partial<ExcelJS.Style> = { font: { name: '宋体', size: 11 }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } }, numFmt: '@' };
  ws.getCell('B3').style = shared;
  ws.getCell('B4').style = shared;
  ws.getCell('C3').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('C4').value = 42;
  ws.getCell('D3').value = { formula: 'C4*2', result: 84 };
  ws.getCell('D4').value = { text: '链接', hyperlink: 'https://example.cn' };
  ws.getCell('C4').note = '原有批注';
  // Column E is text-formatted; E5 and the whole row 7 are absent from the sheet's XML.
  ws.getColumn(5).numFmt = '@';
  ws.getCell('A5').value = '李四';
  ws.getCell('A8').value = '王五';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const META: AnnotateMeta = { file: 'a.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 1, infos: 1 }, titles: checkTitles([{ rule: 'id.checksum' }]) };
const FINDINGS = [finding('B4', 'error', '身份证件号校验位应为 X，实际为 3'), finding('C4', 'warning', '数量存疑'), finding('C4', 'info', '另一条')];

describe('annotateXlsx', () => {
  it('marks cells with fill and note, keeps every value, formula, merge and neighbour style', async () => {
    const input = await originalBytes();
    const out = await annotateXlsx(input, FINDINGS, META);
    const before = await load(input);
    const after = await load(out);
    const ws = after.getWorksheet('考评人员')!;
    const orig = before.getWorksheet('考评人员')!;
    orig.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (c, col) => expect(ws.getCell(r, col).value).toEqual(c.value)));
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(['A1']);

    expect((ws.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('B4').font?.name).toBe('宋体');
    // B3 shares B4's cell format and must keep its own green fill.
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00B050');
    expect(JSON.stringify(ws.getCell('B4').note)).toContain('依据：GB 11643-1999');
    expect((ws.getCell('C4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    const c4note = JSON.stringify(ws.getCell('C4').note);
    expect(c4note).toContain('原有批注');
    expect(c4note.indexOf('原有批注')).toBeLessThan(c4note.indexOf('数量存疑'));
    expect(c4note).toContain('另一条');

    const result = after.getWorksheet('检查结果')!;
    expect(result).toBeDefined();
    const values = result.getSheetValues().flat().map((v) => JSON.stringify(v ?? null));
    expect(values.join()).toContain('错误 1 项');
    expect(result.getCell('D7').value).toBe('B4');
    expect(partText(out, 'xl/worksheets/sheet2.xml')).toContain(`<hyperlink ref="D7" location="'考评人员'!B4" display="B4"/>`);
    expect(result.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(result.autoFilter).toBe('A6:I9');
    // A check is named by its title, never by its id.
    expect(result.getCell('I6').value).toBe('检查项');
    expect(result.getCell('I7').value).toBe(checkTitle('id.checksum'));
    expect(values.join()).not.toContain('id.checksum');
  });

  it('copies every part it does not need to change byte for byte, compressed data and all', async () => {
    const input = await originalBytes();
    const out = await annotateXlsx(input, FINDINGS, META);
    const before = storedEntries(input);
    const after = storedEntries(out);
    const changed = [...before.keys()].filter((name) => !sameBytes(before.get(name), after.get(name))).sort();
    expect(changed).toEqual(['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort());
    // New: the 检查结果 sheet and the very hidden sheet of restore data.
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    expect(partText(out, 'xl/workbook.xml')).toContain('name="beian_restore" sheetId="3" state="veryHidden"');
    for (const [name, bytes] of unzipParts(out)) if (/\.(xml|rels|vml)$/.test(name)) assertWellFormed(new TextDecoder().decode(bytes), name);
  });

  it('fills cells the sheet lacks, in column and row order, in their column format', async () => {
    const input = await originalBytes();
    const out = await annotateXlsx(input, [finding('E5', 'error', '缺少'), finding('B7', 'warning', '缺少'), finding('E8', 'error', '缺少')], META);
    const sheet = partText(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<row r="5"[^>]*><c r="A5"[^>]*>.*?<\/c><c r="E5" s="\d+"\/><\/row>/);
    expect(sheet).toMatch(/<\/row><row r="7"><c r="B7" s="\d+"\/><\/row><row r="8"/);
    const ws = (await load(out)).getWorksheet('考评人员')!;
    expect(ws.getCell('E5').numFmt).toBe('@');
    expect((ws.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((ws.getCell('B7').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(ws.getCell('A8').value).toBe('王五');
    expect(ws.getCell('E5').value).toBeNull();
  });

  it('gives cells that share a format and a colour one new format', async () => {
    const input = await originalBytes();
    const out = await annotateXlsx(input, [finding('B3', 'error', 'a'), finding('B4', 'error', 'b')], META);
    const sheet = partText(out, 'xl/worksheets/sheet1.xml');
    const s = (ref: string) => new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)?.[1];
    expect(s('B3')).toBeDefined();
    expect(s('B3')).toBe(s('B4'));
  });

  it('picks a new name when the workbook already has a 检查结果 sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('考评人员').getCell('A1').value = 1;
    wb.addWorksheet('检查结果').getCell('A1').value = '旧的';
    const out = await annotateXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), [], { ...META, summary: { errors: 0, warnings: 0, infos: 0 } });
    const after = await load(out);
    expect(after.getWorksheet('检查结果')!.getCell('A1').value).toBe('旧的');
    expect(after.getWorksheet('检查结果(2)')).toBeDefined();
  });
});
