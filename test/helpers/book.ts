import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/model/cell';
import { Workbook } from '../../src/model/workbook';
import type { RecognisedWorkbook } from '../../src/model/table';
import { recognise } from '../../src/recognise/recognise';

/** Sheet name → rows (row 1 first); a row may be shorter than others. */
export type BookSpec = Record<string, CellValue[][]>;

/** Builds the model directly, as any reader adapter would; `hidden` names sheets saved hidden. */
export function makeModel(spec: BookSpec, hidden: readonly string[] = []): Workbook {
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(spec)) {
    const sheet = wb.addSheet(name, hidden.includes(name) ? 'hidden' : 'visible');
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && sheet.set(r + 1, c + 1, v)));
  }
  return wb;
}

export function makeBook(spec: BookSpec, hidden: readonly string[] = []): RecognisedWorkbook {
  return recognise(makeModel(spec, hidden));
}

/** Key–value rows for a 机构信息 sheet in the template's 项目 / 内容 layout. */
export function orgRows(items: Record<string, CellValue>): CellValue[][] {
  return [['项目', '内容', '变更前'], ...Object.entries(items).map(([k, v]) => [k, v])];
}

/** Writes a real .xlsx with exceljs, for tests that go through the readers or the CLI. */
export async function xlsxBuffer(spec: BookSpec, decorate?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(spec)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  decorate?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
