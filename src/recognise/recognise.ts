import { CellValue, displayText, parseA1 } from '../model/cell';
import { SHEETS, SheetDef } from '../model/schema';
import { KvItem, KvSheet, RecognisedWorkbook, Table } from '../model/table';
import type { Sheet, Workbook } from '../model/workbook';
import { normaliseLabel } from '../model/label';
import { normaliseSheetName } from './normalise';

/** How far down a title block may push the header row. */
const HEADER_SCAN_ROWS = 30;
/** Key–value sheets are short forms; no need to scan a whole sheet. */
const KV_SCAN_ROWS = 200;
const KV_SCAN_COLS = 12;

interface LabelIndex {
  def: SheetDef;
  labels: Map<string, string>;
}

function buildIndex(def: SheetDef): LabelIndex {
  const labels = new Map<string, string>();
  for (const f of def.fields) {
    for (const l of [f.header, ...(f.aliases ?? [])]) {
      const k = normaliseLabel(l);
      if (!labels.has(k)) labels.set(k, f.key);
    }
  }
  return { def, labels };
}

const INDEXES = SHEETS.map(buildIndex);

const SHEET_NAMES: { key: string; def: SheetDef }[] = SHEETS.flatMap((def) =>
  [def.name, ...def.aliases].map((n) => ({ key: normaliseSheetName(n), def })),
).sort((a, b) => b.key.length - a.key.length);

/** The sheet kind a sheet name announces: exact variant first, then the longest variant it contains. */
export function kindBySheetName(name: string): SheetDef | undefined {
  const k = normaliseSheetName(name);
  if (!k) return undefined;
  return SHEET_NAMES.find((n) => n.key === k)?.def ?? SHEET_NAMES.find((n) => n.key.length >= 2 && k.includes(n.key))?.def;
}

/** Master cell of every merged child cell, so a merged label is seen once. */
function mergeMasters(sheet: Sheet): Map<string, { row: number; col: number; lastCol: number }> {
  const m = new Map<string, { row: number; col: number; lastCol: number }>();
  for (const ref of sheet.merges) {
    const [from, to] = ref.split(':');
    if (!to) continue;
    const a = parseA1(from);
    const b = parseA1(to);
    if ((b.row - a.row + 1) * (b.col - a.col + 1) > 10000) continue;
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) m.set(`${r},${c}`, { row: a.row, col: a.col, lastCol: b.col });
    }
  }
  return m;
}

function label(sheet: Sheet, row: number, col: number): string {
  const v = sheet.value(row, col);
  return typeof v === 'string' || typeof v === 'number' ? normaliseLabel(displayText(v)) : '';
}

/**
 * Matches one candidate header row. A two-level header (认定人次 merged over
 * 初级/中级/高级/总计) is read by prefixing each label with the group label
 * above it, carried across the group's empty or merged cells; a column whose
 * lower cell is empty (年度 merged down over both rows) takes the label above.
 */
function matchHeaderRow(sheet: Sheet, row: number, index: LabelIndex, masters: ReturnType<typeof mergeMasters>): Map<string, number> {
  const found = new Map<string, number>();
  let parent = '';
  for (let c = 1; c <= sheet.colCount; c++) {
    let above = '';
    if (row > 1) {
      const m = masters.get(`${row - 1},${c}`);
      above = m ? label(sheet, m.row, m.col) : label(sheet, row - 1, c);
      if (above) parent = above;
    }
    const own = label(sheet, row, c);
    const key = own ? (parent && index.labels.get(parent + own)) || index.labels.get(own) : above && index.labels.get(above);
    if (key && !found.has(key)) found.set(key, c);
  }
  return found;
}

function findHeader(sheet: Sheet, index: LabelIndex, masters: ReturnType<typeof mergeMasters>): { row: number; columns: Map<string, number> } | null {
  let best: { row: number; columns: Map<string, number> } | null = null;
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = matchHeaderRow(sheet, r, index, masters);
    if (columns.size >= 2 && (!best || columns.size > best.columns.size)) best = { row: r, columns };
  }
  return best;
}

const TOTAL_LABELS = new Set(['合计', '总计', '小计', '合计(总计)']);

function isTotalLabel(v: CellValue): boolean {
  return typeof v === 'string' && v.length <= 12 && /[合总小]\s*计/.test(v) && TOTAL_LABELS.has(normaliseLabel(v));
}
/** Footer lines under a table ("注：…", "填表人：…") end it. */
const FOOTER = /^(注|说明|备注|填表人|审核人|负责人|单位\(盖章\)|单位盖章|联系人|填表日期)/;

function buildTable(sheet: Sheet, def: SheetDef, headerRow: number, columns: Map<string, number>): Table {
  const rows: number[] = [];
  const empty: number[] = [];
  const totals: number[] = [];
  let pendingEmpty: number[] = [];
  const firstCols = [...columns.values()].sort((a, b) => a - b).slice(0, 3);
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    if (sheet.isRowEmpty(r)) {
      if (rows.length || totals.length) pendingEmpty.push(r);
      continue;
    }
    const values = sheet.rowValues(r);
    let filled = 0;
    let first: CellValue = null;
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      filled++;
      if (first === null) first = v;
    }
    // Footer and total labels are short text; normalising every row's cells would cost more than the check.
    if (filled <= 2 && typeof first === 'string' && FOOTER.test(normaliseLabel(first))) break;
    empty.push(...pendingEmpty);
    pendingEmpty = [];
    const isTotal = firstCols.some((c) => isTotalLabel(sheet.value(r, c))) || isTotalLabel(first);
    (isTotal ? totals : rows).push(r);
  }
  return new Table(def, sheet, headerRow, columns, rows, empty, totals);
}

function recogniseKv(sheet: Sheet, index: LabelIndex, masters: ReturnType<typeof mergeMasters>): KvSheet {
  const items = new Map<string, KvItem>();
  let contentCol: number | null = null;
  let beforeCol: number | null = null;
  const lastRow = Math.min(sheet.rowCount, KV_SCAN_ROWS);
  const lastCol = Math.min(sheet.colCount, KV_SCAN_COLS);
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const l = label(sheet, r, c);
      if (l === '内容' || l === '填写内容' || l === '变更后') contentCol = c;
      else if (l === '变更前' || l === '原内容') beforeCol = c;
    }
  }
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const m = masters.get(`${r},${c}`);
      if (m && (m.row !== r || m.col !== c)) continue;
      const key = index.labels.get(label(sheet, r, c));
      if (!key || items.has(key)) continue;
      const valueCol = contentCol !== null && contentCol > c ? contentCol : (m ? m.lastCol : c) + 1;
      items.set(key, { row: r, col: valueCol, beforeCol: beforeCol !== null && beforeCol > valueCol ? beforeCol : null });
    }
  }
  return new KvSheet(index.def, sheet, items);
}

/** Sheets beian or the clerk keeps beside the data: never read as data. */
export const IGNORED_SHEETS = new Set(['说明', '填表说明', '填写说明', '使用说明', '目录', '检查结果'].map(normaliseSheetName));

/** Sorts every sheet of a workbook into the known tables of SPEC §3. */
export function recognise(workbook: Workbook): RecognisedWorkbook {
  const tables: Table[] = [];
  const unrecognised: Sheet[] = [];
  let org: KvSheet | null = null;
  for (const sheet of workbook.sheets) {
    if (IGNORED_SHEETS.has(normaliseSheetName(sheet.name))) {
      unrecognised.push(sheet);
      continue;
    }
    const masters = mergeMasters(sheet);
    const byName = kindBySheetName(sheet.name);
    if (byName?.layout === 'kv') {
      if (!org) org = recogniseKv(sheet, INDEXES.find((i) => i.def === byName)!, masters);
      continue;
    }
    if (byName) {
      const h = findHeader(sheet, INDEXES.find((i) => i.def === byName)!, masters);
      tables.push(h ? buildTable(sheet, byName, h.row, h.columns) : new Table(byName, sheet, 0, new Map(), [], [], []));
      continue;
    }
    // A sheet with an unfamiliar name is still recognised by a strong header match.
    let best: { def: SheetDef; row: number; columns: Map<string, number> } | null = null;
    for (const index of INDEXES) {
      if (index.def.layout === 'kv') continue;
      const h = findHeader(sheet, index, masters);
      if (h && h.columns.size >= 3 && (!best || h.columns.size > best.columns.size)) best = { def: index.def, ...h };
    }
    if (best) {
      tables.push(buildTable(sheet, best.def, best.row, best.columns));
      continue;
    }
    if (!org) {
      const kv = recogniseKv(sheet, INDEXES.find((i) => i.def.layout === 'kv')!, masters);
      if (kv.items.size >= 4) {
        org = kv;
        continue;
      }
    }
    unrecognised.push(sheet);
  }
  return new RecognisedWorkbook(workbook, tables, org, unrecognised);
}
