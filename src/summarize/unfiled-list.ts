import { buildDocx, grid, text, type GridRow } from '../forms/build/docx';
import { H1, L, T } from '../forms/build/parts';
import { JURISDICTIONS } from '../jurisdictions';
import type { RegisterComparison, UnfiledOrg } from './unfiled';

// In 五号: a 师市 of 8 characters (第三师图木舒克市), an 18-character code, a 13-character 备案号 and a date each on one line.
const CONTACT_WIDTHS = [9, 32, 34, 36, 28, 21, 27, 15, 23];
const CONTACT_HEAD: GridRow = { header: true, cells: ['序号', '地市/师市', '机构名称', '统一社会信用代码', '备案号', '有效期止', '情况', '联系人', '联系电话'].map((h) => L(h)) };

const NOTICE_WIDTHS = [10, 33, 80, 40, 32, 30];
const NOTICE_HEAD: GridRow = { header: true, cells: ['序号', '师市', '机构名称', '统一社会信用代码', '备案号', '备案有效期止'].map((h) => L(h)) };

/** The row's state in a few words: 已到期 12 天 / 剩 20 天到期, and what else the organisation sent. */
function state(u: UnfiledOrg): string {
  const when = u.status === 'lapsed' ? `已到期 ${-u.daysLeft} 天` : `剩 ${u.daysLeft} 天到期`;
  return u.sent.length ? `${when}（已报送${u.sent.join('、')}，未报送续期）` : when;
}

const byPlace = (a: UnfiledOrg, b: UnfiledOrg) => a.row.city.localeCompare(b.row.city, 'zh-CN') || a.daysLeft - b.daysLeft;

/** A list's part for one document: to follow up with contacts, and for the 兵团 the list to publish, without them. */
function part(title: string, intro: string, list: readonly UnfiledOrg[], notice: string | undefined, first: boolean): string {
  const contacts = grid(CONTACT_WIDTHS, [
    CONTACT_HEAD,
    ...list.map((u, i): GridRow => ({
      cells: [T(String(i + 1), 1, 'center'), T(u.row.city), T(u.row.name), T(u.row.creditCode), T(u.row.filingNo), T(u.row.validTo, 1, 'center'), T(state(u)), T(u.row.contact), T(u.row.phone)],
    })),
  ]);
  const lapsed = list.filter((u) => u.status === 'lapsed');
  const published =
    notice && lapsed.length
      ? text(notice, { style: 'Title', pageBreakBefore: true }) +
        text('以下评价机构备案期满，未书面提出续期备案申请。经核实无收尾数据后，取消其备案资质。', { style: 'Note' }) +
        grid(NOTICE_WIDTHS, [NOTICE_HEAD, ...lapsed.map((u, i): GridRow => ({ cells: [T(String(i + 1), 1, 'center'), T(u.row.city), T(u.row.name), T(u.row.creditCode), T(u.row.filingNo), T(u.row.validTo, 1, 'center')] }))]) +
        text('公示时间：　　年　　月　　日至　　年　　月　　日', { style: 'Note' })
      : '';
  return text(title, { style: 'Title', pageBreakBefore: !first }) + text(intro, { style: 'Note' }) + contacts + published;
}

/**
 * The register's organisations that sent no renewal (`summarize --register
 * … --follow-up`): one part per document, each with its own clause and
 * action, contacts for the office's calls; the 兵团's part adds the list to
 * publish (no contacts, only the organisations past their period).
 */
export function unfiledListDocx(r: RegisterComparison, asOf: string): Uint8Array {
  const parts: string[] = [];
  const groups = [
    ...JURISDICTIONS.filter((j) => j.batch?.lapse).map((j) => ({ source: j.source.id as string | undefined, lapse: j.batch!.lapse!, area: j.batch!.region?.name ?? j.source.short })),
    { source: undefined, lapse: undefined, area: '' },
  ];
  for (const g of groups) {
    const list = r.unfiled.filter((u) => u.source === g.source).sort(byPlace);
    if (!list.length) continue;
    const window = [...new Set(list.map((u) => u.window))].join('、');
    const basis = g.lapse ? `依据：${[...new Set(list.map((u) => u.basis).filter(Boolean))].join('；')}。处理：${g.lapse.action}。` : '无法从地市/师市、统一社会信用代码或报送的工作簿判断所属地区，按最长的续期提前期计算，请核实。';
    const intro = `截至 ${asOf}，已备案机构名单中以下 ${list.length} 家机构的备案已到期或将在 ${window} 天内到期，尚未报送备案续期或终止备案申请。${basis}`;
    parts.push(part(g.lapse?.title ?? '所属地区不明的备案到期未申请续期评价机构名单', intro, list, g.lapse?.notice, parts.length === 0));
  }
  if (!parts.length) parts.push(text('备案到期未申请续期的评价机构名单', { style: 'Title' }) + text(`截至 ${asOf}，已备案机构名单中的 ${r.registered} 家机构，没有备案已到期或即将到期而未报送续期申请的机构。`, { style: 'Note' }));
  if (r.undated.length) parts.push(H1('有效期止无法识别的名单行') + text(`名单第 ${r.undated.map((u) => u.row).join('、')} 行的有效期止不是日期，无法判断是否应续期，请核对名单。`, { style: 'Note' }));
  return buildDocx('备案到期未申请续期的评价机构名单', parts.join(''), { landscape: true });
}
