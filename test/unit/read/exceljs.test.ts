import ExcelJS from 'exceljs';
import { fromExcelWorkbook, loadExcel } from '../../../src/read/exceljs-full';
import { readWorkbookStream } from '../../../src/read/exceljs-stream';
import type { Workbook } from '../../../src/model/workbook';

async function fixture(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考评人员');
  ws.getCell('A1').value = '考评人员名册';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = '姓名';
  ws.getCell('B2').value = '身份证件号';
  ws.getCell('C2').value = '担任考评员起始日期';
  ws.getCell('D2').value = '人数';
  ws.getCell('A3').value = { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] };
  ws.getCell('B3').value = '11010519491231002X';
  ws.getCell('B3').numFmt = '@';
  ws.getCell('B4').value = 110105194912310020;
  ws.getCell('C3').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('C3').numFmt = 'yyyy-mm-dd';
  ws.getCell('D3').value = { formula: '1+1', result: 2 };
  ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('A4').value = { text: '李四', hyperlink: 'mailto:a@b.cn' };
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function snapshot(wb: Workbook) {
  return wb.sheets.map((s) => ({
    name: s.name,
    state: s.state,
    cells: Array.from({ length: s.rowCount }, (_, r) => Array.from({ length: s.colCount }, (_, c) => [s.value(r + 1, c + 1), s.isFormula(r + 1, c + 1), s.numFmt(r + 1, c + 1)])),
  }));
}

describe('exceljs adapters', () => {
  it('translate values, dates (UTC), formulas, rich text, links and errors into the model', async () => {
    const model = fromExcelWorkbook(await loadExcel(await fixture()));
    const s = model.sheet('考评人员')!;
    expect(s.value(1, 1)).toBe('考评人员名册');
    expect(s.value(1, 2)).toBeNull();
    expect(s.merges).toEqual(['A1:D1']);
    expect(s.value(3, 1)).toBe('张三');
    expect(s.value(3, 2)).toBe('11010519491231002X');
    expect(s.numFmt(3, 2)).toBe('@');
    expect(typeof s.value(4, 2)).toBe('number');
    expect((s.value(3, 3) as Date).toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(s.value(3, 4)).toBe(2);
    expect(s.isFormula(3, 4)).toBe(true);
    expect(s.cell(3, 4).kind).toBe('formula');
    expect(s.value(4, 4)).toEqual({ error: '#DIV/0!' });
    expect(s.value(4, 1)).toBe('李四');
    expect(model.sheet('隐藏')!.state).toBe('hidden');
  });

  it('the streaming reader gives the same cells as the in-memory reader', async () => {
    const buf = await fixture();
    const full = snapshot(fromExcelWorkbook(await loadExcel(buf)));
    const streamed = await readWorkbookStream(buf);
    // Known limit of exceljs' streaming reader: a formula's cached error result is dropped.
    expect(streamed.sheet('考评人员')!.value(4, 4)).toBeNull();
    streamed.sheet('考评人员')!.set(4, 4, { error: '#DIV/0!' }, { formula: true });
    expect(snapshot(streamed)).toEqual(full);
  });
});
