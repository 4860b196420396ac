import type { BusinessType } from '../model/schema';
import type { RecognisedWorkbook, Table } from '../model/table';
import type { Profile } from '../profiles/profiles';
import { nextSlice } from '../model/slices';
import { resolveBasis } from './basis';
import { Finding, sortFindings } from './finding';
import type { CheckOptions, RowFunction, RowWise, Rule, RuleContext } from './rule';

export function ruleApplies(rule: Rule, profile: Profile, business: BusinessType): boolean {
  if (rule.profiles !== 'all' && !rule.profiles.includes(profile.id)) return false;
  return !rule.business || rule.business.includes(business);
}

/**
 * Findings listed per rule; the rest are counted in one finding. A few MB of
 * workbook can hold a million rows that each break a rule, and listing them
 * all would take gigabytes and help no one; a real roster's every bad cell
 * (2,500 bad IDs on a 100,000-row roster in the add-in's bound) is listed.
 * At 10,000 a 100,000-row roster wrong in every row needed 8–9 s of CPU for
 * `check --annotate`, too close to the 10 s bound of docs/security.md.
 */
export const MAX_FINDINGS_PER_RULE = 5_000;

/** Findings reported under one id beyond the listed ones, counted. */
interface Unlisted {
  what: string;
  severity: Finding['severity'];
  basis: string;
  count: number;
}

/** What one rule reported in one run: its findings (at most the listed bound per id) and the count beyond. */
export interface RuleOutcome {
  rule: Rule;
  findings: Finding[];
  unlisted: Map<string, Unlisted>;
}

/** Shared derived data of one check: a rule computes a memo, the others reuse it. */
export type Memos = Map<string, unknown>;

/** How a rule's context keeps shared data, and how a live check runs a row-wise rule. */
export interface RunHooks {
  memo: RuleContext['memo'];
  rowMemo: RuleContext['rowMemo'];
  rowGroups: RuleContext['rowGroups'];
  /** Runs each table's part of a row-wise rule (returning its row check's key), so that a live check can note its reads and key apart. */
  table?(sheet: string, part: () => string | null): void;
  /** A row-wise rule checks only these rows of these sheets, and not the rest of the workbook. */
  rows?: ReadonlyMap<string, readonly number[]>;
}

/** Memos kept in `memos` for one check. */
export function plainHooks(memos: Memos): RunHooks {
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as T;
  };
  return {
    memo,
    rowMemo: (key, table, each) => memo(key, () => rowValues(table, each)),
    rowGroups: (key, table, keyOf) => memo(key, () => groupRows(table.rows, keyOf(table))),
  };
}

/** A row function's value for each data row of a table. */
export function rowValues<T>(table: Table, each: RowFunction<T>): Map<number, T> {
  const one = each(table);
  return new Map(table.rows.map((row) => [row, one(row)]));
}

/** Rows by key, ascending within a key; '' left out. */
export function groupRows(rows: readonly number[], keyOf: (row: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const k = keyOf(row);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** The rules that apply to a profile and business type, in catalogue order. */
export function applicableRules(rules: readonly Rule[], profile: Profile, business: BusinessType): Rule[] {
  return rules.filter((r) => ruleApplies(r, profile, business));
}

/**
 * Runs one rule. A rule that throws becomes an error finding instead of
 * ending the check: a broken rule must not hide the others' results.
 */
export function runRule(rule: Rule, book: RecognisedWorkbook, profile: Profile, business: BusinessType, options: CheckOptions, memos: Memos, hooks: RunHooks = plainHooks(memos)): RuleOutcome {
  const out: RuleOutcome = { rule, findings: [], unlisted: new Map() };
  const listed = new Map<string, number>();
  // A value merged over several rows is judged for each row but shown once, at the range's top cell.
  const shown = new CellMessages();
  const ctx: RuleContext = {
    book,
    profile,
    business,
    options,
    report: (f) => {
      const id = f.rule ?? rule.id;
      if (f.cell && !shown.add(id, f.sheet ?? '', f.cell, f.message)) return;
      const n = (listed.get(id) ?? 0) + 1;
      const severity = f.severity ?? rule.severity;
      const basis = f.basis ?? resolveBasis(rule.basis, profile);
      if (n > MAX_FINDINGS_PER_RULE) {
        countUnlisted(out.unlisted, id, rule, severity, basis, 1);
        return;
      }
      listed.set(id, n);
      out.findings.push({
        rule: id,
        severity,
        sheet: f.sheet ?? null,
        cell: f.cell ?? null,
        row: f.row ?? null,
        column: f.column ?? null,
        message: f.message,
        basis,
        hint: f.hint === undefined ? (rule.hint ?? null) : f.hint,
        ...(f.range ? { range: f.range } : {}),
      });
    },
    at: (table, row, field) => ({ sheet: table.sheet.name, cell: table.address(row, field), row, column: table.header(field) }),
    memo: hooks.memo,
    rowMemo: hooks.rowMemo,
    rowGroups: hooks.rowGroups,
  };
  try {
    if (rule.rowWise && hooks.table) runRowWise(rule.rowWise, ctx, hooks);
    else rule.check(ctx);
  } catch {
    // The error's own text is a developer's English; the clerk learns which check could not run.
    ctx.report({ rule: 'engine.rule-failed', severity: 'error', message: `“${rule.title}”（${rule.id}）未能完成检查，其结果缺失`, basis: 'beian', hint: '请将此工作簿反馈给 beian 维护人员（见 docs/security.md）' });
  }
  return out;
}

/**
 * The messages reported at each cell, by id and sheet. Nested maps of the
 * strings a finding already holds: a key joined per finding cost a big
 * roster's check more than its rules did.
 */
class CellMessages {
  private readonly byId = new Map<string, Map<string, Map<string, string | string[]>>>();

  /** Whether this message is new at this cell (and notes it). */
  add(id: string, sheet: string, cell: string, message: string): boolean {
    let bySheet = this.byId.get(id);
    if (!bySheet) this.byId.set(id, (bySheet = new Map()));
    let byCell = bySheet.get(sheet);
    if (!byCell) bySheet.set(sheet, (byCell = new Map()));
    const had = byCell.get(cell);
    if (had === undefined) {
      byCell.set(cell, message);
      return true;
    }
    if (had === message || (Array.isArray(had) && had.includes(message))) return false;
    byCell.set(cell, Array.isArray(had) ? [...had, message] : [had, message]);
    return true;
  }
}

/** A row-wise rule table by table, each table's part through the hooks, over the hooks' rows where they name them. */
function runRowWise(rowWise: RowWise, ctx: RuleContext, hooks: RunHooks): void {
  for (const t of ctx.book.tables) {
    const rows = hooks.rows ? hooks.rows.get(t.sheet.name) : t.rows;
    if (!rows) continue;
    hooks.table!(t.sheet.name, () => {
      const c = rowWise.table(ctx, t);
      if (c) for (const row of rows) c.row(row);
      return c?.key ?? null;
    });
  }
  if (!hooks.rows) rowWise.rest?.(ctx);
}

function countUnlisted(unlisted: Map<string, Unlisted>, id: string, rule: Rule, severity: Finding['severity'], basis: string, count: number): void {
  // A rule may report under a validator's own id; the title then belongs to the rule, not to that id.
  const u = unlisted.get(id) ?? { what: id === rule.id ? `“${rule.title}”` : `“${rule.title}”中 ${id}`, severity, basis, count: 0 };
  u.count += count;
  unlisted.set(id, u);
}

/**
 * The check's findings from its rules' outcomes in rule order: the listed
 * bound counts per id across rules, then the counted rest, sorted.
 */
export function mergeOutcomes(outcomes: readonly RuleOutcome[], sheetOrder: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const listed = new Map<string, number>();
  const unlisted = new Map<string, Unlisted>();
  for (const o of outcomes) {
    for (const f of o.findings) {
      const n = (listed.get(f.rule) ?? 0) + 1;
      if (n > MAX_FINDINGS_PER_RULE) {
        countUnlisted(unlisted, f.rule, o.rule, f.severity, f.basis, 1);
        continue;
      }
      listed.set(f.rule, n);
      findings.push(f);
    }
    for (const [id, u] of o.unlisted) countUnlisted(unlisted, id, o.rule, u.severity, u.basis, u.count);
  }
  for (const [id, u] of unlisted) {
    findings.push({
      rule: id,
      severity: u.severity,
      sheet: null,
      cell: null,
      row: null,
      column: null,
      message: `${u.what}另有 ${u.count} 处同类问题未逐一列出（已列出前 ${MAX_FINDINGS_PER_RULE} 处）`,
      basis: u.basis,
      hint: '先改正已列出的问题，再重新检查',
    });
  }
  return sortFindings(findings, sheetOrder);
}

/** Runs every applicable rule over one recognised workbook. */
export function runRules(book: RecognisedWorkbook, rules: readonly Rule[], profile: Profile, business: BusinessType, options: CheckOptions): Finding[] {
  const memos: Memos = new Map();
  const outcomes = applicableRules(rules, profile, business).map((rule) => runRule(rule, book, profile, business, options, memos));
  return mergeOutcomes(outcomes, book.workbook.sheets.map((s) => s.name));
}

/** {@link runRules}, giving the host a turn between rules (a check of a big roster runs for seconds). */
export async function runRulesInSlices(book: RecognisedWorkbook, rules: readonly Rule[], profile: Profile, business: BusinessType, options: CheckOptions): Promise<Finding[]> {
  const memos: Memos = new Map();
  const outcomes: RuleOutcome[] = [];
  for (const rule of applicableRules(rules, profile, business)) {
    outcomes.push(runRule(rule, book, profile, business, options, memos));
    await nextSlice();
  }
  return mergeOutcomes(outcomes, book.workbook.sheets.map((s) => s.name));
}
