import type { Workbook } from '../model/workbook';
import { fromExcelWorkbook, loadExcel } from './exceljs-full';
import { DEFAULT_LIMITS, GateLimits } from './gate';

/**
 * The one way into an .xlsx for every host (CLI, web page worker, tests):
 * bytes in, the workbook model out, or an InputError with one Chinese line.
 * Which reader runs behind it is this module's business alone.
 */
export async function readWorkbook(buf: Uint8Array, limits: GateLimits = DEFAULT_LIMITS): Promise<Workbook> {
  return fromExcelWorkbook(await loadExcel(buf, limits));
}
