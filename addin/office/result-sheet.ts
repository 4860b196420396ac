/// <reference types="office-js" />
import type { ResultRow, ResultSheetPlan } from '../../src/annotate/mark-plan';
import { SEVERITY_FILL } from '../../src/model/severity';
import { columnLetter } from '../../src/model/cell';
import type { Severity } from '../../src/model/severity';
import { areasOf, RequestBudget, formatAreas, OP_BYTES } from './request-budget';
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
export async function createResultSheet(context: Excel.RequestContext, budget: RequestBudget, features: Features, plan: ResultSheetPlan, previous: string | null): Promise<void> {
  await budget.room(OP_BYTES * 2);
  if (previous) context.workbook.worksheets.getItem(previous).delete();
  const ws = context.workbook.worksheets.add(plan.name);
  const last = columnLetter(plan.headers.length);
  await budget.room(OP_BYTES * (plan.widths.length + 6) + jsonBytes(plan.headers) * 2);
  plan.widths.forEach((w, i) => (ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * 6));
  const header = ws.getRange(`A${plan.headerRow}:${last}${plan.headerRow}`);
  header.values = [plan.headers];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  ws.getRange(`A1:A${plan.head.length}`).format.font.bold = true;
  ws.freezePanes.freezeRows(plan.headerRow);
  await writeHead(ws, budget, plan);
  await writeRows(ws, budget, features, plan, 0, plan.rows.length);
}

/**
 * Brings the result sheet from the `before` list to the `after` list (a
 * live re-check) touching only what changed: rows equal but for their 序号
 * at the top and at the bottom stay; the rows between are deleted or
 * inserted in the sheet (the rows below move with their colours and
 * links) and written; the rows below get their new 序号. The sheet ends as
 * {@link createResultSheet} would write `after`.
 */
export async function updateResultRows(context: Excel.RequestContext, budget: RequestBudget, features: Features, before: ResultSheetPlan, after: ResultSheetPlan): Promise<void> {
  const ws = context.workbook.worksheets.getItem(after.name);
  const was = before.rows.map(content);
  const now = after.rows.map(content);
  const shorter = Math.min(was.length, now.length);
  let top = 0;
  while (top < shorter && was[top] === now[top]) top++;
  let bottom = 0;
  while (bottom < shorter - top && was[was.length - 1 - bottom] === now[now.length - 1 - bottom]) bottom++;
  const removed = was.length - top - bottom;
  const added = now.length - top - bottom;
  const first = after.headerRow + 1;
  if (JSON.stringify(before.head) !== JSON.stringify(after.head)) await writeHead(ws, budget, after);
  await budget.room(OP_BYTES * 2);
  if (added < removed) ws.getRange(`${first + top + added}:${first + top + removed - 1}`).delete('Up');
  else if (added > removed) ws.getRange(`${first + top + removed}:${first + top + added - 1}`).insert('Down');
  if (added) {
    // Inserted rows take the formats of the row above them in Excel: cleared before they are written.
    ws.getRange(`A${first + top}:${columnLetter(after.headers.length)}${first + top + added - 1}`).clear();
    await writeRows(ws, budget, features, after, top, top + added);
  }
  if (added !== removed && bottom) {
    const serials = after.rows.slice(top + added).map((r) => [r.values[0]]);
    for (let i = 0; i < serials.length; i += BLOCK_ROWS * 20) {
      const block = serials.slice(i, i + BLOCK_ROWS * 20);
      await budget.room(OP_BYTES + jsonBytes(block));
      const row = first + top + added + i;
      ws.getRange(`A${row}:A${row + block.length - 1}`).values = block;
    }
  }
}

/** A result row but for its 序号, to compare two lists. */
function content(r: ResultRow): string {
  return JSON.stringify([r.values.slice(1), r.link]);
}

async function writeHead(ws: Excel.Worksheet, budget: RequestBudget, plan: ResultSheetPlan): Promise<void> {
  await budget.room(OP_BYTES * 2 + jsonBytes(plan.head) * 2);
  const head = ws.getRange(`A1:B${plan.head.length}`);
  head.numberFormat = plan.head.map(() => ['@', '@']);
  head.values = plan.head.map(([k, v]) => [k, v]);
}

/** Writes plan rows `from` to `to` (exclusive) into empty sheet rows: values, severity colours, links, wrapped messages. */
async function writeRows(ws: Excel.Worksheet, budget: RequestBudget, features: Features, plan: ResultSheetPlan, from: number, to: number): Promise<void> {
  const last = columnLetter(plan.headers.length);
  const first = plan.headerRow + 1;
  const rows = plan.rows.slice(from, to);
  for (let i = 0; i < rows.length; i += BLOCK_ROWS) {
    const block = rows.slice(i, i + BLOCK_ROWS);
    const values = block.map((r) => r.values);
    await budget.room(OP_BYTES * 2 + jsonBytes(values) * 2);
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
    await budget.room(OP_BYTES + jsonBytes(r.link.target) + jsonBytes(r.link.text));
    ws.getRange(`${linkCol}${row}`).hyperlink = { documentReference: r.link.target, textToDisplay: r.link.text, screenTip: `转到 ${r.link.target}` };
    links.push(row);
  }
  for (const [severity, list] of bySeverity) await formatRows(ws, budget, features, plan.severityColumn, list, (f) => (f.fill.color = officeColor(SEVERITY_FILL[severity])));
  await formatRows(ws, budget, features, plan.linkColumn, links, (f) => {
    f.font.color = LINK_COLOR;
    f.font.underline = 'Single' as Excel.RangeUnderlineStyle;
  });
  if (rows.length) {
    await budget.room(OP_BYTES);
    const messages = ws.getRange(`${columnLetter(plan.messageColumn)}${first + from}:${columnLetter(plan.messageColumn)}${first + to - 1}`);
    messages.format.wrapText = true;
    messages.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  }
}

/** Formats cells of one column (rows of one severity are mostly runs, so few areas). */
async function formatRows(ws: Excel.Worksheet, budget: RequestBudget, features: Features, col: number, rows: number[], apply: (format: Excel.RangeFormat) => void): Promise<void> {
  await formatAreas(budget, ws, features.rangeAreas, areasOf(rows.map((row) => ({ row, col }))), apply);
}
