import type { BusinessType } from '../model/schema';
import type { RecognisedWorkbook } from '../model/table';
import type { Profile } from '../profiles/profiles';
import { resolveBasis } from './basis';
import { Finding, sortFindings } from './finding';
import type { CheckOptions, Rule, RuleContext } from './rule';

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

/**
 * Runs every applicable rule over one recognised workbook. A rule that
 * throws becomes an error finding instead of ending the check: a broken
 * rule must not hide the others' results.
 */
export function runRules(
  book: RecognisedWorkbook,
  rules: readonly Rule[],
  profile: Profile,
  business: BusinessType,
  options: CheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  const cache = new Map<string, unknown>();
  const listed = new Map<string, number>();
  const unlisted = new Map<string, { what: string; severity: Finding['severity']; basis: string; count: number }>();
  // A value merged over several rows is judged for each row but shown once, at the range's top cell.
  const atCell = new Set<string>();
  let current: Rule;
  const ctx: RuleContext = {
    book,
    profile,
    business,
    options,
    report: (f) => {
      const id = f.rule ?? current.id;
      if (f.cell) {
        const key = `${id}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
        if (atCell.has(key)) return;
        atCell.add(key);
      }
      const n = (listed.get(id) ?? 0) + 1;
      if (n > MAX_FINDINGS_PER_RULE) {
        // A rule may report under a validator's own id; the title then belongs to the rule, not to that id.
        const what = id === current.id ? `“${current.title}”` : `“${current.title}”中 ${id}`;
        const u = unlisted.get(id) ?? { what, severity: f.severity ?? current.severity, basis: f.basis ?? resolveBasis(current.basis, profile), count: 0 };
        u.count++;
        unlisted.set(id, u);
        return;
      }
      listed.set(id, n);
      findings.push({
        rule: id,
        severity: f.severity ?? current.severity,
        sheet: f.sheet ?? null,
        cell: f.cell ?? null,
        row: f.row ?? null,
        column: f.column ?? null,
        message: f.message,
        basis: f.basis ?? resolveBasis(current.basis, profile),
        hint: f.hint === undefined ? (current.hint ?? null) : f.hint,
        ...(f.range ? { range: f.range } : {}),
      });
    },
    at: (table, row, field) => ({ sheet: table.sheet.name, cell: table.address(row, field), row, column: table.header(field) }),
    memo: <T>(key: string, compute: () => T): T => {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
  for (const rule of rules) {
    if (!ruleApplies(rule, profile, business)) continue;
    current = rule;
    try {
      rule.check(ctx);
    } catch (e) {
      // The error's own text is a developer's English; the clerk learns which check could not run.
      ctx.report({ rule: 'engine.rule-failed', severity: 'error', message: `“${rule.title}”（${rule.id}）未能完成检查，其结果缺失`, basis: 'beian', hint: '请将此工作簿反馈给 beian 维护人员（见 docs/security.md）' });
    }
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
  return sortFindings(findings, book.workbook.sheets.map((s) => s.name));
}
