import { columnLetter } from '../../src/model/cell';
import { encodeEntry, isOurResultSheet, lineCells, metaLine, RestoreStore, resultHeaderBand, STORE_SHEET } from '../office/store';
import { xl, type EtApplication, type EtWorkbook, type EtWorksheet } from './et';
import { readSheets, type WpsSheetScan } from './read';

/**
 * The restore data in the WPS workbook: the same very hidden sheet, in the
 * same format, as the Excel host writes (addin/office/store.ts), so that a
 * workbook marked in Excel is cleared in WPS and the other way round. WPS
 * calls are synchronous and cheap, so the sheet is rewritten whole.
 */

/** The top of a sheet, where our 检查结果 has its header row: enough to tell ours from a clerk's sheet of that name. */
function resultTop(scan: WpsSheetScan): WpsSheetScan {
  return { ...scan, used: scan.used && resultHeaderBand(scan.used) };
}

export function readStore(book: EtWorkbook, scans: readonly WpsSheetScan[]): RestoreStore {
  const scan = scans.find((s) => s.name === STORE_SHEET);
  const store = scan ? RestoreStore.fromSheet(readSheets(book, [scan])[0]) : new RestoreStore();
  const result = scans.find((s) => s.name === store.meta.result);
  if (result && !isOurResultSheet(readSheets(book, [resultTop(result)])[0])) store.meta.result = null;
  return store;
}

export function findSheet(book: EtWorkbook, name: string): EtWorksheet | null {
  const n = book.Worksheets.Count;
  for (let i = 1; i <= n; i++) {
    const ws = book.Worksheets.Item(i);
    if (ws.Name === name) return ws;
  }
  return null;
}

/**
 * Adds a sheet after the last one without leaving the clerk on it: ET
 * activates a sheet it adds, so the sheet the clerk was on is activated again.
 */
export function addSheet(app: EtApplication, book: EtWorkbook, name: string): EtWorksheet {
  const active = app.ActiveSheet;
  const ws = book.Worksheets.Add(null, book.Worksheets.Item(book.Worksheets.Count));
  ws.Name = name;
  active?.Activate();
  return ws;
}

/** Deletes a sheet without WPS asking the clerk to confirm. */
export function deleteSheet(app: EtApplication, ws: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    ws.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

/** Writes the whole store: its meta row, then one row per entry. */
export function writeStore(app: EtApplication, book: EtWorkbook, store: RestoreStore): void {
  let ws = findSheet(book, STORE_SHEET);
  if (ws) ws.UsedRange.Clear();
  else {
    ws = addSheet(app, book, STORE_SHEET);
    ws.Visible = xl.sheetVeryHidden;
  }
  store.exists = true;
  const rows = [metaLine(store.meta), ...[...store.entries.values()].map(encodeEntry)].map(lineCells);
  let i = 0;
  while (i < rows.length) {
    // Rows of one width go as one block; text format first so that WPS keeps every line as the text it is.
    let j = i;
    while (j < rows.length && rows[j].length === rows[i].length) j++;
    const range = ws.Range(`A${i + 1}:${columnLetter(rows[i].length)}${j}`);
    range.NumberFormat = '@';
    range.Value2 = rows.slice(i, j);
    i = j;
  }
}

export function removeStore(app: EtApplication, book: EtWorkbook, store: RestoreStore): void {
  const ws = findSheet(book, STORE_SHEET);
  if (ws) deleteSheet(app, ws);
  store.exists = false;
  store.entries.clear();
}
