import { a1, columnNumber } from './cell';

/**
 * Rectangular ranges in A1 notation, as Office.js reports them ("Sheet1!A1:C9",
 * "'工作 人员'!5:7", "B:B") and as the add-in writes them back.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 1-based, inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** The part after the sheet name: "Sheet1!A1:B2" → "A1:B2". */
export function stripSheet(address: string): string {
  const i = address.lastIndexOf('!');
  return i < 0 ? address : address.slice(i + 1);
}

/** The sheet name of a qualified address, unquoted; null when there is none. */
export function sheetOf(address: string): string | null {
  const i = address.lastIndexOf('!');
  if (i < 0) return null;
  const s = address.slice(0, i);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

const END = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function end(ref: string): { row: number | null; col: number | null } {
  const m = END.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`not an A1 range: ${ref}`);
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** "A1", "A1:C9", "5:7" (whole rows), "B:D" (whole columns), with or without a sheet name. */
export function parseRange(address: string): Rect {
  const [from, to = from] = stripSheet(address).split(':');
  const a = end(from);
  const b = end(to);
  const rect = {
    r1: a.row ?? 1,
    c1: a.col ?? 1,
    r2: b.row ?? (a.row === null ? MAX_ROWS : a.row),
    c2: b.col ?? (a.col === null ? MAX_COLS : a.col),
  };
  if (a.row === null && b.row !== null) throw new Error(`not an A1 range: ${address}`);
  if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLS || rect.r1 > rect.r2 || rect.c1 > rect.c2) throw new Error(`not an A1 range: ${address}`);
  return rect;
}

/**
 * The areas of a multi-area address without their sheet names:
 * "'a,b'!A1:D1, 'a,b'!B5" → ["A1:D1", "B5"]. Commas inside a quoted sheet
 * name do not split.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        cur += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((a) => stripSheet(a.trim())).filter(Boolean);
}

/** The areas of a multi-area address as rects, "A1, B5:B9" → two. */
export function parseAreas(address: string): Rect[] {
  return splitAreas(address).map(parseRange);
}

export function formatRange(r: Rect): string {
  const from = a1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? from : `${from}:${a1(r.r2, r.c2)}`;
}

export function cellCount(r: Rect): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}
