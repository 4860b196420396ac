import type { Rule } from '../../../rules/rule';
import { PROFILES, sh } from './basis';

export const xcertDataPresent: Rule = {
  id: 'sh.xcert-data.present',
  title: '“X证书”评价数据汇总表有数据',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('三（一）、四（二）、附件3'),
  hint: '按年度、X证书项目填写认定人次和取证人次',
  check(ctx) {
    const tables = ctx.book.tablesOf('xcertData');
    if (!tables.length || tables.some((t) => t.rows.length)) return;
    ctx.report({ sheet: tables[0].sheet.name, message: `“${tables[0].sheet.name}”表中没有数据，意向申请须提交“X证书”评价数据汇总表` });
  },
};
