import type { Rule } from '../../../rules/rule';
import { PROFILES, sh } from './basis';

/** Columns of 附件1 the 申请职业（工种） sheet supplies, beyond code, name and levels. */
const RECOMMENDATION_FIELDS = ['standard', 'industry', 'plannedCount', 'inCatalogue'] as const;

export const recommendationFields: Rule = {
  id: 'sh.occupations.recommendation',
  title: '推荐汇总表（附件1）所需的职业标准、产业类别、预计评价人次、是否已纳入评价目录',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('四（一）、附件1'),
  hint: '附件1 须逐项填写国家职业标准名称及版本、产业类别、预计评价人次、已纳入评价目录（是/否）',
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.rows.length) continue;
      const absent = RECOMMENDATION_FIELDS.filter((f) => !t.has(f));
      if (absent.length) {
        ctx.report({ sheet: t.sheet.name, row: t.headerRow, message: `“${t.sheet.name}”表缺少${absent.map((f) => `“${t.header(f)}”`).join('、')}列，推荐汇总表（附件1）须填写` });
      }
      for (const row of t.rows) {
        const label = [t.text(row, 'occupationCode'), t.text(row, 'occupationName')].filter(Boolean).join(' ') || `第 ${row} 行`;
        for (const f of RECOMMENDATION_FIELDS) {
          if (!t.has(f) || t.text(row, f)) continue;
          ctx.report({ ...ctx.at(t, row, f), message: `职业（工种）${label} 未填写“${t.header(f)}”，推荐汇总表（附件1）须填写` });
        }
      }
    }
  },
};
