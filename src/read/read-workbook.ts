import type { Workbook } from '../model/workbook';
import { fromExcelWorkbook, loadExcel } from './exceljs-full';
import { DEFAULT_LIMITS, GateLimits, spreadsheetFormat } from './gate';
import { readLegacyWorkbook } from './legacy';

/**
 * The one way into a workbook for every host (CLI, web page worker, tests):
 * bytes of an .xlsx, .xls or .ods in, the workbook model out, or an
 * InputError with one Chinese line. Which reader runs behind it is this
 * module's business alone.
 */
export async function readWorkbook(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const format = spreadsheetFormat(buf, limits);
  if (format !== 'xlsx') return readLegacyWorkbook(buf, format);
  return fromExcelWorkbook(await loadExcel(buf, limits));
}
