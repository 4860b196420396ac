import { tokens } from '@fluentui/react-components';
import type { Severity } from '../../src/model/severity';
import { unwrittenText, type UnwrittenForm } from '../../src/forms/unwritten';

/**
 * The pane's colours of the severities, in the hues of the cell fills
 * (src/model/severity.ts): Fluent's badge colours, and the edge of a card.
 * 提示 is blue (brand), not Fluent's grey 'informative', which is near-black in the dark theme.
 */
export const SEVERITY_BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'brand'>> = { error: 'danger', warning: 'warning', info: 'brand' };
export const SEVERITY_EDGE: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteMarigoldBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

/**
 * What this Excel or WPS lacks that a clerk would notice, in the clerk's words,
 * from the host's features (addin/office/env.ts, addin/wps/features.ts). Internal differences
 * (batching, event details) are not worth a line.
 */
export function missingFeatureNotes(f: Readonly<Record<string, boolean>>): string[] {
  const notes: string[] = [];
  if (f.notes === false) notes.push(f.comments === false ? '不支持备注和批注：问题说明只列在“检查结果”表中' : '不支持单元格备注：问题说明写在批注中');
  if (f.dataValidation === false) notes.push('插入的模板工作表没有下拉列表');
  if (f.insertSheets === false) notes.push('模板工作表改为逐表创建');
  if (f.sheetEvents === false) notes.push('不能在修改单元格后自动重新检查：改完后请再点“检查工作簿”');
  if (f.saveCopy === false) notes.push('不能另存标注副本：请用“文件→另存为”保存');
  return notes;
}

/**
 * What 生成 Word says afterwards: the file given, and every chosen form that
 * gave none with why — as a bar that stays, since the clerk expected it.
 */
export function formsNotice(done: string | null, unwritten: readonly UnwrittenForm[]): { intent: 'success' | 'warning'; text: string } {
  if (!unwritten.length) return { intent: 'success', text: done ?? '' };
  const missing = `未生成 ${unwritten.length} 种表格：${unwrittenText(unwritten)}。`;
  return { intent: 'warning', text: done ? `${done}。${missing}` : missing };
}

/** What a file dialog for a workbook offers: what the pane reads (Excel's, WPS's and LibreOffice's own formats). */
export const WORKBOOK_TYPES = '.xlsx,.xlsm,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet';
