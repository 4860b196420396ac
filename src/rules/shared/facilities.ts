import type { RuleContext } from '../rule';
import { equipmentNote, equipmentTally } from './equipment-by-kind';
import { appliedOccupations } from './occupations';

/**
 * Every applied occupation has a 场地 row and a 设备 or 工量具 row on 设施设备
 * (XJ 四（三）, HA 一（五）5 / 二（五）3（3） / 三（五）2, BT 第六条（三））; silent
 * without a 设施设备 table with 类别 (the sheet rules report a missing one).
 */
export function checkFacilitiesPerOccupation(ctx: RuleContext): void {
  for (const o of appliedOccupations(ctx)) {
    const site = equipmentTally(ctx, o, 'site');
    const device = equipmentTally(ctx, o, 'device');
    if (!site || !device) return;
    const missing = [site.counted ? '' : `场地${equipmentNote(site)}`, device.counted ? '' : `设备或工（量）具${equipmentNote(device)}`].filter(Boolean);
    if (!missing.length) continue;
    ctx.report({ sheet: site.table.sheet.name, message: `职业（工种）${o.label} 在设施设备表中没有${missing.join('，也没有')}` });
  }
}
