import type { RuleContext } from '../rule';
import { mentionsRegion, Region, regionName, registration } from './regions';
import { xcertRecords } from './xcert-records';

/**
 * "注册地在 X 或在 X 开展过“X证书”评价工作" (XJ 四（一）, SH 二（一））:
 * registration from 机构信息, activity from X证书评价数据 rows whose 地区
 * names the region. Without a 地区 column the workbook cannot show the
 * activity, so the finding is then only a warning.
 */
export function checkRegisteredOrActive(ctx: RuleContext, region: Region): void {
  if (!ctx.book.org) return;
  const reg = registration(ctx, region);
  if (reg.inRegion) return;
  const name = regionName(region);
  const tables = ctx.book.tablesOf('xcertData');
  const records = xcertRecords(ctx);
  if (records.some((r) => mentionsRegion(r.region, region) && (r.assessed > 0 || r.certified > 0))) return;
  const where = reg.why;
  const withRegion = tables.some((t) => t.has('region'));
  if (withRegion) {
    ctx.report({ ...reg.at, message: `${where}，且“X证书评价数据”中没有在${name}开展评价的记录（地区列未出现${name}）` });
    return;
  }
  const why = tables.length ? '“X证书评价数据”没有“地区”列' : '未提供“X证书评价数据”';
  ctx.report({ ...reg.at, severity: 'warning', message: `${where}；${why}，无法确认在${name}开展过“X证书”评价工作` });
}

/** "在 X 设有常驻工作机构": 办公地址 names the region (a warning, as it may be the head office's). */
export function checkOfficeIn(ctx: RuleContext, region: Region): void {
  const org = ctx.book.org;
  const cell = org?.cell('address');
  const text = org?.text('address') ?? '';
  if (!org || !cell || !text || mentionsRegion(text, region)) return;
  const name = regionName(region);
  ctx.report({
    sheet: org.sheet.name,
    cell: cell.address,
    row: cell.row,
    column: org.header('address'),
    message: `办公地址“${text}”不在${name}，应在${name}设有常驻工作机构`,
  });
}
