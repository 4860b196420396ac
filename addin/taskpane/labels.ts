import { unwrittenText, type UnwrittenForm } from '../../src/forms/documents';
import { SEVERITY_LABEL, type Severity } from '../../src/model/severity';

export const SEVERITY_TEXT = SEVERITY_LABEL;
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Fluent badge colours of the severities. */
export const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

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
