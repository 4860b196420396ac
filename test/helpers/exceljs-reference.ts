import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/model/cell';
import { Workbook } from '../../src/model/workbook';

/**
 * exceljs as the reference reader of the differential tests: its in-memory
 * reader's workbook translated into the model exactly as beian's own
 * reader adapter did before beian read .xlsx itself.
 */

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** An exceljs cell value as the model's plain value: formulas keep their cached result, rich text its text, hyperlinks their display text. */
export function fromExcelValue(v: ExcelJS.CellValue | undefined): { value: CellValue; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return { value: v, formula: false };
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const r = fromExcelValue(o.result as ExcelJS.CellValue | undefined);
    return { value: r.value, formula: true };
  }
  if ('error' in o) return { value: { error: String(o.error) }, formula: false };
  if ('richText' in o && Array.isArray(o.richText)) return { value: richText(o as { richText: { text: string }[] }), formula: false };
  if ('text' in o) {
    const t = o.text;
    if (typeof t === 'object' && t !== null && 'richText' in t) return { value: richText(t as { richText: { text: string }[] }), formula: false };
    return { value: String(t ?? ''), formula: false };
  }
  return { value: null, formula: false };
}

/** Translates a loaded (or built) exceljs workbook into the model. */
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

/** Reads .xlsx bytes with exceljs' in-memory reader into the model. */
export async function readWithExceljs(buf: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer-backed buffer; a Node Buffer is one.
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return fromExcelWorkbook(wb);
}
