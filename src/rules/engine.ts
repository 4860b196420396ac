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
  let current: Rule;
  const ctx: RuleContext = {
    book,
    profile,
    business,
    options,
    report: (f) =>
      findings.push({
        rule: f.rule ?? current.id,
        severity: f.severity ?? current.severity,
        sheet: f.sheet ?? null,
        cell: f.cell ?? null,
        row: f.row ?? null,
        column: f.column ?? null,
        message: f.message,
        basis: f.basis ?? resolveBasis(current.basis, profile),
        hint: f.hint === undefined ? (current.hint ?? null) : f.hint,
        ...(f.range ? { range: f.range } : {}),
      }),
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
      ctx.report({ rule: 'engine.rule-failed', severity: 'error', message: `规则 ${rule.id} 执行出错：${(e as Error).message}`, basis: 'beian', hint: '请将此工作簿反馈给 beian 维护人员' });
    }
  }
  return sortFindings(findings, book.workbook.sheets.map((s) => s.name));
}
