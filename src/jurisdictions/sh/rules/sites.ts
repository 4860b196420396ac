import type { Table } from '../../../model/table';
import { normaliseLabel } from '../../../model/label';
import type { Rule, RuleContext } from '../../../rules/rule';
import { equipmentKind } from '../../../rules/shared/equipment-by-kind';
import { AppliedOccupation, appliedOccupations, matchOccupations } from '../../../rules/shared/occupations';
import { placeIn } from '../../../rules/shared/registration';
import { REGION } from '../region';
import { PROFILES, sh } from './basis';

function siteTables(ctx: RuleContext): Table[] {
  return ctx.book.tablesOf('sites');
}

const siteName = (t: Table, row: number) => t.text(row, 'siteName') || `第 ${row} 行`;

export const sitesPresent: Rule = {
  id: 'sh.sites.present',
  title: '具备满足评价需求的考核点',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（五）'),
  hint: '在“考核点”表中列出考核点；每个考核点须有所在区人社部门的推荐函（附件2）',
  check(ctx) {
    const tables = siteTables(ctx);
    if (!tables.length || tables.some((t) => t.rows.length)) return;
    ctx.report({ sheet: tables[0].sheet.name, message: `“${tables[0].sheet.name}”表中没有考核点，应具备满足评价需求的考核点` });
  },
};

export const sitesPerOccupation: Rule = {
  id: 'sh.sites.occupation',
  title: '每个职业（工种）有考核点，每个考核点写明推荐职业（工种）',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（五）、附件2'),
  hint: '在“考核点”表的“推荐职业（工种）”列填写该考核点承担的职业（工种），推荐函（附件2）须写明',
  check(ctx) {
    const tables = siteTables(ctx).filter((t) => t.rows.length);
    if (!tables.length) return;
    const withColumn = tables.filter((t) => t.has('occupation'));
    if (!withColumn.length) {
      ctx.report({ sheet: tables[0].sheet.name, message: `“${tables[0].sheet.name}”表没有“推荐职业（工种）”列，无法看出各考核点承担的职业（工种）` });
      return;
    }
    const covered = new Set<AppliedOccupation>();
    for (const t of withColumn) {
      for (const row of t.rows) {
        const text = t.text(row, 'occupation');
        if (!text) {
          ctx.report({ ...ctx.at(t, row, 'occupation'), message: `考核点“${siteName(t, row)}”未填写推荐职业（工种）` });
          continue;
        }
        for (const o of matchOccupations(ctx, text).matched) covered.add(o);
      }
    }
    for (const o of appliedOccupations(ctx)) {
      if (!covered.has(o)) ctx.report({ sheet: withColumn[0].sheet.name, message: `职业（工种）${o.label} 没有考核点` });
    }
  },
};

export const sitesInShanghai: Rule = {
  id: 'sh.sites.region',
  title: '考核点在上海，由所在区人社部门推荐',
  profiles: PROFILES,
  severity: 'warning',
  basis: sh('二（五）、四（一）'),
  hint: '考核点地址写明所在区（如 上海市浦东新区…）；考核点须经所在区人力资源社会保障部门审核推荐',
  check(ctx) {
    for (const t of siteTables(ctx)) {
      for (const row of t.rows) {
        const address = t.text(row, 'address');
        // An address without its city ("郭守敬路 498 号") names no place and is left alone.
        if (!address || placeIn(address, REGION) !== false) continue;
        ctx.report({ ...ctx.at(t, row, 'address'), message: `考核点“${siteName(t, row)}”的地址“${address}”不在上海，无法由上海的区人社部门推荐` });
      }
    }
  },
};

/**
 * 二（五）: 考核点及相应设备设施（含视频监控设备）. Where 设施设备 says where
 * each item is (地点 naming the site), every site needs equipment and video
 * monitoring of its own; a list that names no site is left to the
 * per-occupation rules.
 */
export const siteEquipment: Rule = {
  id: 'sh.sites.equipment',
  title: '每个考核点有相应设备设施，含视频监控设备',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（五）'),
  hint: '在设施设备表的“地点”写明考核点名称，并为每个考核点列出设备设施和视频监控设备',
  check(ctx) {
    const equipment = ctx.book.tablesOf('equipment').filter((t) => t.has('location') && t.has('category'));
    const sites = siteTables(ctx).flatMap((t) => t.rows.filter((row) => t.text(row, 'siteName')).map((row) => ({ t, row, key: normaliseLabel(t.text(row, 'siteName')) })));
    const items = equipment.flatMap((t) => t.rows.map((row) => ({ location: normaliseLabel(t.text(row, 'location')), kind: equipmentKind(t.text(row, 'category')) })));
    const at = (key: string) => items.filter((i) => i.location && (i.location.includes(key) || key.includes(i.location)));
    if (!sites.some((s) => at(s.key).length)) return;
    for (const s of sites) {
      const here = at(s.key);
      const missing = [here.some((i) => i.kind === 'site' || i.kind === 'device') ? '' : '设备设施', here.some((i) => i.kind === 'video') ? '' : '视频监控设备'].filter(Boolean);
      if (missing.length) ctx.report({ ...ctx.at(s.t, s.row, 'siteName'), message: `考核点“${siteName(s.t, s.row)}”在设施设备表中没有${missing.join('和')}（按“地点”列）` });
    }
  },
};
