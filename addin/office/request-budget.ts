/// <reference types="office-js" />
import { formatRange, type Rect } from '../../src/model/range';

/**
 * Excel's resource limits for add-ins, and the queue discipline that keeps
 * every request under them: operations are queued freely and a sync is
 * issued only when the next one would push the request (or the response it
 * asks for) past the budget.
 */

/** Excel refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What we allow ourselves per sync: the estimate is not exact, so keep a fifth in reserve. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Cells one read may touch. */
export const CELL_LIMIT = 5_000_000;
/** worksheet.getRanges accepts about 500 areas and 8,192 characters per address. */
export const RANGES_MAX_AREAS = 500;
export const RANGES_MAX_CHARS = 8000;
/** Object path and action of one queued operation, before its arguments. */
export const OP_BYTES = 200;

export class RequestBudget {
  private request = 0;
  private response = 0;
  /** Syncs issued so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = PAYLOAD_BUDGET,
  ) {}

  /** Call before queuing an operation: syncs first when it would not fit in the current request. */
  async room(requestBytes: number, responseBytes = 0): Promise<void> {
    const full = this.request + requestBytes > this.limit || this.response + responseBytes > this.limit;
    if (full && (this.request > 0 || this.response > 0)) await this.flush();
    this.request += requestBytes;
    this.response += responseBytes;
  }

  /** Sends what is queued (if anything). */
  async flush(): Promise<void> {
    if (this.request === 0 && this.response === 0) return;
    this.request = 0;
    this.response = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** Runs of consecutive rows in one column become one area ("C5:C9"); cells come row-major or in any order. */
export function areasOf(cells: readonly { row: number; col: number }[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col);
    if (rows) rows.push(c.row);
    else byCol.set(c.col, [c.row]);
  }
  const out: Rect[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1)) {
      if (r === prev) continue;
      if (r !== prev + 1) {
        out.push({ r1: start, c1: col, r2: prev, c2: col });
        start = r;
      }
      prev = r;
    }
    out.push({ r1: start, c1: col, r2: prev, c2: col });
  }
  return out;
}

/** Splits areas into getRanges addresses within Excel's area and length limits. */
export function rangesAddresses(areas: readonly Rect[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const a of areas) {
    const s = formatRange(a);
    if (cur.length && (cur.length >= RANGES_MAX_AREAS || len + s.length + 1 > RANGES_MAX_CHARS)) {
      out.push(cur.join(','));
      cur = [];
      len = 0;
    }
    cur.push(s);
    len += s.length + 1;
  }
  if (cur.length) out.push(cur.join(','));
  return out;
}

/**
 * Queues one formatting action over many areas of a sheet: RangeAreas of up
 * to ~500 areas each where Excel has them (ExcelApi 1.9), otherwise one range
 * per area — all in as few requests as the budget allows.
 */
export async function formatAreas(budget: RequestBudget, ws: Excel.Worksheet, rangeAreas: boolean, areas: readonly Rect[], apply: (format: Excel.RangeFormat) => void): Promise<void> {
  if (rangeAreas) {
    for (const address of rangesAddresses(areas)) {
      await budget.room(OP_BYTES + address.length * 2);
      apply(ws.getRanges(address).format);
    }
  } else {
    for (const area of areas) {
      await budget.room(OP_BYTES);
      apply(ws.getRange(formatRange(area)).format);
    }
  }
}

/** The Office.js error code of a failed sync, if it is one. */
export function errorCode(e: unknown): string | null {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null;
}
