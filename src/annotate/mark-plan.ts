import { parseA1 } from '../model/cell';
import type { BusinessType } from '../model/schema';
import type { Profile } from '../profiles/profiles';
import { SEVERITY_FILL, SEVERITY_LABEL, SEVERITY_RANK, type Severity } from '../model/severity';
import { countsLine, verdictOf, type Finding, type Summary } from '../rules/finding';

/**
 * The one description of how findings are marked in a workbook. The
 * annotated copy (src/annotate) and the add-in's marks in the open workbook
 * (addin/office) both apply this plan, so they can never disagree about
 * which cells are marked, in which colour, with which note, or which rows
 * 检查结果 holds.
 */

export interface AnnotateMeta {
  file: string;
  profile: Profile;
  business: BusinessType;
  summary: Summary;
  /**
   * Each finding's check by the title a clerk reads (from the rule catalogue,
   * which the caller has loaded to check): the annotator itself stays free of
   * the rules.
   */
  titles: Readonly<Record<string, string>>;
}

/** Fill (ARGB) of a cell changed since the earlier filing (与上次备案比较): a lavender none of the severities use. */
export const CHANGE_FILL = 'FFE4DFEC';

export const RESULT_SHEET = '检查结果';

/** One marked cell: its worst severity's fill and the note text listing every finding on it. */
export interface CellMark {
  sheet: string;
  /** A1 address, upper case, no $. */
  address: string;
  row: number;
  col: number;
  severity: Severity;
  /** ARGB fill colour. */
  fill: string;
  /** Our note: one paragraph per finding. A clerk's existing note is kept above it by whoever applies the plan. */
  note: string;
  /** Rule ids on this cell, in findings order. */
  rules: string[];
}

/** Where a 检查结果 row links to: a cell, or a description of the rows involved. */
export type ResultLink = { sheet: string; cell: string; text: string; target: string } | { text: string };

export interface ResultRow {
  severity: Severity;
  /** The row's cells, left to right, as text or number; column 4 is the link's text. */
  values: (string | number)[];
  link: ResultLink;
}

export interface ResultSheetPlan {
  /** 检查结果, or 检查结果(2)… when the workbook already has a sheet of that name. */
  name: string;
  /** Label/value lines at the top (file, profile, business type, verdict). */
  head: [string, string][];
  /** Sheet row of the column headers; findings start on the next row. */
  headerRow: number;
  headers: string[];
  /** Column widths in characters. */
  widths: number[];
  rows: ResultRow[];
  /** Column (1-based) holding the link; column holding the severity label. */
  linkColumn: number;
  severityColumn: number;
  messageColumn: number;
}

export interface MarkPlan {
  /** Marks grouped by sheet in workbook order, cells in row-major order within a sheet. */
  sheets: { sheet: string; marks: CellMark[] }[];
  result: ResultSheetPlan;
}

export const RESULT_HEADERS = ['序号', '级别', '工作表', '单元格', '列', '问题', '依据', '建议', '检查项'];
/** The header rows 检查结果 had in earlier versions (the last column read 规则 before it named each check by its title). */
const EARLIER_RESULT_HEADERS = [['序号', '级别', '工作表', '单元格', '列', '问题', '依据', '建议', '规则']];

/**
 * Whether rows read from the top of a sheet (each a list of cell texts)
 * hold our 检查结果's header row, as this version or an earlier one wrote
 * it: a sheet of the clerk's that only shares the name is never ours.
 */
export function hasResultHeader(rows: readonly (readonly string[])[]): boolean {
  const known = new Set([RESULT_HEADERS, ...EARLIER_RESULT_HEADERS].map((h) => h.join('\u0000')));
  return rows.some((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === '') end--;
    return known.has(r.slice(0, end).join('\u0000'));
  });
}
const RESULT_WIDTHS = [13, 8, 18, 9, 16, 60, 36, 36, 28];

export function noteLine(f: Finding): string {
  return [`【${SEVERITY_LABEL[f.severity]}】${f.message}`, `依据：${f.basis}`, f.hint ? `建议：${f.hint}` : ''].filter(Boolean).join('\n');
}

/** The note a cell ends with: the clerk's own note kept, ours below it. */
export function combinedNote(previous: string, ours: string): string {
  return previous ? `${previous}\n\n${ours}` : ours;
}

export function uniqueSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}(${i})`;
  return name;
}

/** A formula/hyperlink reference to a cell on a sheet, quoted as Excel wants it. */
export function cellTarget(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function resultRows(findings: readonly Finding[], titles: AnnotateMeta['titles']): ResultRow[] {
  return findings.map((f, i) => {
    const link: ResultLink =
      f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell, text: f.cell, target: cellTarget(f.sheet, f.cell) } : { text: f.range ? `第 ${f.range.replace(':', '–')} 行` : '' };
    return {
      severity: f.severity,
      values: [i + 1, SEVERITY_LABEL[f.severity], f.sheet ?? '工作簿', link.text, f.column ?? '', f.message, f.basis, f.hint ?? '', Object.hasOwn(titles, f.rule) ? titles[f.rule] : f.rule],
      link,
    };
  });
}

/**
 * Plans the marks for a workbook. `sheetNames` are the workbook's sheets in
 * tab order: findings on a sheet the workbook does not have are listed on
 * 检查结果 but mark no cell.
 */
export function planMarks(findings: readonly Finding[], meta: AnnotateMeta, sheetNames: readonly string[]): MarkPlan {
  const present = new Set(sheetNames);
  const byCell = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !present.has(f.sheet)) continue;
    let sheet = byCell.get(f.sheet);
    if (!sheet) byCell.set(f.sheet, (sheet = new Map()));
    const address = f.cell.replace(/\$/g, '').toUpperCase();
    const list = sheet.get(address);
    if (list) list.push(f);
    else sheet.set(address, [f]);
  }
  const sheets: MarkPlan['sheets'] = [];
  for (const name of sheetNames) {
    const cells = byCell.get(name);
    if (!cells) continue;
    const marks: CellMark[] = [...cells].map(([address, list]) => {
      const { row, col } = parseA1(address);
      const severity = list.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
      return { sheet: name, address, row, col, severity, fill: SEVERITY_FILL[severity], note: list.map(noteLine).join('\n\n'), rules: list.map((f) => f.rule) };
    });
    marks.sort((a, b) => a.row - b.row || a.col - b.col);
    sheets.push({ sheet: name, marks });
  }
  const s = meta.summary;
  const head: [string, string][] = [
    ['文件', meta.file],
    ['适用规则', meta.profile.name],
    ['申请业务类型', meta.business],
    ['检查结果', `${verdictOf(s)}：${countsLine(s)}`],
  ];
  return {
    sheets,
    result: {
      name: uniqueSheetName(sheetNames, RESULT_SHEET),
      head,
      headerRow: head.length + 2,
      headers: RESULT_HEADERS,
      widths: RESULT_WIDTHS,
      rows: resultRows(findings, meta.titles),
      linkColumn: 4,
      severityColumn: 2,
      messageColumn: 6,
    },
  };
}

/** Every mark of a plan keyed by "sheet!A1", for comparing two plans (live re-check). */
export function marksByKey(plan: MarkPlan): Map<string, CellMark> {
  const m = new Map<string, CellMark>();
  for (const s of plan.sheets) for (const mark of s.marks) m.set(`${s.sheet}!${mark.address}`, mark);
  return m;
}

export interface MarkDiff {
  /** Cells newly marked, or marked differently (fill or note changed). */
  set: CellMark[];
  /** Cells no longer marked. */
  cleared: CellMark[];
}

/** What changes between two plans, so a re-check touches only those cells. */
export function diffMarks(before: MarkPlan, after: MarkPlan): MarkDiff {
  const a = marksByKey(before);
  const b = marksByKey(after);
  const set: CellMark[] = [];
  const cleared: CellMark[] = [];
  for (const [k, m] of b) {
    const old = a.get(k);
    if (!old || old.fill !== m.fill || old.note !== m.note) set.push(m);
  }
  for (const [k, m] of a) if (!b.has(k)) cleared.push(m);
  return { set, cleared };
}
