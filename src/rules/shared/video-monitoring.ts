import type { RuleContext } from '../rule';
import { equipmentTally, equipmentNote } from './equipment-by-kind';
import { appliedOccupations } from './occupations';

/** Every applied occupation has a 视频监控 row on 设施设备 (XJ 五（二）6, SH 二（五）); silent without that table. */
export function checkVideoMonitoring(ctx: RuleContext): void {
  for (const o of appliedOccupations(ctx)) {
    const video = equipmentTally(ctx, o, 'video');
    if (!video) return;
    if (video.counted) continue;
    ctx.report({ sheet: video.table.sheet.name, message: `职业（工种）${o.label} 没有视频监控设备（设施设备表中类别为“视频监控”的行）${equipmentNote(video)}` });
  }
}
