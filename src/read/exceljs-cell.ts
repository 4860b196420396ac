import type ExcelJS from 'exceljs';
import type { CellValue } from '../model/cell';

export interface Converted {
  value: CellValue;
  formula: boolean;
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/**
 * Translates an exceljs cell value into the model's plain value. Formula
 * cells keep their cached result (absent when no spreadsheet program saved
 * the file), rich text becomes its text, hyperlinks their display text.
 */
export function fromExcelValue(v: ExcelJS.CellValue | undefined): Converted {
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
