/// <reference types="office-js" />
import { parseRange, splitAreas, type Rect } from '../../src/model/range';
import { Sheet, Workbook, type SheetState } from '../../src/model/workbook';
import { RequestBudget, CELL_LIMIT, errorCode, OP_BYTES, PAYLOAD_BUDGET } from './request-budget';
import { fillSheet, type BlockData } from './cells';
import type { Features } from './env';
import { jsonBytes } from './payload';

/**
 * The Office.js adapter: the open workbook into the same model the .xlsx
 * reader fills. Two syncs find the sheets, their used ranges and merged
 * areas; then every sheet's used range is loaded (values, number formats,
 * formulas, value types) in as few syncs as the 5 MB response limit allows,
 * several sheets sharing a sync and a big sheet split into row blocks sized
 * from what the previous blocks actually weighed.
 */

export interface SheetScan {
  id: string;
  name: string;
  state: SheetState;
  /** The used range (cells with values), or null for an empty sheet. */
  used: Rect | null;
  /** The parts of the used range that hold data: the used range itself, unless a stray far cell made it huge. */
  regions: Rect[];
  merges: string[];
}

/** A used range wider or longer than a filing's ever is, is looked into band by band before anything is read. */
const WIDE = 256;
const LONG = 200_000;
const BAND_COLS = 64;
const BAND_ROWS = 100_000;

const STATE: Record<string, SheetState> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Sheets in tab order with their used ranges and merged areas: two syncs,
 * and a third where a stray cell (XFD1048576) stretched a used range far
 * beyond the data — then only the bands that hold something are read.
 */
export async function scanWorkbook(context: Excel.RequestContext, features: Features): Promise<SheetScan[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  await context.sync();
  const pending = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    let merges: Excel.RangeAreas | null = null;
    if (features.mergedAreas) {
      merges = ws.getRange().getMergedAreasOrNullObject();
      merges.load('address');
    }
    return { ws, used, merges };
  });
  await context.sync();
  const scans = pending.map(({ ws, used, merges }) => {
    const rect = used.isNullObject ? null : parseRange(used.address);
    return { id: ws.id, name: ws.name, state: STATE[ws.visibility] ?? 'visible', used: rect, regions: rect ? [rect] : [], merges: merges && !merges.isNullObject ? splitAreas(merges.address) : [] };
  });
  const probes: { scan: SheetScan; band: Excel.Range }[] = [];
  const budget = new RequestBudget(context);
  for (const scan of scans) {
    const u = scan.used;
    if (!u || (u.c2 - u.c1 + 1 <= WIDE && u.r2 - u.r1 + 1 <= LONG)) continue;
    const ws = context.workbook.worksheets.getItem(scan.name);
    for (let r = u.r1; r <= u.r2; r += BAND_ROWS) {
      for (let c = u.c1; c <= u.c2; c += BAND_COLS) {
        await budget.room(OP_BYTES, OP_BYTES);
        const band = ws.getRangeByIndexes(r - 1, c - 1, Math.min(BAND_ROWS, u.r2 - r + 1), Math.min(BAND_COLS, u.c2 - c + 1)).getUsedRangeOrNullObject(true).load('address');
        probes.push({ scan, band });
      }
    }
  }
  await budget.flush();
  for (const scan of new Set(probes.map((p) => p.scan))) scan.regions = probes.filter((p) => p.scan === scan && !p.band.isNullObject).map((p) => parseRange(p.band.address));
  return scans;
}

/** Bytes per cell of the four arrays before we have measured any: a guess on the high side. */
const FIRST_GUESS = 64;
const SAMPLE = 8;

export interface ReadProgress {
  cellsDone: number;
  cellsTotal: number;
}

/**
 * Reads the used ranges of the given sheets into model sheets. Syncs grow
 * with the data's weight (about 5 MB each), never with the number of rows
 * as such; a block Excel still finds too heavy is split and read again.
 */
export async function readSheets(context: Excel.RequestContext, scans: readonly SheetScan[], onProgress?: (p: ReadProgress) => void): Promise<Sheet[]> {
  const out = scans.map((s) => {
    const sheet = new Sheet(s.name, s.state);
    sheet.merges.push(...s.merges);
    return sheet;
  });
  const cursors = scans.flatMap((s, i) => s.regions.map((region) => ({ scan: s, region, sheet: out[i], next: region.r1 })));
  const cellsTotal = cursors.reduce((n, c) => n + (c.region.r2 - c.region.r1 + 1) * (c.region.c2 - c.region.c1 + 1), 0);
  let cellsDone = 0;
  let perCell = FIRST_GUESS;
  // Cells per sync: Excel's cell limit at first, halved for good whenever Excel refuses a sync as too large.
  let cap = CELL_LIMIT;
  while (cursors.some((c) => c.next <= c.region.r2)) {
    let budget = PAYLOAD_BUDGET;
    let cellsLeft = cap;
    const group: { cursor: (typeof cursors)[number]; rect: Rect; range: Excel.Range }[] = [];
    for (const cursor of cursors) {
      const used = cursor.region;
      if (cursor.next > used.r2) continue;
      const cols = used.c2 - used.c1 + 1;
      const fit = Math.min(Math.floor(budget / (perCell * cols)), Math.floor(cellsLeft / cols), used.r2 - cursor.next + 1);
      const rows = fit >= 1 ? fit : group.length ? 0 : 1;
      if (!rows) break;
      const rect = { r1: cursor.next, c1: used.c1, r2: cursor.next + rows - 1, c2: used.c2 };
      const range = context.workbook.worksheets.getItem(cursor.scan.name).getRangeByIndexes(rect.r1 - 1, rect.c1 - 1, rows, cols);
      range.load('values,valueTypes,formulas,numberFormat');
      group.push({ cursor, rect, range });
      cursor.next += rows;
      budget -= rows * cols * perCell;
      cellsLeft -= rows * cols;
      if (budget < perCell * cols || cellsLeft < cols) break;
    }
    try {
      // One sync per block by design: each is sized to stay under Excel's 5 MB response limit, which one sync for a big roster would pass.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const code = errorCode(e);
      if ((code !== 'ResponsePayloadSizeLimitExceeded' && code !== 'RangeExceedsLimit') || group.every((g) => g.rect.r1 === g.rect.r2)) throw e;
      // Heavier than estimated (long texts): take the rows again in smaller blocks.
      for (const g of group) g.cursor.next = Math.min(g.cursor.next, g.rect.r1);
      cap = Math.max(1, Math.floor(group.reduce((n, g) => n + (g.rect.r2 - g.rect.r1 + 1) * (g.rect.c2 - g.rect.c1 + 1), 0) / 2));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    let sampled = 0;
    for (const g of group) {
      const data: BlockData = { values: g.range.values, valueTypes: g.range.valueTypes as string[][], formulas: g.range.formulas, numberFormat: g.range.numberFormat as string[][] };
      fillSheet(g.cursor.sheet, g.rect, data);
      // Weigh every SAMPLE-th row: enough to size the next blocks, at a fraction of the cost.
      for (let i = 0; i < data.values.length; i += SAMPLE) {
        bytes += jsonBytes(data.values[i]) + jsonBytes(data.valueTypes[i]) + jsonBytes(data.formulas[i]) + jsonBytes(data.numberFormat[i]);
        sampled += data.values[i].length;
      }
      cells += (g.rect.r2 - g.rect.r1 + 1) * (g.rect.c2 - g.rect.c1 + 1);
    }
    // Size the next blocks from what these weighed, with a margin for rows heavier than the average.
    perCell = Math.max(8, (bytes / Math.max(1, sampled)) * 1.15);
    cellsDone += cells;
    onProgress?.({ cellsDone, cellsTotal });
  }
  return out;
}

/** The whole open workbook as the model, leaving out the sheets `skip` names (our own). */
export async function readOpenWorkbook(
  context: Excel.RequestContext,
  features: Features,
  opts: { skip?: (name: string) => boolean; onProgress?: (p: ReadProgress) => void } = {},
): Promise<{ workbook: Workbook; scans: SheetScan[] }> {
  const scans = await scanWorkbook(context, features);
  const data = scans.filter((s) => !opts.skip?.(s.name));
  const workbook = new Workbook();
  workbook.sheets.push(...(await readSheets(context, data, opts.onProgress)));
  return { workbook, scans };
}
