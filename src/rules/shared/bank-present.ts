import type { RuleContext } from '../rule';
import { readCount } from '../../filing/counts';
import { appliedOccupations, rowsByOccupation } from './occupations';

const QUESTION_FIELDS = ['single', 'multiple', 'trueFalse', 'subjective', 'skill'] as const;

/**
 * Every applied occupation has 题库 rows that hold questions (HA 二（五）4
 * 题库或卷库, BT 第六条（四） 试题（卷））; silent without a 题库 table, which
 * the sheet rules report.
 */
export function checkBankPresent(ctx: RuleContext): void {
  const tables = ctx.book.tablesOf('questionBank');
  if (!tables.length) return;
  for (const o of appliedOccupations(ctx)) {
    let rows = 0;
    let questions = 0;
    for (const t of tables) {
      for (const row of rowsByOccupation(ctx, t).groups.get(o) ?? []) {
        rows++;
        for (const f of QUESTION_FIELDS) if (t.has(f)) questions += readCount(t, row, f).n;
      }
    }
    if (questions > 0) continue;
    ctx.report({ sheet: tables[0].sheet.name, message: `职业（工种）${o.label} ${rows ? '在“题库”表中的题量为 0' : '在“题库”表中没有题库'}，应具有相应的试题（卷）库` });
  }
}
