import type { Rule } from '../../../rules/rule';
import { ha, haByType, PROFILES } from './basis';

const FIRST_FILINGS = ['首次备案', '增量备案'] as const;

export const inCatalogue: Rule = {
  id: 'ha.occupations.catalogue',
  title: '申报职业（工种）应已纳入人社部可备案清单',
  profiles: PROFILES,
  business: FIRST_FILINGS,
  severity: 'error',
  basis: haByType('一（六）', '二（六）', '三（六）'),
  hint: '只能申报已纳入人社部可备案清单的职业（工种）；在“已纳入评价目录”填“是”前请先核实',
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.has('inCatalogue')) {
        ctx.report({ sheet: t.sheet.name, row: t.headerRow || null, column: t.header('inCatalogue'), message: `“${t.sheet.name}”缺少“已纳入评价目录”列，无法确认职业（工种）已纳入人社部可备案清单` });
        continue;
      }
      for (const row of t.rows) {
        const v = t.text(row, 'inCatalogue');
        if (v === '是') continue;
        const name = [t.text(row, 'occupationCode'), t.text(row, 'occupationName')].filter(Boolean).join(' ');
        ctx.report({ ...ctx.at(t, row, 'inCatalogue'), message: `职业（工种）${name} ${v ? `“已纳入评价目录”为“${v}”` : '未填写是否已纳入评价目录'}，未纳入人社部可备案清单的不能申报` });
      }
    }
  },
};

export const hasStandard: Rule = {
  id: 'ha.occupations.standard',
  title: '申报职业（工种）应有相应的国家职业标准（用人单位、院校也可为经人社部备案公示的评价规范）',
  profiles: PROFILES,
  business: FIRST_FILINGS,
  severity: 'error',
  basis: haByType('一（六）', '二（六）', '三（六）'),
  hint: '在“评价标准”列填写所依据的国家职业标准（或经人社部备案公示的评价规范）名称',
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.has('standard')) continue;
      for (const row of t.rows) {
        if (t.text(row, 'standard')) continue;
        const name = [t.text(row, 'occupationCode'), t.text(row, 'occupationName')].filter(Boolean).join(' ');
        const what = ctx.profile.id === 'ha-social' ? '国家职业标准' : '国家职业标准或评价规范';
        ctx.report({ ...ctx.at(t, row, 'standard'), message: `职业（工种）${name} 未填写评价标准（${what}）` });
      }
    }
  },
};

/** 附件1 填表说明3 writes 国标 XX 年版、XX 行业规范、XX 企业规范: the last two are not national standards. */
const NOT_NATIONAL = /(行业|企业|团体)(评价)?(规范|标准)|评价规范/;
const NATIONAL = /国家|国标/;

/**
 * 二（六）: a social organisation's occupations need a national standard;
 * unlike 一（六） and 三（六） it does not accept a 评价规范. A 评价标准 that
 * names only an industry, enterprise or group norm is reported; a bare
 * title ("电工（2018年版）") cannot tell and passes.
 */
export const nationalStandard: Rule = {
  id: 'ha.occupations.national-standard',
  title: '社会培训评价组织申报的职业（工种）应有国家职业标准（行业、企业评价规范不足以申报）',
  profiles: ['ha-social'],
  business: FIRST_FILINGS,
  severity: 'error',
  basis: ha('二（六）'),
  hint: '填写所依据的国家职业（技能）标准，如“国标 2018 年版”；只有行业、企业评价规范的职业（工种）不能由社会培训评价组织申报',
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.has('standard')) continue;
      for (const row of t.rows) {
        const standard = t.text(row, 'standard');
        if (!standard || NATIONAL.test(standard) || !NOT_NATIONAL.test(standard)) continue;
        const name = [t.text(row, 'occupationCode'), t.text(row, 'occupationName')].filter(Boolean).join(' ');
        ctx.report({ ...ctx.at(t, row, 'standard'), message: `职业（工种）${name} 的评价标准为“${standard}”，不是国家职业标准；社会培训评价组织申报的职业（工种）应有相应的国家职业标准` });
      }
    }
  },
};
