/// <reference types="office-js" />
import { FILL, type ResultSheetPlan } from '../../src/annotate/mark-plan';
import { columnLetter } from '../../src/model/cell';
import type { Severity } from '../../src/model/severity';
import { areasOf, Batch, formatAreas, OP_BYTES } from './request-budget';
import type { Features } from './env';
import { officeColor } from './marks';
import { jsonBytes } from './payload';

/**
 * The 检查结果 sheet of the mark plan in the open workbook: the verdict at
 * the top, one row per finding with a link to its cell, the severity column
 * coloured as the marks are. Written in row blocks within the request budget.
 */

const HEADER_FILL = '#D9D9D9';
const LINK_COLOR = '#0563C1';
/** Rows per values block: a few hundred findings' messages stay far below the budget. */
const BLOCK_ROWS = 500;

/** Creates the sheet (deleting our previous one first) and writes the plan into it. */
export async function createResultSheet(context: Excel.RequestContext, batch: Batch, features: Features, plan: ResultSheetPlan, previous: string | null): Promise<void> {
  await batch.room(OP_BYTES * 2);
  if (previous) context.workbook.worksheets.getItem(previous).delete();
  const ws = context.workbook.worksheets.add(plan.name);
  const last = columnLetter(plan.headers.length);
  await batch.room(OP_BYTES * (plan.widths.length + 6) + jsonBytes(plan.headers) * 2);
  plan.widths.forEach((w, i) => (ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * 6));
  const header = ws.getRange(`A${plan.headerRow}:${last}${plan.headerRow}`);
  header.values = [plan.headers];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  ws.getRange(`A1:A${plan.head.length}`).format.font.bold = true;
  ws.freezePanes.freezeRows(plan.headerRow);
  await writeResultRows(context, batch, features, plan);
}

/**
 * Writes the verdict lines and the finding rows from row index `from` on
 * into the result sheet. On a sheet that already has rows (a live
 * re-check) those rows are cleared first — values, colours and links — so
 * that nothing of a longer or different previous list stays behind.
 */
export async function writeResultRows(context: Excel.RequestContext, batch: Batch, features: Features, plan: ResultSheetPlan, previousRows = 0, from = 0): Promise<void> {
  const ws = context.workbook.worksheets.getItem(plan.name);
  const last = columnLetter(plan.headers.length);
  await batch.room(OP_BYTES * 2 + jsonBytes(plan.head) * 2);
  const head = ws.getRange(`A1:B${plan.head.length}`);
  head.numberFormat = plan.head.map(() => ['@', '@']);
  head.values = plan.head.map(([k, v]) => [k, v]);
  const first = plan.headerRow + 1;
  const stale = Math.max(previousRows, plan.rows.length);
  if (previousRows > from) {
    await batch.room(OP_BYTES);
    ws.getRange(`A${first + from}:${last}${first + stale - 1}`).clear();
  }
  const rows = plan.rows.slice(from);
  for (let i = 0; i < rows.length; i += BLOCK_ROWS) {
    const block = rows.slice(i, i + BLOCK_ROWS);
    const values = block.map((r) => r.values);
    await batch.room(OP_BYTES * 2 + jsonBytes(values) * 2);
    const range = ws.getRange(`A${first + from + i}:${last}${first + from + i + block.length - 1}`);
    // Text format first: a message or file name starting with "=" or digits stays text.
    range.numberFormat = block.map((r) => r.values.map((v) => (typeof v === 'number' ? 'General' : '@')));
    range.values = values;
  }
  const linkCol = columnLetter(plan.linkColumn);
  const links: number[] = [];
  const bySeverity = new Map<Severity, number[]>();
  for (const [i, r] of rows.entries()) {
    const row = first + from + i;
    const list = bySeverity.get(r.severity);
    if (list) list.push(row);
    else bySeverity.set(r.severity, [row]);
    if (!('target' in r.link)) continue;
    await batch.room(OP_BYTES + jsonBytes(r.link.target) + jsonBytes(r.link.text));
    ws.getRange(`${linkCol}${row}`).hyperlink = { documentReference: r.link.target, textToDisplay: r.link.text, screenTip: `转到 ${r.link.target}` };
    links.push(row);
  }
  for (const [severity, list] of bySeverity) await formatRows(ws, batch, features, plan.severityColumn, list, (f) => (f.fill.color = officeColor(FILL[severity])));
  await formatRows(ws, batch, features, plan.linkColumn, links, (f) => {
    f.font.color = LINK_COLOR;
    f.font.underline = 'Single' as Excel.RangeUnderlineStyle;
  });
  if (rows.length) {
    await batch.room(OP_BYTES);
    const messages = ws.getRange(`${columnLetter(plan.messageColumn)}${first + from}:${columnLetter(plan.messageColumn)}${first + plan.rows.length - 1}`);
    messages.format.wrapText = true;
    messages.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  }
}

/** Formats cells of one column (rows of one severity are mostly runs, so few areas). */
async function formatRows(ws: Excel.Worksheet, batch: Batch, features: Features, col: number, rows: number[], apply: (format: Excel.RangeFormat) => void): Promise<void> {
  await formatAreas(batch, ws, features.rangeAreas, areasOf(rows.map((row) => ({ row, col }))), apply);
}
