import { SEVERITY_LABEL, SEVERITY_RANK, type Severity } from '../model/severity';

/** One finding, exactly as `beian check --json` publishes it (README, “Findings”). */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string | null;
  /** A1 reference on `sheet`, or null for sheet- and workbook-level findings. */
  cell: string | null;
  /** The worksheet's own row number. */
  row: number | null;
  /** Canonical header of the column involved. */
  column: string | null;
  message: string;
  /** The document's short title and clause, or the national standard. */
  basis: string;
  hint: string | null;
  /** Rows involved in a sheet-level finding, e.g. "C5:C9". */
  range?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** How every output names a workbook's result: any error fails it. */
export const VERDICT = { pass: '通过', fail: '未通过' } as const;

export const verdictOf = (s: Summary): (typeof VERDICT)[keyof typeof VERDICT] => (s.errors ? VERDICT.fail : VERDICT.pass);

/** "错误 2 项，警告 1 项，提示 0 项": a workbook's counts as the terminal, the 检查结果 sheet and the pane give them. */
export const countsLine = (s: Summary): string => `${SEVERITY_LABEL.error} ${s.errors} 项，${SEVERITY_LABEL.warning} ${s.warnings} 项，${SEVERITY_LABEL.info} ${s.infos} 项`;

/**
 * Cell references and rule ids are ASCII ("C17", "id.checksum"), which sort
 * the same by code point as by localeCompare; the first localeCompare of a
 * process loads ICU's collator, a quarter of a small workbook's check.
 */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Workbook-level findings first, then by sheet order, row, column, severity. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const idx = (s: string | null) => (s === null ? -1 : sheetOrder.indexOf(s));
  return findings.sort(
    (a, b) =>
      idx(a.sheet) - idx(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.cell ?? '').length - (b.cell ?? '').length ||
      byCodePoint(a.cell ?? '', b.cell ?? '') ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      byCodePoint(a.rule, b.rule),
  );
}
