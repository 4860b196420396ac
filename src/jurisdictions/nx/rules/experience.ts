import { parseYear } from '../../../validate/dates';
import type { Rule } from '../../../rules/rule';
import { uncountedNote } from '../../../filing/counts';
import { referenceDate } from '../../../rules/shared/reference-date';
import { xcertRecords } from '../../../rules/shared/xcert-records';
import { nx, PROFILES } from './basis';

const BASIS = nx('第十条');
const MIN_YEARS = 5;
const MIN_SCALE = 50000;
const RELAXED = '对新兴领域、紧缺领域可适当放宽要求';

/**
 * 5 年以上职业技能培训经验, counted from 开展职业技能培训起始年份 on 机构信息
 * to the application's year: training began long before any X证书 data, so
 * the data's years do not measure it. Starting in 2021 gives five years in
 * 2026.
 */
export const trainingYears: Rule = {
  id: 'nx.experience.years',
  title: '一般应具有 5 年以上职业技能培训经验（自开展职业技能培训起始年份计）',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: `在“机构信息”填写“开展职业技能培训起始年份”；${RELAXED}`,
  check(ctx) {
    const org = ctx.book.org;
    if (!org) return;
    const cell = org.cell('trainingSince');
    const since = cell ? parseYear(cell.value).value : undefined;
    if (!cell || since === undefined) {
      if (cell && org.text('trainingSince')) return; // an unreadable year is the cell check's business
      ctx.report({ sheet: org.sheet.name, column: org.header('trainingSince'), message: `未填写开展职业技能培训起始年份，无法确认具有 ${MIN_YEARS} 年以上职业技能培训经验` });
      return;
    }
    const ref = referenceDate(ctx);
    const years = ref.date.getUTCFullYear() - since;
    if (years >= MIN_YEARS) return;
    ctx.report({
      sheet: org.sheet.name,
      cell: cell.address,
      row: cell.row,
      column: org.header('trainingSince'),
      message: `自 ${since} 年开展职业技能培训，至${ref.label} 为 ${years} 年，一般应具有 ${MIN_YEARS} 年以上职业技能培训经验（${RELAXED}）`,
    });
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
