/// <reference types="office-js" />
import { diffMarks, planMarks, type MarkPlan } from '../../src/annotate/mark-plan';
import { markMeta, type CheckRequest, type CheckResult } from '../../src/check';
import { LiveCheck, type SheetEdit } from '../../src/live/live-check';
import { parseA1 } from '../../src/model/cell';
import type { Rect } from '../../src/model/range';
import type { Workbook } from '../../src/model/workbook';
import type { CheckRequest as PaneRequest } from '../host';
import { RequestBudget } from './request-budget';
import { updateSheet, type BlockData } from './cells';
import type { Features } from './env';
import { applyMarks } from './marks';
import { readSheets, scanWorkbook } from './read';
import { updateResultRows } from './result-sheet';
import type { RestoreStore } from './store';
import { shiftAddress, type Change, type Shift } from './watch';

/**
 * The live re-check inside Excel: reads back what the clerk changed, lets
 * the core's LiveCheck re-run the rules that read it, and rewrites only
 * the marks and 检查结果 rows that changed.
 */

/** Edits over more cells than this re-read their whole sheet instead. */
const LIVE_CELLS = 50_000;

/** The last check of the open workbook, kept while the clerk edits. */
export interface Live {
  req: PaneRequest;
  file: string;
  workbook: Workbook;
  /** Worksheet id → name, for events. */
  ids: Map<string, string>;
  check: LiveCheck;
  result: CheckResult;
  plan: MarkPlan;
  store: RestoreStore;
  /** The workbook holds fixes 撤销 can take back. */
  fixed: boolean;
}

export function planFor(result: CheckResult, workbook: Workbook, file: string): MarkPlan {
  return planMarks(result.findings, markMeta(file, result), workbook.sheets.map((s) => s.name));
}

export function checkRequest(req: PaneRequest, today: Date | undefined): CheckRequest {
  return { profile: req.profile, business: req.business, today };
}

/** Changes the model cannot follow cell by cell: a sheet added, deleted or unknown to the last check. */
export function needsFullCheck(live: Live, changes: readonly Change[]): boolean {
  return changes.some((c) => c.kind === 'sheets' || !live.ids.has(c.sheetId));
}

/**
 * Office.js codes of a workbook that moved on while a re-check waited its
 * turn (a sheet renamed or deleted, a range gone): the model is behind the
 * workbook, and a full read puts it right. Any other error is a fault.
 */
const STALE_CODES = new Set(['ItemNotFound', 'InvalidReference', 'InvalidArgument', 'InvalidSelection']);

export function isStale(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && STALE_CODES.has(code);
}

/** Applies the clerk's changes to the live check and its marks; false when no value changed (a format, our own marks). */
export async function recheckChanges(context: Excel.RequestContext, features: Features, live: Live, changes: readonly Change[]): Promise<boolean> {
  const edits = new Map<string, Rect[]>();
  const reread = new Set<string>();
  for (const c of changes) {
    const name = live.ids.get(c.sheetId)!;
    if (c.kind === 'shift') {
      shift(live, name, c.shift);
      reread.add(name);
    } else if (c.kind === 'edit') {
      const cells = (c.rect.r2 - c.rect.r1 + 1) * (c.rect.c2 - c.rect.c1 + 1);
      if (cells > LIVE_CELLS) reread.add(name);
      else edits.set(name, [...(edits.get(name) ?? []), c.rect]);
    }
  }
  const changed = await readEdits(context, live, edits, reread);
  if (!changed.length && !reread.size) return false;
  if (reread.size) {
    const scans = (await scanWorkbook(context, features)).filter((s) => reread.has(s.name));
    for (const sheet of await readSheets(context, scans)) live.workbook.replace(sheet);
  }
  const result = reread.size ? live.check.full(live.workbook) : live.check.update(changed);
  if (result === live.result) return true;
  const plan = planFor(result, live.workbook, live.file);
  plan.result.name = live.plan.result.name;
  const diff = diffMarks(live.plan, plan);
  await applyMarks(context, features, live.store, diff.set, diff.cleared.map((m) => `${m.sheet}!${m.address}`), false);
  const budget = new RequestBudget(context);
  await updateResultRows(context, budget, features, live.plan.result, plan.result);
  await budget.flush();
  Object.assign(live, { result, plan });
  return true;
}

/** Rows or columns inserted or deleted: the restore data and the last plan move with the cells. */
function shift(live: Live, sheet: string, s: Shift): void {
  live.store.shift(sheet, (a) => shiftAddress(s, a));
  for (const group of live.plan.sheets) {
    if (group.sheet !== sheet) continue;
    group.marks = group.marks.flatMap((m) => {
      const to = shiftAddress(s, m.address);
      if (to === null) return [];
      const { row, col } = parseA1(to);
      return [{ ...m, address: to, row, col }];
    });
  }
}

/** Reads the edited ranges of sheets not re-read whole (one sync) into the model; the edits whose values changed. */
async function readEdits(context: Excel.RequestContext, live: Live, edits: Map<string, Rect[]>, reread: Set<string>): Promise<SheetEdit[]> {
  const loads: { name: string; rect: Rect; range: Excel.Range }[] = [];
  for (const [name, rects] of edits) {
    if (reread.has(name)) continue;
    const ws = context.workbook.worksheets.getItem(name);
    for (const rect of rects) loads.push({ name, rect, range: ws.getRangeByIndexes(rect.r1 - 1, rect.c1 - 1, rect.r2 - rect.r1 + 1, rect.c2 - rect.c1 + 1).load('values,valueTypes,formulas,numberFormat') });
  }
  if (loads.length) await context.sync();
  const changed: SheetEdit[] = [];
  for (const l of loads) {
    const data: BlockData = { values: l.range.values, valueTypes: l.range.valueTypes as string[][], formulas: l.range.formulas, numberFormat: l.range.numberFormat as string[][] };
    if (updateSheet(live.workbook.sheet(l.name)!, l.rect, data)) changed.push({ sheet: l.name, rect: l.rect });
  }
  return changed;
}
