import { isoDate } from '../../../model/cell';
import { parseDateValue } from '../../../validate/dates';
import type { Rule } from '../../../rules/rule';
import { personLabel } from '../../../rules/shared/people';
import { referenceDate } from '../../../rules/shared/reference-date';
import { PROFILES, xj } from './basis';

const YEARS = 3;

/** The day someone who started on `since` completes `years` years (29 Feb rolls to 1 Mar). */
function anniversary(since: Date, years: number): Date {
  return new Date(Date.UTC(since.getUTCFullYear() + years, since.getUTCMonth(), since.getUTCDate()));
}

export const supervisorExperience: Rule = {
  id: 'xj.supervisors.experience',
  title: '内部质量督导员应担任考评员 3 年以上（计至申请日期）',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）4'),
  hint: '填写担任考评员起始日期；不满 3 年的人员不能担任内部质量督导员',
  check(ctx) {
    const ref = referenceDate(ctx);
    for (const t of ctx.book.tablesOf('supervisors')) {
      if (!t.rows.length) continue;
      if (!t.has('examinerSince')) {
        ctx.report({ sheet: t.sheet.name, message: `“${t.sheet.name}”表没有“担任考评员起始日期”列，无法核对内部质量督导员 3 年以上考评员经历` });
        continue;
      }
      for (const row of t.rows) {
        const v = t.value(row, 'examinerSince');
        const who = `内部质量督导员 ${personLabel(ctx, t, row)}`;
        if (v === null || (typeof v === 'string' && !v.trim())) {
          ctx.report({ ...ctx.at(t, row, 'examinerSince'), message: `${who} 未填写担任考评员起始日期，无法确认具有 ${YEARS} 年以上考评员经历` });
          continue;
        }
        // An unreadable date is reported by the generic date check.
        const since = parseDateValue(v).date;
        if (!since) continue;
        const due = anniversary(since, YEARS);
        if (due.getTime() <= ref.date.getTime()) continue;
        ctx.report({
          ...ctx.at(t, row, 'examinerSince'),
          message: `${who} 自 ${isoDate(since)} 担任考评员，截至${ref.label} 不满 ${YEARS} 年（${isoDate(due)} 起满 ${YEARS} 年）`,
        });
      }
    }
  },
};
