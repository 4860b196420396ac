import { SEVERITY_FILL } from '../../src/model/severity';
import { combinedNote, type CellMark, type ResultSheetPlan } from '../../src/annotate/mark-plan';
import { columnLetter } from '../../src/model/cell';
import { officeColor } from '../office/marks';
import { entryKey, fingerprint, isMarkFill, restorable, type NoteBox, type RestoreEntry, type RestoreStore, type SavedFill } from '../office/store';
import { bgr, hexOf, patternName, PATTERNS, themeIndex, xl, xlThemeColor, type EtApplication, type EtComment, type EtInterior, type EtRange, type EtWorkbook } from './et';
import { addSheet, deleteSheet, findSheet, writeStore } from './store';

/**
 * The mark plan in the open WPS workbook: a fill and a note (WPS's cell
 * comment, the classic note) on each marked cell, what they replaced kept
 * in the restore sheet first, and cells no longer marked put back — the
 * same rules as the Excel host (addin/office/marks.ts): a note the clerk
 * edited since is left alone, a clerk's note is kept above ours.
 */

function cellOf(book: EtWorkbook, sheet: string, address: string): EtRange {
  return book.Worksheets.Item(sheet).Range(address);
}

/**
 * A cell's fill: its colour, and where ET says so the theme colour it is
 * and its tint. A palette entry reads as the colour it shows (ColorIndex
 * answers the nearest entry for any colour, so it cannot tell one from a
 * colour set by value), and a pattern's lines as their colour.
 */
export function fillOf(range: EtRange): SavedFill | null {
  const i = range.Interior;
  const pattern = i.Pattern;
  if (pattern === xl.none) return null;
  // A pattern the hosts cannot set back (a gradient, or one unknown here) keeps its name or number: such a fill is never replaced.
  const name = patternName(pattern) ?? String(pattern);
  const theme = themeOf(i);
  const tint = i.TintAndShade;
  return {
    pattern: name,
    color: hexOf(i.Color),
    patternColor: name === 'Solid' ? null : hexOf(i.PatternColor),
    ...(typeof tint === 'number' && tint !== 0 && tint >= -1 && tint <= 1 ? { tint } : {}),
    ...(theme !== undefined ? { theme } : {}),
  };
}

/** The theme colour of a fill, or undefined: ET, like Excel, refuses ThemeColor for a fill that is not a theme colour. */
function themeOf(i: EtInterior): number | undefined {
  try {
    return themeIndex(i.ThemeColor);
  } catch {
    return undefined;
  }
}

const noteOf = (range: EtRange): string | null => range.Comment?.Text() ?? null;

function putFill(range: EtRange, fill: SavedFill | null): void {
  const i = range.Interior;
  if (!fill) {
    i.Pattern = xl.none;
    return;
  }
  i.Pattern = PATTERNS[fill.pattern] ?? xl.solid;
  // A theme colour or palette entry goes back as itself, so it follows the workbook's theme and palette again.
  const theme = fill.theme === undefined ? undefined : xlThemeColor(fill.theme);
  if (theme !== undefined) i.ThemeColor = theme;
  else if (fill.indexed !== undefined && fill.indexed >= 8 && fill.indexed <= 63) i.ColorIndex = fill.indexed - 7;
  else i.Color = bgr(fill.color);
  if (fill.tint) i.TintAndShade = fill.tint;
  if (fill.patternColor) i.PatternColor = bgr(fill.patternColor);
}

/**
 * A mark's fill, a plain solid colour whatever the cell had: a pattern or a
 * tint it had would otherwise stay over the mark's colour. A fill the hosts
 * cannot set back (a gradient) is left as it is.
 */
function paint(range: EtRange, argb: string, before: SavedFill | null): void {
  if (!restorable(before)) return;
  const i = range.Interior;
  if (before && before.pattern !== 'Solid') i.Pattern = xl.solid;
  i.Color = bgr(officeColor(argb));
  if (before?.tint) i.TintAndShade = 0;
}

function putNote(range: EtRange, text: string): void {
  const c = range.Comment;
  if (c) c.Text(text);
  else range.AddComment(text);
}

/** Puts back a cell's fill, and its note where the note on it is still exactly ours. */
function restore(book: EtWorkbook, e: RestoreEntry): void {
  const range = cellOf(book, e.sheet, e.address);
  // A fill goes back only over our mark: a cell the clerk refilled since keeps the clerk's fill, and one we never filled its own.
  if (restorable(e.fill) && isMarkFill(fillOf(range))) putFill(range, e.fill);
  if (e.ours !== 'note' || !e.hash) return;
  const c = range.Comment;
  if (!c || fingerprint(c.Text()) !== e.hash) return;
  if (!e.note) return c.Delete();
  c.Text(e.note);
  if (e.box) resizeNote(c, e.box);
}

/**
 * The clerk's note box back at the size it had before a copy annotated by
 * beian grew it for our text. A WPS whose comment has no Shape to size
 * leaves the box as it is: the text is the clerk's again all the same.
 */
function resizeNote(c: EtComment, box: NoteBox): void {
  try {
    const shape = c.Shape;
    if (box.width) shape.Width = box.width;
    if (box.height) shape.Height = box.height;
  } catch {
    // No Shape on this build's comments: only the size stays as the copy left it.
  }
}

/** Marks `set` and restores the cells of `clear` (keys "sheet!A1"); the store is written before any mark. */
export function applyMarks(app: EtApplication, book: EtWorkbook, store: RestoreStore, set: readonly CellMark[], clear: readonly string[]): number {
  const cleared = clear.map((k) => store.entries.get(k)).filter((e): e is RestoreEntry => e !== undefined);
  const notes: { range: EtRange; text: string }[] = [];
  for (const m of set) {
    const range = cellOf(book, m.sheet, m.address);
    const note = noteOf(range);
    const old = store.get(m.sheet, m.address);
    const e: RestoreEntry = old ? { ...old } : { sheet: m.sheet, address: m.address, fill: fillOf(range), note, ours: null, hash: null };
    if (!old?.ours || (old.hash !== null && note !== null && fingerprint(note) === old.hash)) {
      const text = combinedNote(e.note ?? '', m.note);
      notes.push({ range, text });
      e.ours = 'note';
      e.hash = fingerprint(text);
    } else {
      // The clerk changed our note since: leave it; the mark is the fill and its 检查结果 row.
      e.ours = null;
      e.hash = null;
    }
    store.entries.set(entryKey(e.sheet, e.address), e);
  }
  writeStore(app, book, store);
  for (const e of cleared) restore(book, e);
  for (const e of cleared) store.entries.delete(entryKey(e.sheet, e.address));
  for (const m of set) paint(cellOf(book, m.sheet, m.address), m.fill, store.get(m.sheet, m.address)?.fill ?? null);
  for (const n of notes) putNote(n.range, n.text);
  if (cleared.length) writeStore(app, book, store);
  return cleared.length;
}

/** Restores every cell the store knows on the sheets still present; the number restored. */
export function restoreAll(book: EtWorkbook, store: RestoreStore, present: ReadonlySet<string>): number {
  const entries = [...store.entries.values()].filter((e) => present.has(e.sheet));
  for (const e of entries) restore(book, e);
  return entries.length;
}

const HEADER_FILL = '#D9D9D9';
const LINK_COLOR = '#0563C1';

/** 检查结果 as a new sheet (our previous one deleted first), the clerk left on the sheet they were on. */
export function createResultSheet(app: EtApplication, book: EtWorkbook, plan: ResultSheetPlan, previous: string | null): void {
  const old = previous ? findSheet(book, previous) : null;
  if (old) deleteSheet(app, old);
  const ws = addSheet(app, book, plan.name);
  plan.widths.forEach((w, i) => (ws.Range(`${columnLetter(i + 1)}1`).ColumnWidth = w));
  const header = ws.Range(`A${plan.headerRow}:${columnLetter(plan.headers.length)}${plan.headerRow}`);
  header.Value2 = [plan.headers];
  header.Font.Bold = true;
  header.Interior.Color = bgr(HEADER_FILL);
  ws.Range(`A1:A${plan.head.length}`).Font.Bold = true;
  writeResultRows(book, plan);
}

/** The verdict lines and the rows from index `from` on; rows a previous, longer list left are cleared first. */
export function writeResultRows(book: EtWorkbook, plan: ResultSheetPlan, previousRows = 0, from = 0): void {
  const ws = book.Worksheets.Item(plan.name);
  const last = columnLetter(plan.headers.length);
  const head = ws.Range(`A1:B${plan.head.length}`);
  head.NumberFormat = '@';
  head.Value2 = plan.head.map(([k, v]) => [k, v]);
  const first = plan.headerRow + 1;
  if (previousRows > from) ws.Range(`A${first + from}:${last}${first + Math.max(previousRows, plan.rows.length) - 1}`).Clear();
  const rows = plan.rows.slice(from);
  if (!rows.length) return;
  const r1 = first + from;
  const r2 = r1 + rows.length - 1;
  // 序号 is a number; every other column text, so that a message or file name starting with "=" or digits stays text.
  ws.Range(`B${r1}:${last}${r2}`).NumberFormat = '@';
  ws.Range(`A${r1}:${last}${r2}`).Value2 = rows.map((r) => r.values);
  const link = columnLetter(plan.linkColumn);
  const sev = columnLetter(plan.severityColumn);
  for (const [i, r] of rows.entries()) {
    ws.Range(`${sev}${r1 + i}`).Interior.Color = bgr(officeColor(SEVERITY_FILL[r.severity]));
    if (!('target' in r.link)) continue;
    const cell = ws.Range(`${link}${r1 + i}`);
    ws.Hyperlinks.Add(cell, '', r.link.target, `转到 ${r.link.target}`, r.link.text);
    cell.Font.Color = bgr(LINK_COLOR);
    cell.Font.Underline = xl.underlineSingle;
  }
  const messages = columnLetter(plan.messageColumn);
  ws.Range(`${messages}${r1}:${messages}${r2}`).WrapText = true;
}
