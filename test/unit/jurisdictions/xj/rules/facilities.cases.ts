import type { CellValue } from '../../../../../src/model/cell';
import { facilitiesPerOccupation, videoMonitoring } from '../../../../../src/jurisdictions/xj/rules/facilities';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, EQUIPMENT_HEADER, xjSpec } from './fixture';

const withEquipment = (...rows: CellValue[][]) => ({ ...xjSpec(), 设施设备: [EQUIPMENT_HEADER, ...rows] });

export default ruleCases('XJ facilities', [facilitiesPerOccupation, videoMonitoring], {
  valid: [
    { name: 'a room, equipment and cameras', spec: xjSpec() },
    { name: '视频监控设备 as the category', spec: withEquipment([1, AI.name, '场地', '实训室', 1], [2, AI.name, '设备', '工作站', 40], [3, AI.name, '视频监控设备', '摄像机', 1]) },
  ],
  invalid: [
    { name: 'no 场地 row', spec: withEquipment([1, AI.name, '设备', '工作站', 40], [2, AI.name, '视频监控', '摄像机', 8]), expect: [{ rule: 'xj.facilities.per-occupation', cell: '设施设备', severity: 'error', message: '没有场地' }] },
    { name: 'a 场地 of quantity 0', spec: withEquipment([1, AI.name, '场地', '实训室', 0], [2, AI.name, '视频监控', '摄像机', 8]), expect: [{ rule: 'xj.facilities.per-occupation', cell: '设施设备', severity: 'error', message: 'E2 数量为 0' }] },
    { name: 'no cameras', spec: withEquipment([1, AI.name, '场地', '实训室', 1], [2, AI.name, '设备', '工作站', 40]), expect: [{ rule: 'xj.video-monitoring', cell: '设施设备', severity: 'error', message: '没有视频监控设备' }] },
  ],
});
