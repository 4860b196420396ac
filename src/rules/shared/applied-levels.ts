import type { Table } from '../../model/table';
import { parseSkillLevelRange, type SkillLevel } from '../../validate/levels';
import type { RuleContext } from '../rule';
import { AppliedOccupation, appliedOccupations } from './occupations';

/** One applied occupation with the skill levels its 等级 cell applies for. */
export interface AppliedLevels {
  occupation: AppliedOccupation;
  table: Table;
  /** Ascending (一级 first); null when the cell is empty or unreadable (the cell checks report it). */
  levels: SkillLevel[] | null;
}

export function appliedLevels(ctx: RuleContext): AppliedLevels[] {
  return ctx.memo('applied-levels', () => {
    const applied = appliedOccupations(ctx);
    const out: AppliedLevels[] = [];
    for (const table of ctx.book.tablesOf('occupations')) {
      for (const row of table.rows) {
        const occupation = applied.find(
          (o) => o.row === row && o.code === table.text(row, 'occupationCode') && o.name === table.text(row, 'occupationName'),
        );
        if (!occupation) continue;
        const r = parseSkillLevelRange(table.value(row, 'levels'));
        out.push({ occupation, table, levels: r.ok && r.value && r.value.length ? r.value : null });
      }
    }
    return out;
  });
}

/** "二级/技师、一级/高级技师", lowest level first as the guides list them. */
export function levelList(levels: readonly SkillLevel[], label: (l: SkillLevel) => string): string {
  return [...levels].sort((a, b) => b - a).map(label).join('、');
}
