import { parseYear } from '../../../validate/dates';
import type { Rule } from '../../../rules/rule';
import { declarationRule } from '../../../rules/shared/declarations';
import { referenceDate } from '../../../rules/shared/reference-date';
import { nx, PROFILES } from './basis';

/** 第六条: 无违法、失信、重大经济纠纷、不良借贷等行为, as the applicant declares them. */
export const prohibitedSituations = declarationRule({
  id: 'nx.prohibited',
  title: '无违法、失信、重大经济纠纷、不良借贷等行为',
  profiles: PROFILES,
  basis: nx('第六条'),
  business: ['首次备案'],
  hint: '如实填写“机构信息”中的声明事项',
  consequence: '不符合培训评价组织的组织资质要求',
  declarations: [
    { key: 'violationRecord', bars: '是', situation: '有违法或失信行为' },
    { key: 'majorDispute', bars: '是', situation: '有重大经济纠纷' },
    { key: 'badLoan', bars: '是', situation: '有不良借贷行为' },
  ],
});

const TEXTBOOK_YEARS = 3;

/**
 * 第八条: 一般应有近三年出版的先进教材, per certificate. "近三年" is read as
 * the three calendar years before the application's and its own: a
 * 2026 application counts textbooks from 2023 on.
 */
export const recentTextbooks: Rule = {
  id: 'nx.textbooks',
  title: '所申报证书一般应有近三年出版的先进教材',
  profiles: PROFILES,
  severity: 'warning',
  basis: nx('第八条'),
  hint: '在“申请职业（工种）”表的“配套教材出版年份”填写该证书配套教材最近一次出版的年份',
  check(ctx) {
    const ref = referenceDate(ctx);
    const since = ref.date.getUTCFullYear() - TEXTBOOK_YEARS;
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.rows.length) continue;
      if (!t.has('textbookYear')) {
        ctx.report({ sheet: t.sheet.name, row: t.headerRow || null, message: `“${t.sheet.name}”表没有“配套教材出版年份”列，无法确认所申报证书有近三年出版的教材` });
        continue;
      }
      for (const row of t.rows) {
        const name = t.text(row, 'occupationName') || `第 ${row} 行`;
        const raw = t.value(row, 'textbookYear');
        const year = parseYear(raw).value;
        if (raw === null || (typeof raw === 'string' && !raw.trim())) {
          ctx.report({ ...ctx.at(t, row, 'textbookYear'), message: `证书“${name}”未填写配套教材出版年份，一般应有近三年出版的先进教材` });
        } else if (year !== undefined && year < since) {
          ctx.report({ ...ctx.at(t, row, 'textbookYear'), message: `证书“${name}”的配套教材出版于 ${year} 年；一般应有近三年（${since} 年起）出版的先进教材` });
        }
      }
    }
  },
};
