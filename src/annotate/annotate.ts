import type ExcelJS from 'exceljs';
import type { BusinessType } from '../model/schema';
import { profileLabel, type Profile } from '../profiles/profiles';
import type { Finding, Severity, Summary } from '../rules/finding';

export interface AnnotateMeta {
  file: string;
  profile: Profile;
  business: BusinessType;
  summary: Summary;
}

const FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const RESULT_SHEET = '检查结果';

function noteText(f: Finding): string {
  return [`【${LABEL[f.severity]}】${f.message}`, `依据：${f.basis}`, f.hint ? `建议：${f.hint}` : ''].filter(Boolean).join('\n');
}

/** Keeps a note the clerk already wrote and puts ours below it. */
function existingNoteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function markCell(ws: ExcelJS.Worksheet, address: string, findings: Finding[]): void {
  const cell = ws.getCell(address);
  const worst = findings.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
  // exceljs shares one style object among cells with the same style: replace it, never mutate it.
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] } } };
  const previous = existingNoteText(cell.note as ExcelJS.Comment | string | undefined);
  const ours = findings.map(noteText).join('\n\n');
  cell.note = previous ? `${previous}\n\n${ours}` : ours;
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base}(${i})`;
  return name;
}

const HEADERS = ['序号', '级别', '工作表', '单元格', '列', '问题', '依据', '建议', '规则'];
const WIDTHS = [13, 8, 18, 9, 16, 60, 36, 36, 28];

function resultSheet(wb: ExcelJS.Workbook, findings: Finding[], meta: AnnotateMeta): void {
  const ws = wb.addWorksheet(uniqueSheetName(wb, RESULT_SHEET));
  const s = meta.summary;
  const head: [string, string][] = [
    ['文件', meta.file],
    ['适用规则', profileLabel(meta.profile)],
    ['申请业务类型', meta.business],
    ['检查结果', `${s.errors ? '未通过' : '通过'}：错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项`],
  ];
  head.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 1).font = { bold: true };
    ws.getCell(i + 1, 2).value = v;
    ws.mergeCells(i + 1, 2, i + 1, 6);
  });
  const headerRow = head.length + 2;
  HEADERS.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  findings.forEach((f, i) => {
    const r = headerRow + 1 + i;
    const quoted = f.sheet ? `'${f.sheet.replace(/'/g, "''")}'` : '';
    const link = f.sheet && f.cell ? { text: f.cell, hyperlink: `#${quoted}!${f.cell}` } : f.range ? `第 ${f.range.replace(':', '–')} 行` : '';
    const values: ExcelJS.CellValue[] = [i + 1, LABEL[f.severity], f.sheet ?? '工作簿', link, f.column ?? '', f.message, f.basis, f.hint ?? '', f.rule];
    values.forEach((v, j) => (ws.getCell(r, j + 1).value = v));
    ws.getCell(r, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } };
    if (typeof link === 'object') ws.getCell(r, 4).font = { color: { argb: 'FF0563C1' }, underline: true };
    ws.getCell(r, 6).alignment = { wrapText: true, vertical: 'top' };
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(findings.length, 1), column: HEADERS.length } };
}

/**
 * Marks the findings in an exceljs workbook in memory: each bad cell gets a
 * fill by its worst severity and a note with message, basis and hint, and a
 * 检查结果 sheet lists every finding with a link to its cell. Values,
 * formulas and merged ranges are left exactly as they were.
 */
export function annotate(wb: ExcelJS.Workbook, findings: readonly Finding[], meta: AnnotateMeta): void {
  const byCell = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    let sheet = byCell.get(f.sheet);
    if (!sheet) byCell.set(f.sheet, (sheet = new Map()));
    const list = sheet.get(f.cell);
    if (list) list.push(f);
    else sheet.set(f.cell, [f]);
  }
  for (const [name, cells] of byCell) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    for (const [address, list] of cells) markCell(ws, address, list);
  }
  resultSheet(wb, [...findings], meta);
}
