import type { Rule } from '../../rule';
import { uncountedNote } from '../../shared/cell-counts';
import { activeYears, xcertRecords, yearSpan } from '../../shared/xcert-records';
import { nx, PROFILES } from './basis';

const BASIS = nx('第十条');
const MIN_YEARS = 5;
const MIN_SCALE = 50000;
const RELAXED = '对新兴领域、紧缺领域可适当放宽要求';

export const trainingYears: Rule = {
  id: 'nx.experience.years',
  title: '一般应具有 5 年以上职业技能培训经验',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: `在“X证书评价数据”中逐年填写培训评价数据；${RELAXED}`,
  check(ctx) {
    const tables = ctx.book.tablesOf('xcertData');
    if (!tables.length) return;
    const years = activeYears(xcertRecords(ctx));
    const span = years.length ? years[years.length - 1] - years[0] + 1 : 0;
    if (span >= MIN_YEARS) return;
    const shown = years.length ? `为 ${yearSpan(years)} 年，共 ${span} 年` : '没有任何年度的数据';
    ctx.report({ sheet: tables[0].sheet.name, message: `“X证书评价数据”显示的培训评价经历${shown}，一般应具有 ${MIN_YEARS} 年以上职业技能培训经验（${RELAXED}）` });
  },
};

export const trainingScale: Rule = {
  id: 'nx.experience.scale',
  title: '一般应具有 5 万人次以上的培训和证书考核规模',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: `在“X证书评价数据”中填写各年度认定人次；${RELAXED}`,
  check(ctx) {
    const tables = ctx.book.tablesOf('xcertData');
    if (!tables.length) return;
    const records = xcertRecords(ctx);
    const assessed = records.reduce((s, r) => s + r.assessed, 0);
    if (assessed >= MIN_SCALE) return;
    ctx.report({
      sheet: tables[0].sheet.name,
      message: `“X证书评价数据”累计认定 ${assessed} 人次，一般应具有 ${MIN_SCALE} 人次以上的培训和实施证书考核规模（${RELAXED}）${uncountedNote(records.flatMap((r) => r.unreadable))}`,
    });
  },
};
