import type { RuleContext } from '../rule';
import { placeIn, registration, type Region, type Registration } from './registration';
import { xcertRecords } from './xcert-records';

/**
 * "注册地在 X 或在 X 开展过“X证书”评价工作" (XJ 四（一）, SH 二（一）):
 * registration from 机构信息, activity from X证书评价数据 rows whose 地区
 * names the region. An error only when the registration is clearly elsewhere
 * and the data show no activity there; a warning when either cannot tell.
 */
export function checkRegisteredOrActive(ctx: RuleContext, region: Region): void {
  if (!ctx.book.org) return;
  const reg = registration(ctx, region);
  if (reg.verdict === 'in') return;
  const name = region.name;
  const tables = ctx.book.tablesOf('xcertData');
  if (xcertRecords(ctx).some((r) => placeIn(r.region, region) && (r.assessed > 0 || r.certified > 0))) return;
  const withRegion = tables.some((t) => t.has('region'));
  const activity = withRegion
    ? `“X证书评价数据”中没有在${name}开展评价的记录（地区列未出现${name}）`
    : `${tables.length ? '“X证书评价数据”没有“地区”列' : '未提供“X证书评价数据”'}，无法确认在${name}开展过“X证书”评价工作`;
  ctx.report({ ...reg.at, ...(reg.verdict === 'out' && withRegion ? {} : { severity: 'warning' as const }), message: `${registrationText(reg, name)}；${activity}` });
}

function registrationText(reg: Registration, name: string): string {
  return reg.verdict === 'out' ? `${reg.why}，注册地不在${name}` : reg.why;
}

/** "在 X 设有常驻工作机构": 办公地址 names the region (a warning, as it may be the head office's). */
export function checkOfficeIn(ctx: RuleContext, region: Region): void {
  const org = ctx.book.org;
  const cell = org?.cell('address');
  const text = org?.text('address') ?? '';
  if (!org || !cell || !text || placeIn(text, region) !== false) return;
  const name = region.name;
  ctx.report({
    sheet: org.sheet.name,
    cell: cell.address,
    row: cell.row,
    column: org.header('address'),
    message: `办公地址“${text}”不在${name}，应在${name}设有常驻工作机构`,
  });
}
