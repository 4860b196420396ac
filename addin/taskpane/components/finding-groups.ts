import { parseA1 } from '../../../src/model/cell';
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../../../src/model/severity';
import type { Finding } from '../../../src/rules/finding';
import type { CheckView } from '../../host';

/**
 * The findings list's shape, apart from React: per sheet (tab order), the
 * findings of one rule together — its 依据 and 建议 once, its cells as a
 * list — errors first; and the order 上一个/下一个 walks the cells in.
 */

/** The findings of one rule (one severity, one 依据) on one sheet. */
export interface RuleGroup {
  key: string;
  rule: string;
  severity: Severity;
  /** What the findings are about: their message when all say the same, else their columns. */
  title: string;
  basis: string;
  /** The 建议 when every finding gives the same one; else each finding shows its own. */
  hint: string | null;
  findings: Finding[];
}

export interface SheetGroup {
  key: string;
  /** The sheet's name, or 整个工作簿 for findings about no one sheet. */
  title: string;
  sheet: string | null;
  counts: Record<Severity, number>;
  rules: RuleGroup[];
}

/** What the list shows: a check's findings, its counts and its sheets in tab order (findings on other sheets follow in their own order). */
export type FindingsView = Pick<CheckView, 'summary' | 'findings' | 'sheets'>;


export function groupFindings(view: FindingsView): SheetGroup[] {
  const order = new Map<string | null, number>([[null, -1], ...view.sheets.map((s, i) => [s, i] as const)]);
  const sheets = new Map<string | null, SheetGroup>();
  const rules = new Map<string, RuleGroup>();
  for (const f of view.findings) {
    let g = sheets.get(f.sheet);
    if (!g) {
      g = { key: f.sheet ?? '', title: f.sheet ?? '整个工作簿', sheet: f.sheet, counts: { error: 0, warning: 0, info: 0 }, rules: [] };
      sheets.set(f.sheet, g);
    }
    g.counts[f.severity]++;
    const key = `${f.sheet ?? ''}\u0000${f.rule}\u0000${f.severity}\u0000${f.basis}`;
    let r = rules.get(key);
    if (!r) {
      r = { key, rule: f.rule, severity: f.severity, title: '', basis: f.basis, hint: f.hint, findings: [] };
      rules.set(key, r);
      g.rules.push(r);
    }
    r.findings.push(f);
  }
  for (const r of rules.values()) {
    if (r.findings.some((f) => f.hint !== r.hint)) r.hint = null;
    const sameMessage = r.findings.every((f) => f.message === r.findings[0].message);
    // Cells in several columns are named by their columns: one cell's message would speak for all of them.
    const columns = [...new Set(r.findings.map((f) => f.column))];
    r.title = sameMessage || columns.includes(null) ? r.findings[0].message : columns.join('、');
  }
  const rank = (s: string | null) => order.get(s) ?? view.sheets.length;
  const out = [...sheets.values()].sort((a, b) => rank(a.sheet) - rank(b.sheet));
  // Within a sheet, errors first; a rule's place otherwise as the check listed it.
  for (const g of out) g.rules.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return out;
}

/** A group's findings at the severities shown. */
export function shownRules(g: SheetGroup, shown: Record<Severity, boolean>): RuleGroup[] {
  return g.rules.filter((r) => shown[r.severity]);
}

/** The sheet group opened on arrival: the first with errors, else the first shown. */
export function firstOpen(groups: readonly SheetGroup[], shown: Record<Severity, boolean>): string | null {
  const visible = groups.filter((g) => shownRules(g, shown).length);
  for (const sev of SEVERITIES) {
    const g = visible.find((v) => shown[sev] && v.counts[sev]);
    if (g) return g.key;
  }
  return null;
}

/** A cell's place for 上一个/下一个: sheet order, row, column. */
type Place = [number, number, number];

function placeOf(sheets: readonly string[], sheet: string, cell: string): Place {
  const { row, col } = parseA1(cell);
  return [sheets.indexOf(sheet), row, col];
}

function compare(a: Place, b: Place): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The cells 上一个/下一个 walk: one finding per cell (its most severe), in sheet, row and column order. */
export function walkOrder(groups: readonly SheetGroup[], shown: Record<Severity, boolean>, sheets: readonly string[]): Finding[] {
  const byCell = new Map<string, Finding>();
  for (const g of groups)
    for (const r of shownRules(g, shown))
      for (const f of r.findings) {
        if (!f.sheet || !f.cell) continue;
        const k = `${f.sheet}!${f.cell}`;
        const had = byCell.get(k);
        if (!had || SEVERITY_RANK[f.severity] < SEVERITY_RANK[had.severity]) byCell.set(k, f);
      }
  return [...byCell.values()].sort((a, b) => compare(placeOf(sheets, a.sheet!, a.cell!), placeOf(sheets, b.sheet!, b.cell!)));
}

/**
 * The next (or previous) finding's cell from where the clerk is (in Excel
 * the active cell, else the finding last gone to); from nowhere, the first
 * (or last). Wraps around at either end.
 */
export function step(order: readonly Finding[], sheets: readonly string[], at: { sheet: string; cell: string } | null, dir: 1 | -1): Finding | null {
  if (!order.length) return null;
  if (!at) return dir === 1 ? order[0] : order[order.length - 1];
  const here = placeOf(sheets, at.sheet, at.cell);
  if (dir === 1) return order.find((f) => compare(placeOf(sheets, f.sheet!, f.cell!), here) > 0) ?? order[0];
  for (let k = order.length - 1; k >= 0; k--) if (compare(placeOf(sheets, order[k].sheet!, order[k].cell!), here) < 0) return order[k];
  return order[order.length - 1];
}

/** A finding's accessible name: where, what column, what is wrong, the basis — with separators a screen reader pauses at. */
export function spokenName(f: Finding, withBasis: boolean): string {
  return [f.cell ?? f.range ?? (f.row !== null ? `第 ${f.row} 行` : ''), f.column, f.message, withBasis ? `依据：${f.basis}` : ''].filter(Boolean).join('，');
}
