import type { Rule } from '../../../rules/rule';
import { nx, PROFILES } from './basis';

export const standardNamed: Rule = {
  id: 'nx.standard.named',
  title: '申报的证书有相应的职业技能等级标准',
  profiles: PROFILES,
  severity: 'error',
  basis: nx('第七条'),
  hint: '在“评价标准”列填写该证书对应的职业技能等级标准名称及版本',
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.rows.length) continue;
      if (!t.has('standard')) {
        ctx.report({ sheet: t.sheet.name, row: t.headerRow, message: `“${t.sheet.name}”表没有“评价标准”列，无法看出申报的证书有相应的职业技能等级标准` });
        continue;
      }
      for (const row of t.rows) {
        if (t.text(row, 'standard')) continue;
        const label = [t.text(row, 'occupationCode'), t.text(row, 'occupationName')].filter(Boolean).join(' ') || `第 ${row} 行`;
        ctx.report({ ...ctx.at(t, row, 'standard'), message: `职业（工种）${label} 未填写职业技能等级标准` });
      }
    }
  },
};
