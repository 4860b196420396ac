import ExcelJS from 'exceljs';
import { annotate } from '../../../src/annotate';
import type { Finding } from '../../../src/rules/finding';
import { profileById } from '../../../src/profiles/profiles';

function finding(cell: string, severity: Finding['severity'], message: string): Finding {
  return { rule: 'id.checksum', severity, sheet: '考评人员', cell, row: Number(cell.slice(1)), column: '身份证件号', message, basis: 'GB 11643-1999', hint: '核对证件号码' };
}

async function original(): Promise<ExcelJS.Workbook> {
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
  // Re-read so the styles come back shared, as they do from a clerk's file.
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf);
  return back;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

describe('annotate', () => {
  it('marks cells with fill and note, keeps every value, formula, merge and neighbour style', async () => {
    const before = await original();
    const wb = await original();
    annotate(wb, [finding('B4', 'error', '身份证件号校验位应为 X，实际为 3'), finding('C4', 'warning', '数量存疑'), finding('C4', 'info', '另一条')], {
      file: 'a.xlsx',
      profile: profileById('ha-employer')!,
      business: '首次备案',
      summary: { errors: 1, warnings: 1, infos: 1 },
    });
    const after = await roundTrip(wb);
    const ws = after.getWorksheet('考评人员')!;
    const orig = before.getWorksheet('考评人员')!;
    orig.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (c, col) => expect(ws.getCell(r, col).value).toEqual(c.value)));
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toEqual(['A1']);

    expect((ws.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('B4').numFmt).toBe('@');
    expect(ws.getCell('B4').font?.name).toBe('宋体');
    // B3 shared B4's style object and must keep its own green fill.
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00B050');
    expect(JSON.stringify(ws.getCell('B4').note)).toContain('依据：GB 11643-1999');
    expect((ws.getCell('C4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    const c4note = JSON.stringify(ws.getCell('C4').note);
    expect(c4note).toContain('原有批注');
    expect(c4note).toContain('数量存疑');
    expect(c4note).toContain('另一条');

    const result = after.getWorksheet('检查结果')!;
    expect(result).toBeDefined();
    const values = result.getSheetValues().flat().map((v) => JSON.stringify(v ?? null));
    expect(values.join()).toContain("#'考评人员'!B4");
    expect(values.join()).toContain('错误 1 项');
  });

  it('picks a new name when the workbook already has a 检查结果 sheet', async () => {
    const wb = await original();
    wb.addWorksheet('检查结果');
    annotate(wb, [], { file: 'a.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 0, warnings: 0, infos: 0 } });
    expect(wb.getWorksheet('检查结果(2)')).toBeDefined();
  });
});
