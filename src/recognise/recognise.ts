import { CellValue, columnNumber, displayText } from '../model/cell';
import { sheetDef, SHEETS, type FieldKey, type OrgKey, type SheetDef, type SheetKind } from '../model/schema';
import { KvItem, KvSheet, RecognisedWorkbook, Table } from '../model/table';
import type { Sheet, Workbook } from '../model/workbook';
import { normaliseLabel } from '../model/label';
import { normaliseSheetName } from './normalise';
import { lowerBound } from '../model/sorted';

/** How far down a title block may push the header row. */
const HEADER_SCAN_ROWS = 30;
/** Key–value sheets are short forms; no need to scan a whole sheet. */
const KV_SCAN_ROWS = 200;
const KV_SCAN_COLS = 12;

interface LabelIndex<K extends SheetKind = SheetKind> {
  def: SheetDef<K>;
  labels: Map<string, FieldKey<K>>;
}

function buildIndex<K extends SheetKind>(def: SheetDef<K>): LabelIndex<K> {
  const labels = new Map<string, FieldKey<K>>();
  for (const f of def.fields) {
    for (const l of [f.header, ...(f.aliases ?? [])]) {
      const k = normaliseLabel(l);
      if (!labels.has(k)) labels.set(k, f.key);
    }
  }
  return { def, labels };
}

const INDEXES = SHEETS.map(buildIndex);
/** 机构信息 is the one key–value sheet. */
const ORG_INDEX = buildIndex(sheetDef('org'));

const SHEET_NAMES: { key: string; def: SheetDef }[] = SHEETS.flatMap((def) =>
  [def.name, ...def.aliases].map((n) => ({ key: normaliseSheetName(n), def })),
).sort((a, b) => b.key.length - a.key.length);

/** The sheet kind a sheet name announces: exact variant first, then the longest variant it contains. */
export function kindBySheetName(name: string): SheetDef | undefined {
  const k = normaliseSheetName(name);
  if (!k) return undefined;
  return SHEET_NAMES.find((n) => n.key === k)?.def ?? SHEET_NAMES.find((n) => n.key.length >= 2 && k.includes(n.key))?.def;
}

/** A merged range as the rows it crosses see it: its master cell and its columns. */
interface Span {
  row: number;
  col: number;
  firstCol: number;
  lastCol: number;
}

/** Rows the recogniser looks at for headers and key–value labels; merges below them do not matter. */
const MERGE_ROWS = Math.max(HEADER_SCAN_ROWS, KV_SCAN_ROWS);
/** Larger merges are titles or hostile, never a header label (and are not expanded). */
const MAX_MERGE_CELLS = 10000;
/** Non-overlapping merges cannot put more spans on one row than it has columns. */
const MAX_SPANS_PER_ROW = 16384;

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The merged ranges that cross the first rows, kept as column spans per row
 * rather than cell by cell, so a range's size costs nothing; a malformed
 * range is ignored like a missing one.
 */
class Merges {
  private readonly byRow = new Map<number, Span[]>();

  constructor(sheet: Sheet) {
    for (const ref of sheet.merges) {
      const m = RANGE.exec(ref.trim());
      if (!m) continue;
      const [r1, r2] = [Number(m[2]), Number(m[4])].sort((a, b) => a - b);
      const [c1, c2] = [columnNumber(m[1]), columnNumber(m[3])].sort((a, b) => a - b);
      if (r1 < 1 || c1 < 1 || (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_MERGE_CELLS) continue;
      const span = { row: r1, col: c1, firstCol: c1, lastCol: c2 };
      for (let r = r1; r <= Math.min(r2, MERGE_ROWS); r++) {
        const list = this.byRow.get(r) ?? [];
        if (list.length >= MAX_SPANS_PER_ROW) continue;
        list.push(span);
        this.byRow.set(r, list);
      }
    }
    for (const list of this.byRow.values()) list.sort((a, b) => a.firstCol - b.firstCol);
  }

  inRow(row: number): readonly Span[] {
    return this.byRow.get(row) ?? [];
  }

  /** The merge covering a cell, if any. */
  at(row: number, col: number): Span | undefined {
    const list = this.byRow.get(row);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: Span | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].firstCol <= col) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && found.lastCol >= col ? found : undefined;
  }
}

function label(sheet: Sheet, row: number, col: number): string {
  const v = sheet.value(row, col);
  return typeof v === 'string' || typeof v === 'number' ? normaliseLabel(displayText(v)) : '';
}

/** One column of a candidate header row: its own label and the label above it (a merge's master's, inside a merge). */
interface Slot {
  col: number;
  own: string;
  above: string;
}

/**
 * The columns of a candidate header row that can matter, with their labels:
 * cells present in the row or the row above, the first column of each merge
 * above, and the column after each present cell (where a merge's run of
 * empty cells may resume). Every other column repeats its left neighbour's
 * state, so a row costs its cells, not the sheet's width.
 */
function headerSlots(sheet: Sheet, row: number, merges: Merges): Slot[] {
  const cols = new Set<number>();
  for (const c of sheet.columns(row)) cols.add(c).add(c + 1);
  if (row > 1) {
    for (const c of sheet.columns(row - 1)) cols.add(c);
    for (const s of merges.inRow(row - 1)) cols.add(s.firstCol);
  }
  const slots: Slot[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    if (col > sheet.colCount) break;
    let above = '';
    if (row > 1) {
      const m = merges.at(row - 1, col);
      above = m ? label(sheet, m.row, m.col) : label(sheet, row - 1, col);
    }
    const own = label(sheet, row, col);
    if (own || above) slots.push({ col, own, above });
  }
  return slots;
}

/**
 * Matches one candidate header row. A two-level header (认定人次 merged over
 * 初级/中级/高级/总计) is read by prefixing each label with the group label
 * above it, carried across the group's empty or merged cells; a column whose
 * lower cell is empty (年度 merged down over both rows) takes the label above.
 */
function matchHeaderRow(slots: readonly Slot[], index: LabelIndex): Map<FieldKey, number> {
  const found = new Map<FieldKey, number>();
  let parent = '';
  for (const { col, own, above } of slots) {
    if (above) parent = above;
    const key = own ? (parent && index.labels.get(parent + own)) || index.labels.get(own) : above && index.labels.get(above);
    if (key && !found.has(key)) found.set(key, col);
  }
  return found;
}

/** The candidate header rows of a sheet, computed once and matched against every kind of table. */
function headerRows(sheet: Sheet, merges: Merges): Slot[][] {
  const rows: Slot[][] = [];
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) rows.push(headerSlots(sheet, r, merges));
  return rows;
}

function findHeader(rows: readonly Slot[][], index: LabelIndex): { row: number; columns: Map<FieldKey, number> } | null {
  let best: { row: number; columns: Map<FieldKey, number> } | null = null;
  rows.forEach((slots, i) => {
    const columns = matchHeaderRow(slots, index);
    if (columns.size >= 2 && (!best || columns.size > best.columns.size)) best = { row: i + 1, columns };
  });
  return best;
}

const TOTAL_LABELS = new Set(['合计', '总计', '小计', '合计(总计)']);
/** A total with its figure in the label cell: "合计：10 人", "小计 4 台". */
const TOTAL_WITH_FIGURE = /^(合计|总计|小计)[\d.]+[\u4e00-\u9fff]{0,3}$/;

function isTotalLabel(v: CellValue): boolean {
  if (typeof v !== 'string' || v.length > 24 || !/[合总小]\s*计/.test(v)) return false;
  const label = normaliseLabel(v);
  return TOTAL_LABELS.has(label) || TOTAL_WITH_FIGURE.test(label);
}
/** Footer lines under a table ("注：…", "填表说明：…", "填表人：…") end it. */
const FOOTER = /^(注|说明|备注|填表说明|填写说明|填表人|审核人|负责人|单位\(盖章\)|单位盖章|联系人|填表日期)/;
/** A footer's first character, or one NFKC may turn into it (㊟, compatibility and enclosed ideographs): most rows are ruled out without normalising. */
const FOOTER_CHARS = /[注说备填审负单联\u2e80-\u2fdf\u3200-\u33ff\uf900-\ufaff\ud800-\udfff]/;

function mayBeFooter(text: string): boolean {
  return FOOTER_CHARS.test(text) && FOOTER.test(normaliseLabel(text));
}

/**
 * The data, empty and total rows under a header. It walks the rows that
 * hold cells; the empty rows between data rows are kept as spans until a
 * data row follows them, so a stray value far below costs one row, and an
 * empty stretch is only listed when it really lies inside the table.
 */
/** What a row under a header is: data, a total, empty, or a footer that ends the table. */
export type RowKind = 'data' | 'total' | 'empty' | 'footer';

/** The first (up to three) columns of a table, where a total's label may stand. */
function labelColumns(columns: ReadonlyMap<FieldKey, number>): number[] {
  return [...columns.values()].sort((a, b) => a - b).slice(0, 3);
}

function rowKind(sheet: Sheet, r: number, firstCols: readonly number[]): RowKind {
  if (sheet.isRowEmpty(r)) return 'empty';
  let filled = 0;
  let first: CellValue = null;
  sheet.someInRow(r, (v) => {
    if (v === null || v === '') return false;
    if (first === null) first = v;
    return ++filled > 2;
  });
  // Footer and total labels are short text; normalising every row's cells would cost more than the check.
  if (filled <= 2 && typeof first === 'string' && mayBeFooter(first)) return 'footer';
  return firstCols.some((c) => isTotalLabel(sheet.value(r, c))) || isTotalLabel(first) ? 'total' : 'data';
}

/** What a table row is now, by the table's own columns (a host that edited cells asks before rebuilding the table). */
export function tableRowKind(table: Table, row: number): RowKind {
  return rowKind(table.sheet, row, labelColumns(table.columns));
}

/**
 * The data, empty and total rows under a header. It walks the rows that
 * hold cells; the empty rows between data rows are kept as spans until a
 * data row follows them, so a stray value far below costs one row, and an
 * empty stretch is only listed when it really lies inside the table.
 */
export function buildTable(sheet: Sheet, def: SheetDef, headerRow: number, columns: Map<FieldKey, number>): Table {
  const rows: number[] = [];
  const empty: number[] = [];
  const totals: number[] = [];
  let pendingEmpty: [number, number][] = [];
  const firstCols = labelColumns(columns);
  let prev = headerRow;
  for (const r of sheet.rowNumbers()) {
    if (r <= headerRow) continue;
    const started = rows.length > 0 || totals.length > 0;
    if (started && r > prev + 1) pendingEmpty.push([prev + 1, r - 1]);
    prev = r;
    const kind = rowKind(sheet, r, firstCols);
    if (kind === 'empty') {
      if (started) pendingEmpty.push([r, r]);
      continue;
    }
    if (kind === 'footer') break;
    for (const [from, to] of pendingEmpty) for (let e = from; e <= to; e++) empty.push(e);
    pendingEmpty = [];
    (kind === 'total' ? totals : rows).push(r);
  }
  return new Table(def, sheet, headerRow, columns, rows, empty, totals, mergedDown(sheet, columns, rows));
}

/**
 * The data cells of a table's columns that a range merged down over
 * several rows covers, each with the row of the range's top cell: a
 * 考评职业（工种） merged over four examiners names the occupation of each.
 * Only the range's first column holds its value. Work is bounded by the
 * table's cells, so overlapping or absurd ranges cannot make it large.
 */
function mergedDown(sheet: Sheet, columns: ReadonlyMap<FieldKey, number>, rows: readonly number[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  if (!sheet.merges.length || !rows.length) return out;
  const cols = new Set(columns.values());
  let budget = rows.length * cols.size + sheet.merges.length;
  for (const ref of sheet.merges) {
    if (--budget < 0) break;
    const m = RANGE.exec(ref.trim());
    if (!m) continue;
    const col = Math.min(columnNumber(m[1]), columnNumber(m[3]));
    const [top, bottom] = [Number(m[2]), Number(m[4])].sort((a, b) => a - b);
    if (top === bottom || !cols.has(col)) continue;
    for (let i = lowerBound(rows, top + 1); i < rows.length && rows[i] <= bottom && --budget >= 0; i++) {
      if (sheet.value(rows[i], col) !== null) continue;
      let byCol = out.get(rows[i]);
      if (!byCol) out.set(rows[i], (byCol = new Map()));
      if (!byCol.has(col)) byCol.set(col, top);
    }
  }
  return out;
}

/** The cells of the key–value area that hold something, row by row. */
function* kvCells(sheet: Sheet): Generator<[number, number]> {
  const lastRow = Math.min(sheet.rowCount, KV_SCAN_ROWS);
  for (let r = 1; r <= lastRow; r++) {
    for (const c of sheet.columns(r)) {
      if (c > KV_SCAN_COLS) break;
      yield [r, c];
    }
  }
}

function recogniseKv(sheet: Sheet, index: LabelIndex<'org'>, merges: Merges): KvSheet {
  const items = new Map<OrgKey, KvItem>();
  let contentCol: number | null = null;
  let beforeCol: number | null = null;
  for (const [r, c] of kvCells(sheet)) {
    const l = label(sheet, r, c);
    if (l === '内容' || l === '填写内容' || l === '变更后') contentCol = c;
    else if (l === '变更前' || l === '原内容') beforeCol = c;
  }
  for (const [r, c] of kvCells(sheet)) {
    const m = merges.at(r, c);
    if (m && (m.row !== r || m.col !== c)) continue;
    const key = index.labels.get(label(sheet, r, c));
    if (!key || items.has(key)) continue;
    const valueCol = contentCol !== null && contentCol > c ? contentCol : (m ? m.lastCol : c) + 1;
    items.set(key, { row: r, col: valueCol, beforeCol: beforeCol !== null && beforeCol > valueCol ? beforeCol : null });
  }
  return new KvSheet(index.def, sheet, items);
}

/** The very hidden sheet where the add-in keeps what its marks replaced (addin/office/store.ts), saved with the workbook. */
export const ADDIN_STORE_SHEET = 'beian_restore';
/** The add-in's very hidden sheet of what its fixes (修正) replaced, for 撤销. */
export const ADDIN_UNDO_SHEET = 'beian_undo';

/** Sheets beian or the clerk keeps beside the data: never read as data. */
export const IGNORED_SHEETS = new Set(['说明', '填表说明', '填写说明', '使用说明', '目录', '检查结果', ADDIN_STORE_SHEET, ADDIN_UNDO_SHEET].map(normaliseSheetName));

/** Sorts every sheet of a workbook into the known tables of the filing workbook (src/model/schema.ts). */
export function recognise(workbook: Workbook): RecognisedWorkbook {
  const tables: Table[] = [];
  const unrecognised: Sheet[] = [];
  let org: KvSheet | null = null;
  for (const sheet of workbook.sheets) {
    if (IGNORED_SHEETS.has(normaliseSheetName(sheet.name))) {
      unrecognised.push(sheet);
      continue;
    }
    const merges = new Merges(sheet);
    const byName = kindBySheetName(sheet.name);
    if (byName?.layout === 'kv') {
      if (!org) org = recogniseKv(sheet, ORG_INDEX, merges);
      continue;
    }
    const candidates = headerRows(sheet, merges);
    if (byName) {
      const h = findHeader(candidates, INDEXES.find((i) => i.def === byName)!);
      tables.push(h ? buildTable(sheet, byName, h.row, h.columns) : new Table(byName, sheet, 0, new Map(), [], [], []));
      continue;
    }
    // A sheet with an unfamiliar name is still recognised by a strong header match.
    let best: { def: SheetDef; row: number; columns: Map<FieldKey, number> } | null = null;
    for (const index of INDEXES) {
      if (index.def.layout === 'kv') continue;
      const h = findHeader(candidates, index);
      if (h && h.columns.size >= 3 && (!best || h.columns.size > best.columns.size)) best = { def: index.def, ...h };
    }
    if (best) {
      tables.push(buildTable(sheet, best.def, best.row, best.columns));
      continue;
    }
    if (!org) {
      const kv = recogniseKv(sheet, ORG_INDEX, merges);
      if (kv.items.size >= 4) {
        org = kv;
        continue;
      }
    }
    unrecognised.push(sheet);
  }
  return new RecognisedWorkbook(workbook, tables, org, unrecognised);
}
