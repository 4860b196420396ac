import type { CellValue } from '../../../../../src/model/cell';
import { AI, EQUIPMENT_HEADER, only, run, xjSpec } from './fixture';

function withEquipment(rows: CellValue[][]) {
  return { ...xjSpec(), 设施设备: [EQUIPMENT_HEADER, ...rows] };
}

describe('xj.facilities.per-occupation — 场地、设施设备 (四（三）)', () => {
  it('an occupation without a 场地 row is an error naming it; a 场地 of quantity 0 is not counted', () => {
    const f = only(run(withEquipment([[1, AI.name, '设备', '工作站', 40], [2, AI.name, '视频监控', '摄像机', 8]])), 'xj.facilities.per-occupation');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '设施设备', cell: null });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 在设施设备表中没有场地');
    const zero = only(run(withEquipment([[1, AI.name, '场地', '实训室', 0], [2, AI.name, '设备', '工作站', 40]])), 'xj.facilities.per-occupation');
    expect(zero[0].message).toContain('E2 数量为 0');
  });

  it('one 场地 and one 设备 row pass', () => {
    expect(only(run(xjSpec()), 'xj.facilities.per-occupation')).toEqual([]);
  });
});

describe('xj.video-monitoring — 视频监控设备 (五（二）6)', () => {
  it('an occupation with no 视频监控 row is an error; "视频监控设备" as 类别 counts', () => {
    const f = only(run(withEquipment([[1, AI.name, '场地', '实训室', 1], [2, AI.name, '设备', '工作站', 40]])), 'xj.video-monitoring');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '设施设备', basis: '《新疆原X证书机构备案办理指南》五（二）6' });
    expect(f[0].message).toContain('4-04-05-05 人工智能训练师 没有视频监控设备');
    const ok = only(run(withEquipment([[1, AI.name, '场地', '实训室', 1], [2, AI.name, '视频监控设备', '摄像机', 1]])), 'xj.video-monitoring');
    expect(ok).toEqual([]);
  });
});
