/// <reference types="office-js" />
import { combinedNote, type CellMark } from '../../src/annotate/mark-plan';
import { parseA1 } from '../../src/model/cell';
import { formatRange, type Rect } from '../../src/model/range';
import { areasOf, RequestBudget, formatAreas, OP_BYTES } from './request-budget';
import { noteKind, type Features } from './env';
import { jsonBytes } from './payload';
import { entryKey, fillKey, fingerprint, isMarkFill, restorable, type RestoreEntry, type RestoreStore, type SavedFill } from './store';

/**
 * Applies the mark plan in the open workbook: a fill on each marked cell,
 * our note (or a comment where this Excel has no notes), and restores cells
 * that are no longer marked. What a cell held before its first mark goes to
 * the restore store before the mark is written; cells are grouped per sheet
 * and fill colour into RangeAreas where Excel has them, and every request is
 * kept under the payload budget — never one sync per cell.
 */

interface CellRef {
  sheet: string;
  address: string;
}

/** A cell as it is now: fill (when asked for), note and threaded comment texts. */
interface Current {
  fill?: SavedFill | null;
  note: string | null;
  comment: string | null;
}

/** "FFFFC7CE" (the plan's ARGB) → "#FFC7CE" (Office.js). */
export const officeColor = (argb: string): string => `#${argb.slice(-6).toUpperCase()}`;

function bySheet<T extends CellRef>(cells: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const c of cells) {
    const list = m.get(c.sheet);
    if (list) list.push(c);
    else m.set(c.sheet, [c]);
  }
  return m;
}

function areasOfRefs(cells: readonly CellRef[]): Rect[] {
  return areasOf(cells.map((c) => parseA1(c.address)));
}

/**
 * Loads what the cells hold now: their fills (getCellProperties per area
 * where Excel has it, else each cell's fill colour), notes (one
 * getItemOrNullObject per cell) and threaded comments (the sheet's comments
 * with their locations). Two or three syncs whatever the number of cells,
 * more only when the requests would pass the budget.
 */
async function inspect(context: Excel.RequestContext, features: Features, cells: readonly CellRef[], withFills: readonly CellRef[]): Promise<Map<string, Current>> {
  const budget = new RequestBudget(context);
  const out = new Map<string, Current>();
  for (const c of cells) out.set(entryKey(c.sheet, c.address), { note: null, comment: null });
  const fills: (() => void)[] = [];
  for (const [sheet, list] of bySheet(withFills)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    if (features.rangeAreas) {
      for (const area of areasOfRefs(list)) {
        await budget.room(OP_BYTES, (area.r2 - area.r1 + 1) * 80);
        const props = ws.getRange(formatRange(area)).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } });
        fills.push(() =>
          props.value.forEach((line, i) =>
            line.forEach((p, j) => {
              const f = p.format?.fill;
              const address = formatRange({ r1: area.r1 + i, c1: area.c1 + j, r2: area.r1 + i, c2: area.c1 + j });
              // Office.js names no theme colour or palette entry: such a fill is kept as the colour it shows and its tint.
              const tint = typeof f?.tintAndShade === 'number' && f.tintAndShade !== 0 ? { tint: f.tintAndShade } : {};
              const saved = !f || !f.pattern || f.pattern === 'None' ? null : { pattern: f.pattern, color: f.color ?? '#FFFFFF', patternColor: f.patternColor ?? null, ...tint };
              slot(out, sheet, address).fill = saved;
            }),
          ),
        );
      }
    } else {
      for (const c of list) {
        await budget.room(OP_BYTES, 40);
        const fill = ws.getRange(c.address).format.fill.load('color');
        // Before ExcelApi 1.9 Excel reports "no fill" as white; both come back as no fill.
        fills.push(() => (slot(out, sheet, c.address).fill = !fill.color || fill.color.toUpperCase() === '#FFFFFF' ? null : { pattern: 'Solid', color: fill.color, patternColor: null }));
      }
    }
  }
  const notes: (() => void)[] = [];
  if (features.notes) {
    for (const [sheet, list] of bySheet(cells)) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const c of list) {
        await budget.room(OP_BYTES, 400);
        const note = ws.notes.getItemOrNullObject(c.address).load('content');
        notes.push(() => {
          if (!note.isNullObject) slot(out, sheet, c.address).note = note.content;
        });
      }
    }
  }
  const comments: { sheet: string; list: Excel.CommentCollection }[] = [];
  if (features.comments) {
    for (const sheet of bySheet(cells).keys()) {
      await budget.room(OP_BYTES, 64 * 1024);
      comments.push({ sheet, list: context.workbook.worksheets.getItem(sheet).comments.load('items/content') });
    }
  }
  await budget.flush();
  for (const f of [...fills, ...notes]) f();
  const located: { sheet: string; content: string; where: Excel.Range }[] = [];
  for (const { sheet, list } of comments) {
    for (const c of list.items) {
      await budget.room(OP_BYTES, 100);
      located.push({ sheet, content: c.content, where: c.getLocation().load('address') });
    }
  }
  await budget.flush();
  for (const c of located) {
    const k = entryKey(c.sheet, c.where.address.slice(c.where.address.lastIndexOf('!') + 1));
    const cur = out.get(k);
    if (cur) cur.comment = c.content;
  }
  return out;
}

function slot(out: Map<string, Current>, sheet: string, address: string): Current {
  const k = entryKey(sheet, address);
  let cur = out.get(k);
  if (!cur) out.set(k, (cur = { note: null, comment: null }));
  return cur;
}

/** Queues a fill action for cells of one sheet, grouped into areas. */
async function queueFills(context: Excel.RequestContext, budget: RequestBudget, features: Features, sheet: string, cells: readonly CellRef[], apply: (fill: Excel.RangeFill) => void): Promise<void> {
  await formatAreas(budget, context.workbook.worksheets.getItem(sheet), features.rangeAreas, areasOfRefs(cells), (format) => apply(format.fill));
}

/**
 * Puts back the fills and notes of restored entries (queued; the caller
 * flushes). Office.js sets colours by value only: a fill that was a theme
 * colour or a palette entry comes back as the colour it showed, with its
 * tint, and no longer follows a change of the workbook's theme or palette.
 * Before ExcelApi 1.9 there is no tint to set: the colour alone.
 */
async function queueRestore(context: Excel.RequestContext, budget: RequestBudget, features: Features, entries: readonly RestoreEntry[], current: Map<string, Current>): Promise<RestoreEntry[]> {
  const resized: RestoreEntry[] = [];
  for (const [sheet, list] of bySheet(entries)) {
    const groups = new Map<string, RestoreEntry[]>();
    // A fill goes back only over our mark: a cell the clerk refilled since keeps the clerk's fill, and one we never filled its own.
    const refill = list.filter((e) => {
      const now = current.get(entryKey(e.sheet, e.address))?.fill;
      return restorable(e.fill) && (now === undefined || isMarkFill(now));
    });
    for (const e of refill) {
      const k = fillKey(e.fill);
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
    for (const group of groups.values()) {
      const f = group[0].fill;
      if (f && f.pattern !== 'Solid' && features.rangeAreas) {
        // Patterned fills need pattern and colours together: one cell at a time, still in the same request.
        const ws = context.workbook.worksheets.getItem(sheet);
        for (const e of group) {
          await budget.room(OP_BYTES * 2);
          ws.getRange(e.address).setCellProperties([[{ format: { fill: { pattern: f.pattern as Excel.FillPattern, color: f.color, ...(f.patternColor ? { patternColor: f.patternColor } : {}), ...(f.tint ? { tintAndShade: f.tint } : {}) } } }]]);
        }
      } else
        await queueFills(context, budget, features, sheet, group, (fill) => {
          if (!f) return fill.clear();
          fill.color = f.color;
          if (f.tint && features.rangeAreas) fill.tintAndShade = f.tint;
        });
    }
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const e of list) {
      const cur = current.get(entryKey(e.sheet, e.address));
      if (!cur || !e.hash) continue;
      // Only what is still exactly ours: a note or comment the clerk edited since stays as it is.
      if (e.ours === 'note' && features.notes && cur.note !== null && fingerprint(cur.note) === e.hash) {
        await budget.room(OP_BYTES + jsonBytes(e.note ?? ''));
        const note = ws.notes.getItem(e.address);
        if (e.note) note.content = e.note;
        else note.delete();
        if (e.note && e.box) resized.push(e);
      } else if (e.ours === 'comment' && features.comments && cur.comment !== null && fingerprint(cur.comment) === e.hash) {
        await budget.room(OP_BYTES);
        ws.comments.getItemByCell(e.address).delete();
      }
    }
  }
  return resized;
}

/**
 * Clerk's notes whose box a copy annotated by beian grew for our text get
 * their size back (Note.width and height, ExcelApi 1.18), in a request of
 * their own: Excel on the web cannot size notes, and there only the size
 * stays as the copy left it.
 */
async function resizeNotes(context: Excel.RequestContext, budget: RequestBudget, entries: readonly RestoreEntry[]): Promise<void> {
  if (!entries.length) return;
  try {
    for (const e of entries) {
      await budget.room(OP_BYTES * 2);
      const note = context.workbook.worksheets.getItem(e.sheet).notes.getItem(e.address);
      if (e.box?.width) note.width = e.box.width;
      if (e.box?.height) note.height = e.box.height;
    }
    await budget.flush();
  } catch {
    // This Excel cannot size a note: the clerk's note has its text back, in the box the copy left.
  }
}

export interface MarkResult {
  /** Marked cells left without our note because the clerk's own comment (or edited note) is there. */
  notesSkipped: number;
  /** Excel refused a note or comment (a cell with a note this Excel cannot show the add-in); some cells have only the fill. */
  notesFailed: boolean;
  /** Cells restored. */
  restored: number;
}

/**
 * Marks `set` (new marks, or marks whose fill or note changed) and restores
 * the cells of `clear` (keys "sheet!A1" of marks that went away). With
 * `full`, the store is rewritten compactly (a whole check); otherwise only
 * its changed rows are (a live re-check).
 */
export async function applyMarks(context: Excel.RequestContext, features: Features, store: RestoreStore, set: readonly CellMark[], clear: readonly string[], full: boolean): Promise<MarkResult> {
  const cleared = clear.map((k) => store.entries.get(k)).filter((e): e is RestoreEntry => e !== undefined);
  const fresh = set.filter((m) => !store.get(m.sheet, m.address));
  const current = await inspect(
    context,
    features,
    [...set.map((m) => ({ sheet: m.sheet, address: m.address })), ...cleared],
    [...fresh.map((m) => ({ sheet: m.sheet, address: m.address })), ...cleared],
  );
  const kind = noteKind(features);
  const entries: RestoreEntry[] = [];
  const notes: { mark: CellMark; text: string; exists: boolean }[] = [];
  for (const m of set) {
    const cur = current.get(entryKey(m.sheet, m.address))!;
    const old = store.get(m.sheet, m.address);
    const e: RestoreEntry = old ? { ...old } : { sheet: m.sheet, address: m.address, fill: cur.fill ?? null, note: kind === 'note' ? cur.note : null, ours: null, hash: null };
    const stillOurs = (text: string | null) => old?.hash != null && text !== null && fingerprint(text) === old.hash;
    if (kind === 'note' && cur.comment === null && (!old?.ours || stillOurs(cur.note))) {
      const text = combinedNote(e.note ?? '', m.note);
      notes.push({ mark: m, text, exists: cur.note !== null });
      e.ours = 'note';
      e.hash = fingerprint(text);
    } else if (kind === 'comment' && (cur.comment === null || (old?.ours === 'comment' && stillOurs(cur.comment)))) {
      notes.push({ mark: m, text: m.note, exists: cur.comment !== null });
      e.ours = 'comment';
      e.hash = fingerprint(m.note);
    } else {
      // A clerk's comment (or a note they edited since): leave it; the mark is the fill and its 检查结果 row.
      e.ours = null;
      e.hash = null;
    }
    entries.push(e);
  }

  const budget = new RequestBudget(context);
  // 1. What the marks will replace is in the workbook before any mark is.
  if (full) {
    for (const e of entries) store.entries.set(entryKey(e.sheet, e.address), e);
    await store.rewrite(context, budget);
  } else await store.update(context, budget, entries, []);
  // 2. Restores and fills, grouped per sheet and colour.
  const resized = await queueRestore(context, budget, features, cleared, current);
  const byFill = new Map<string, CellMark[]>();
  const unfilled = new Set(entries.filter((e) => !restorable(e.fill)).map((e) => entryKey(e.sheet, e.address)));
  for (const m of set) {
    if (unfilled.has(entryKey(m.sheet, m.address))) continue;
    const k = `${m.sheet}\u0000${m.fill}`;
    const g = byFill.get(k);
    if (g) g.push(m);
    else byFill.set(k, [m]);
  }
  const before = new Map(entries.map((e) => [entryKey(e.sheet, e.address), e.fill]));
  for (const group of byFill.values()) {
    const color = officeColor(group[0].fill);
    // Over a pattern or a tint the mark is made plain, so that it shows its colour alone.
    const plain = group.every((m) => {
      const f = before.get(entryKey(m.sheet, m.address));
      return !f || (f.pattern === 'Solid' && !f.tint);
    });
    await queueFills(context, budget, features, group[0].sheet, group, (fill) => {
      fill.color = color;
      if (!plain && features.rangeAreas) {
        fill.pattern = 'Solid' as Excel.FillPattern;
        fill.tintAndShade = 0;
      }
    });
  }
  // 3. Restore data of cells no longer marked goes only once they are restored.
  await store.update(context, budget, [], cleared.map((e) => entryKey(e.sheet, e.address)));
  await budget.flush();
  await resizeNotes(context, budget, resized);
  // 4. Notes or comments last and on their own: one Excel refuses fails its request, not the fills.
  let notesFailed = false;
  try {
    for (const [sheet, list] of bySheet(notes.map((n) => ({ ...n, sheet: n.mark.sheet, address: n.mark.address })))) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const n of list) {
        await budget.room(OP_BYTES + jsonBytes(n.text));
        if (kind === 'note') {
          if (n.exists) ws.notes.getItem(n.address).content = n.text;
          else ws.notes.add(n.address, n.text);
        } else if (n.exists) ws.comments.getItemByCell(n.address).content = n.text;
        else ws.comments.add(n.address, n.text);
      }
    }
    await budget.flush();
  } catch {
    // Excel will not add a comment to a cell that has a note it cannot show this add-in (LTSC). The
    // store only claims what it can prove: clearing removes a note or comment whose text is still ours.
    notesFailed = true;
  }
  return { notesSkipped: set.length - notes.length, notesFailed, restored: cleared.length };
}

/**
 * Restores every cell the store knows on the sheets still present (a sheet
 * renamed or deleted since has nothing left to restore) and removes the
 * store; returns the number of cells restored.
 */
export async function restoreAll(context: Excel.RequestContext, budget: RequestBudget, features: Features, store: RestoreStore, present: ReadonlySet<string>): Promise<number> {
  const entries = [...store.entries.values()].filter((e) => present.has(e.sheet));
  const current = await inspect(
    context,
    features,
    entries.filter((e) => e.ours),
    entries,
  );
  const resized = await queueRestore(context, budget, features, entries, current);
  await budget.flush();
  await resizeNotes(context, budget, resized);
  await store.remove(context, budget);
  return entries.length;
}
