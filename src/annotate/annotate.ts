import ExcelJS from 'exceljs';
import type { Finding } from '../rules/finding';
import { combinedNote, FILL, planMarks, type AnnotateMeta, type CellMark, type ResultSheetPlan } from './mark-plan';

/** Keeps a note the clerk already wrote and puts ours below it. */
function existingNoteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function markCell(ws: ExcelJS.Worksheet, mark: CellMark): void {
  const cell = ws.getCell(mark.address);
  // exceljs shares one style object among cells with the same style: replace it, never mutate it.
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: mark.fill } } };
  cell.note = combinedNote(existingNoteText(cell.note as ExcelJS.Comment | string | undefined), mark.note);
}

function resultSheet(wb: ExcelJS.Workbook, plan: ResultSheetPlan): void {
  const ws = wb.addWorksheet(plan.name);
  plan.head.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 1).font = { bold: true };
    ws.getCell(i + 1, 2).value = v;
    ws.mergeCells(i + 1, 2, i + 1, 6);
  });
  plan.headers.forEach((h, i) => {
    const c = ws.getCell(plan.headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  plan.rows.forEach((row, i) => {
    const r = plan.headerRow + 1 + i;
    row.values.forEach((v, j) => (ws.getCell(r, j + 1).value = v));
    if ('target' in row.link) {
      ws.getCell(r, plan.linkColumn).value = { text: row.link.text, hyperlink: `#${row.link.target}` };
      ws.getCell(r, plan.linkColumn).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    ws.getCell(r, plan.severityColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[row.severity] } };
    ws.getCell(r, plan.messageColumn).alignment = { wrapText: true, vertical: 'top' };
  });
  plan.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: plan.headerRow }];
  ws.autoFilter = { from: { row: plan.headerRow, column: 1 }, to: { row: plan.headerRow + Math.max(plan.rows.length, 1), column: plan.headers.length } };
}

/**
 * Marks the findings in an exceljs workbook in memory, as the mark plan
 * says: each bad cell gets a fill by its worst severity and a note with
 * message, basis and hint, and a 检查结果 sheet lists every finding with a
 * link to its cell. Values, formulas and merged ranges are left exactly as
 * they were.
 */
export function annotate(wb: ExcelJS.Workbook, findings: readonly Finding[], meta: AnnotateMeta): void {
  const plan = planMarks(findings, meta, wb.worksheets.map((w) => w.name));
  for (const { sheet, marks } of plan.sheets) {
    const ws = wb.getWorksheet(sheet);
    if (ws) for (const m of marks) markCell(ws, m);
  }
  resultSheet(wb, plan.result);
}
