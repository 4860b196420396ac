import type { Rule, RuleContext } from '../../../rules/rule';
import { uncountedNote } from '../../../filing/counts';
import { placeIn } from '../../../rules/shared/registration';
import { REGION } from '../region';
import { activeYears, longestRun, XcertRecord, xcertRecords, yearSpan } from '../../../rules/shared/xcert-records';
import { PROFILES, xj } from './basis';

const BASIS = xj('五（二）7');
const MIN_YEARS = 3;
const MIN_CERTIFICATES = 10000;

/** X证书评价数据 rows in Xinjiang, and why other rows were left out. */
function inXinjiang(ctx: RuleContext): { sheet: string; rows: XcertRecord[]; note: string } | undefined {
  const tables = ctx.book.tablesOf('xcertData');
  if (!tables.length) return undefined;
  const records = xcertRecords(ctx);
  const rows = records.filter((r) => placeIn(r.region, REGION) === true);
  const blank = records.filter((r) => !r.region).length;
  const note = !tables.some((t) => t.has('region'))
    ? '（“X证书评价数据”没有“地区”列，无法确认哪些数据在新疆）'
    : blank
      ? `（${blank} 行未填写地区，未计入）`
      : '';
  return { sheet: tables[0].sheet.name, rows, note };
}

export const consecutiveYears: Rule = {
  id: 'xj.scale.years',
  title: '原则上连续 3 年以上在疆开展“X证书”培训评价',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: '在“X证书评价数据”中逐年填写在新疆的认定、取证人次，“地区”填写新疆；短期试点、零星考评不符合要求',
  check(ctx) {
    const x = inXinjiang(ctx);
    if (!x) return;
    const run = longestRun(activeYears(x.rows));
    if (run.length >= MIN_YEARS) return;
    const shown = run.length ? `最长连续 ${run.length} 年（${yearSpan(run)}）` : '没有记录';
    ctx.report({ sheet: x.sheet, message: `在新疆开展“X证书”评价${shown}，原则上应连续 ${MIN_YEARS} 年以上${x.note}` });
  },
};

export const cumulativeCertificates: Rule = {
  id: 'xj.scale.certificates',
  title: '原则上在疆累计发证量不少于 10000 人次',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: '在“X证书评价数据”中填写在新疆各年度的取证人次，“地区”填写新疆',
  check(ctx) {
    const x = inXinjiang(ctx);
    if (!x) return;
    const certified = x.rows.reduce((s, r) => s + r.certified, 0);
    if (certified >= MIN_CERTIFICATES) return;
    const unreadable = x.rows.flatMap((r) => r.unreadable);
    ctx.report({
      sheet: x.sheet,
      message: `在新疆累计取证 ${certified} 人次，原则上应不少于 ${MIN_CERTIFICATES} 人次${x.note}${uncountedNote(unreadable)}`,
    });
  },
};
