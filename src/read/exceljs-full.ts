import ExcelJS from 'exceljs';
import { Workbook } from '../model/workbook';
import { fromExcelValue } from './exceljs-cell';
import { gate, GateLimits, DEFAULT_LIMITS } from './gate';
import { InputError } from './input-error';

/** Loads an .xlsx with exceljs' in-memory reader (Node and browser). */
export async function loadExcel(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): Promise<ExcelJS.Workbook> {
  gate(buf, limits);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs wants an ArrayBuffer-backed buffer; a Node Buffer is one.
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`无法读取工作簿：文件已损坏或不是有效的 .xlsx（${(e as Error).message.slice(0, 80)}）`, 'corrupt');
  }
  return wb;
}

/** Translates a loaded exceljs workbook into the model; it only reads. */
export function fromExcelWorkbook(wb: ExcelJS.Workbook): Workbook {
  const model = new Workbook();
  for (const ws of wb.worksheets) {
    const sheet = model.addSheet(ws.name, ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible');
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Merged children echo the master's value in exceljs; the model keeps it once.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const { value, formula } = fromExcelValue(cell.value);
        if (value === null && !formula) return;
        sheet.set(r, c, value, { formula, numFmt: cell.numFmt });
      });
    });
    const merges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
    for (const m of Object.values(merges)) sheet.merges.push(m.range);
  }
  return model;
}
