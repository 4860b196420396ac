import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { Workbook } from '../model/workbook';
import { fromExcelValue } from './exceljs-cell';
import { DEFAULT_LIMITS, gate, GateLimits } from './gate';
import { InputError } from './input-error';

interface StreamSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}

/**
 * Node-only streaming read: about twice as fast and a quarter of the memory
 * of the in-memory reader on big rosters. It does not see merged ranges (so
 * recognition carries group headers forward instead) nor the cached error
 * result of a formula (exceljs drops it), so the CLI uses it only for big
 * files that are not being annotated.
 */
export async function readWorkbookStream(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): Promise<Workbook> {
  gate(buf, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const model = new Workbook();
  try {
    for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
      const sheet = model.addSheet(ws.name, ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible');
      for await (const row of ws) {
        const r = row.number;
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const { value, formula } = fromExcelValue(cell.value);
          if (value === null && !formula) return;
          sheet.set(r, c, value, { formula, numFmt: cell.numFmt });
        });
      }
    }
  } catch (e) {
    throw new InputError(`无法读取工作簿：文件已损坏或不是有效的 .xlsx（${(e as Error).message.slice(0, 80)}）`, 'corrupt');
  }
  // Sheets arrive in zip order; findings follow the workbook's tab order.
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  model.sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return model;
}
