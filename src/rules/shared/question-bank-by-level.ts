import type { Table } from '../../model/table';
import { parseSkillLevel, type SkillLevel } from '../../validate/levels';
import type { RuleContext } from '../rule';
import { AppliedLevels, appliedLevels } from './applied-levels';
import { AppliedOccupation, rowsByOccupation } from './occupations';

export interface BankRow {
  table: Table;
  row: number;
}

/**
 * 题库 rows by applied occupation and level. Several rows for one level
 * (a clerk splitting theory and skill, or two banks) are added up by the
 * rules. Rows of occupations not applied for, or with an unreadable level,
 * are left to the generic checks.
 */
export function bankByLevel(ctx: RuleContext): Map<AppliedOccupation, Map<SkillLevel, BankRow[]>> {
  return ctx.memo('question-bank-by-level', () => {
    const out = new Map<AppliedOccupation, Map<SkillLevel, BankRow[]>>();
    for (const table of ctx.book.tablesOf('questionBank')) {
      if (!table.has('level')) continue;
      for (const [occ, rows] of rowsByOccupation(ctx, table).groups) {
        for (const row of rows) {
          const level = parseSkillLevel(table.value(row, 'level')).value;
          if (level === undefined) continue;
          const levels = out.get(occ) ?? new Map<SkillLevel, BankRow[]>();
          out.set(occ, levels);
          const list = levels.get(level);
          if (list) list.push({ table, row });
          else levels.set(level, [{ table, row }]);
        }
      }
    }
    return out;
  });
}

/** Applied levels of each occupation that have no 题库 row; only when a 题库 table with a 等级 column exists. */
export function missingBankLevels(ctx: RuleContext): { applied: AppliedLevels; missing: SkillLevel[] }[] {
  if (!ctx.book.tablesOf('questionBank').some((t) => t.has('level'))) return [];
  const bank = bankByLevel(ctx);
  const out: { applied: AppliedLevels; missing: SkillLevel[] }[] = [];
  for (const applied of appliedLevels(ctx)) {
    if (!applied.levels) continue;
    const have = bank.get(applied.occupation);
    const missing = applied.levels.filter((l) => !have?.has(l));
    if (missing.length) out.push({ applied, missing });
  }
  return out;
}
