import ExcelJS from 'exceljs';
import type { Finding } from '../rules/finding';
import { annotate } from './annotate';
import type { AnnotateMeta } from './mark-plan';

export { annotate } from './annotate';
export * from './mark-plan';

/**
 * The annotated copy of a workbook, from its bytes, on any host: the
 * input with the marks of the mark plan applied.
 */
export async function annotateXlsx(input: Uint8Array, findings: readonly Finding[], meta: AnnotateMeta): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  annotate(wb, findings, meta);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
