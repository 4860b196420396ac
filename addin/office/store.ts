/// <reference types="office-js" />
import { encodeEntry, entryKey, lineCells, metaLine, readStoreSheet, STORE_SHEET, type RestoreEntry, type StoreMeta } from '../../src/annotate/restore-data';
import type { Sheet } from '../../src/model/workbook';
import { RequestBudget, OP_BYTES } from './request-budget';
import { jsonBytes } from './payload';

/**
 * What the marks replaced, kept in the workbook itself so that 清除标记 can
 * put it back after the pane was closed or the file saved and reopened: a
 * very hidden sheet, one JSON row per marked cell (its fill and note before
 * the first check marked it, and a fingerprint of what we wrote), plus the
 * name of our 检查结果 sheet in the first row.
 *
 * A sheet rather than a custom XML part because it is written and read in
 * row blocks under the 5 MB request limit with the same range calls as the
 * rest of the add-in (a custom XML part is one string per part, rewritten
 * whole), and Excel, WPS and LibreOffice all keep very hidden sheets.
 */
export { STORE_SHEET, resultHeaderBand, isMarkFill, isOurResultSheet, entryKey, fillKey, fingerprint, restorable, encodeEntry, lineCells, metaLine, type NoteBox, type RestoreEntry, type SavedFill, type StoreMeta } from '../../src/annotate/restore-data';

/** The restore data in memory, with the store row of each entry so that a live re-check touches only its rows. */
export class RestoreStore {
  readonly entries = new Map<string, RestoreEntry>();
  private readonly rows = new Map<string, number>();
  /** Entries moved by a row or column shift, whose rows still name the old address. */
  private readonly moved = new Set<string>();
  /** Rows of entries whose cells were deleted. */
  private readonly stale: number[] = [];
  private nextRow = 2;
  /** Whether the sheet exists in the workbook. */
  exists = false;

  constructor(public meta: StoreMeta = { result: null }) {}

  /** Reads the store from its sheet as the reader modelled it. */
  static fromSheet(sheet: Sheet): RestoreStore {
    const { meta, entries } = readStoreSheet(sheet);
    const store = new RestoreStore(meta);
    store.exists = true;
    for (const { entry, row } of entries) {
      store.entries.set(entryKey(entry.sheet, entry.address), entry);
      store.rows.set(entryKey(entry.sheet, entry.address), row);
    }
    store.nextRow = sheet.rowCount + 1;
    return store;
  }

  get(sheet: string, address: string): RestoreEntry | undefined {
    return this.entries.get(entryKey(sheet, address));
  }

  /** Rewrites the whole store sheet (a full check): drops it and writes it anew, entries packed from row 2. */
  async rewrite(context: Excel.RequestContext, budget: RequestBudget): Promise<void> {
    const sheets = context.workbook.worksheets;
    await budget.room(OP_BYTES * 3);
    if (this.exists) sheets.getItem(STORE_SHEET).delete();
    const ws = sheets.add(STORE_SHEET);
    ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
    this.exists = true;
    this.rows.clear();
    this.moved.clear();
    this.stale.length = 0;
    const lines = [metaLine(this.meta)];
    for (const [k, e] of this.entries) {
      this.rows.set(k, lines.length + 1);
      lines.push(encodeEntry(e));
    }
    this.nextRow = lines.length + 1;
    await writeLines(ws, budget, 1, lines);
  }

  /** Adds or replaces entries, and blanks the rows of removed ones (a live re-check). */
  async update(context: Excel.RequestContext, budget: RequestBudget, add: RestoreEntry[], remove: string[]): Promise<void> {
    if (!this.exists) {
      for (const e of add) this.entries.set(entryKey(e.sheet, e.address), e);
      for (const k of remove) this.entries.delete(k);
      return this.rewrite(context, budget);
    }
    const ws = context.workbook.worksheets.getItem(STORE_SHEET);
    const blank = [...this.stale];
    this.stale.length = 0;
    for (const k of remove) {
      const row = this.rows.get(k);
      this.entries.delete(k);
      this.rows.delete(k);
      if (row !== undefined) blank.push(row);
    }
    for (const row of blank) {
      await budget.room(OP_BYTES);
      ws.getRange(`${row}:${row}`).clear();
    }
    const adding = new Set(add.map((e) => entryKey(e.sheet, e.address)));
    const moved = [...this.moved].filter((k) => !adding.has(k) && this.entries.has(k)).map((k) => this.entries.get(k)!);
    this.moved.clear();
    const fresh: string[] = [];
    const first = this.nextRow;
    for (const e of [...moved, ...add]) {
      const k = entryKey(e.sheet, e.address);
      const row = this.rows.get(k);
      this.entries.set(k, e);
      if (row !== undefined) await writeLines(ws, budget, row, [encodeEntry(e)]);
      else {
        this.rows.set(k, this.nextRow++);
        fresh.push(encodeEntry(e));
      }
    }
    await writeLines(ws, budget, first, fresh);
  }

  /**
   * Moves entries when the clerk inserts or deletes rows or columns, as Excel
   * moves the cells and their fills; entries of deleted cells are dropped.
   * The store rows are brought up to date by the next `update`.
   */
  shift(sheet: string, move: (address: string) => string | null): void {
    const moving = [...this.entries].filter(([, e]) => e.sheet === sheet);
    const rows = new Map(moving.map(([k]) => [k, this.rows.get(k)]));
    for (const [k] of moving) {
      this.entries.delete(k);
      this.rows.delete(k);
    }
    for (const [k, e] of moving) {
      const to = move(e.address);
      const row = rows.get(k);
      if (to === null) {
        if (row !== undefined) this.stale.push(row);
        continue;
      }
      const k2 = entryKey(sheet, to);
      this.entries.set(k2, { ...e, address: to });
      if (row !== undefined) this.rows.set(k2, row);
      if (to !== e.address) this.moved.add(k2);
    }
  }

  /** Deletes the store, once 清除标记 has put everything back. */
  async remove(context: Excel.RequestContext, budget: RequestBudget): Promise<void> {
    if (!this.exists) return;
    await budget.room(OP_BYTES);
    context.workbook.worksheets.getItem(STORE_SHEET).delete();
    this.exists = false;
    this.entries.clear();
    this.rows.clear();
  }
}

/** Writes text lines into column A onwards from `row`, in blocks that each fit a request. */
async function writeLines(ws: Excel.Worksheet, budget: RequestBudget, row: number, lines: string[]): Promise<void> {
  const chunked = lines.map(lineCells);
  let i = 0;
  while (i < chunked.length) {
    // Rows in one block share a width; a long row goes alone.
    const width = chunked[i].length;
    let j = i;
    let bytes = OP_BYTES * 2;
    while (j < chunked.length && chunked[j].length === width && bytes + jsonBytes(chunked[j]) * 2 < 1024 * 1024) {
      bytes += jsonBytes(chunked[j]) * 2;
      j++;
    }
    await budget.room(bytes);
    const range = ws.getRangeByIndexes(row + i - 1, 0, j - i, width);
    // Text format first, so that Excel keeps every line as the text it is.
    range.numberFormat = chunked.slice(i, j).map((parts) => parts.map(() => '@'));
    range.values = chunked.slice(i, j);
    i = j;
  }
}
