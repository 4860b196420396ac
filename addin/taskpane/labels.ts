import type { Severity } from '../../src/rules/finding';

export const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What the pane tells the clerk when Excel lacks a feature, by the Office host's feature key. */
export const FEATURE_TEXT: Record<string, string> = {
  notes: '单元格备注（问题说明改写在批注或“检查结果”表中）',
  comments: '批注（问题说明只列在“检查结果”表中）',
  rangeAreas: '多区域批量操作（标注改为逐块写入，较慢）',
  cellProperties: '批量读取单元格格式（标注改为逐块读取，较慢）',
  insertWorksheetsFromBase64: '从模板直接插入工作表（改为逐表创建）',
};
