/// <reference types="office-js" />
import { FILL, type ResultSheetPlan } from '../../src/annotate/mark-plan';
import { columnLetter } from '../../src/model/cell';
import type { Severity } from '../../src/rules/finding';
import { areasOf, Batch, formatAreas, OP_BYTES } from './batch';
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
export async function createResultSheet(ctx: Excel.RequestContext, batch: Batch, features: Features, plan: ResultSheetPlan, previous: string | null): Promise<void> {
  await batch.room(OP_BYTES * 2);
  if (previous) ctx.workbook.worksheets.getItem(previous).delete();
  const ws = ctx.workbook.worksheets.add(plan.name);
  const last = columnLetter(plan.headers.length);
  await batch.room(OP_BYTES * (plan.widths.length + 6) + jsonBytes(plan.headers) * 2);
  plan.widths.forEach((w, i) => (ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * 6));
  const header = ws.getRange(`A${plan.headerRow}:${last}${plan.headerRow}`);
  header.values = [plan.headers];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  ws.getRange(`A1:A${plan.head.length}`).format.font.bold = true;
  ws.freezePanes.freezeRows(plan.headerRow);
  await writeResultRows(ctx, batch, features, plan, 0);
}

/**
 * Writes the verdict lines and the finding rows into an existing result
 * sheet, clearing rows left over from a longer previous list (a live
 * re-check rewrites them in place).
 */
export async function writeResultRows(ctx: Excel.RequestContext, batch: Batch, features: Features, plan: ResultSheetPlan, previousRows: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(plan.name);
  const width = plan.headers.length;
  const last = columnLetter(width);
  await batch.room(OP_BYTES * 2 + jsonBytes(plan.head) * 2);
  const head = ws.getRange(`A1:B${plan.head.length}`);
  head.numberFormat = plan.head.map(() => ['@', '@']);
  head.values = plan.head.map(([k, v]) => [k, v]);
  const first = plan.headerRow + 1;
  if (previousRows > plan.rows.length) {
    await batch.room(OP_BYTES);
    ws.getRange(`A${first + plan.rows.length}:${last}${first + previousRows - 1}`).clear();
  }
  for (let i = 0; i < plan.rows.length; i += BLOCK_ROWS) {
    const rows = plan.rows.slice(i, i + BLOCK_ROWS);
    const values = rows.map((r) => r.values);
    await batch.room(OP_BYTES * 2 + jsonBytes(values) * 2);
    const range = ws.getRange(`A${first + i}:${last}${first + i + rows.length - 1}`);
    // Text format first: a message or file name starting with "=" or digits stays text.
    range.numberFormat = rows.map((r) => r.values.map((v) => (typeof v === 'number' ? 'General' : '@')));
    range.values = values;
    if (previousRows > i) range.format.fill.clear();
  }
  const linkCol = columnLetter(plan.linkColumn);
  const links: number[] = [];
  for (const [i, r] of plan.rows.entries()) {
    if (!('target' in r.link)) continue;
    await batch.room(OP_BYTES + jsonBytes(r.link.target) + jsonBytes(r.link.text));
    ws.getRange(`${linkCol}${first + i}`).hyperlink = { documentReference: r.link.target, textToDisplay: r.link.text, screenTip: `转到 ${r.link.target}` };
    links.push(first + i);
  }
  const bySeverity = new Map<Severity, number[]>();
  plan.rows.forEach((r, i) => {
    const list = bySeverity.get(r.severity);
    if (list) list.push(first + i);
    else bySeverity.set(r.severity, [first + i]);
  });
  for (const [severity, rows] of bySeverity) await formatRows(ws, batch, features, plan.severityColumn, rows, (f) => (f.fill.color = officeColor(FILL[severity])));
  await formatRows(ws, batch, features, plan.linkColumn, links, (f) => {
    f.font.color = LINK_COLOR;
    f.font.underline = 'Single' as Excel.RangeUnderlineStyle;
  });
  if (plan.rows.length) {
    await batch.room(OP_BYTES);
    const messages = ws.getRange(`${columnLetter(plan.messageColumn)}${first}:${columnLetter(plan.messageColumn)}${first + plan.rows.length - 1}`);
    messages.format.wrapText = true;
    messages.format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  }
}

/** Formats cells of one column (rows of one severity are mostly runs, so few areas). */
async function formatRows(ws: Excel.Worksheet, batch: Batch, features: Features, col: number, rows: number[], apply: (format: Excel.RangeFormat) => void): Promise<void> {
  await formatAreas(batch, ws, features.rangeAreas, areasOf(rows.map((row) => ({ row, col }))), apply);
}
