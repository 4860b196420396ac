import type { CellValue } from '../../../../../src/model/cell';
import { videoMonitoring } from '../../../../../src/jurisdictions/sh/rules/facilities';
import { siteEquipment, sitesInShanghai, sitesPerOccupation, sitesPresent } from '../../../../../src/jurisdictions/sh/rules/sites';
import { ruleCases } from '../../../../helpers/rule-tester';
import { AI, ECOM } from '../../xj/rules/fixture';
import { OCCUPATION_HEADER, occupationRow, shSpec, SITE_HEADER } from './fixture';

const withSites = (rows: CellValue[][], extra = {}) => ({ ...shSpec(), 考核点: [SITE_HEADER, ...rows], ...extra });
const TWO = { 申请职业: [OCCUPATION_HEADER, occupationRow(1), occupationRow(2, ECOM)] };
const SITE = '浦东职业技能考核点';
const atSites = (...rows: CellValue[][]) => ({ ...shSpec(), 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量', '地点'], ...rows] });
const byOccupation = (category: string) => ({ ...shSpec(), 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量'], [1, AI.name, '场地', '考场', 1], [2, AI.name, category, '设备', 4]] });

export default ruleCases('SH sites and equipment', [sitesPresent, sitesPerOccupation, sitesInShanghai, siteEquipment, videoMonitoring], {
  valid: [
    { name: 'one Shanghai site for the occupation', spec: shSpec() },
    { name: 'one cell listing two occupations', spec: withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', `${AI.name}、${ECOM.name}`]], TWO) },
    { name: 'a site with cameras', spec: atSites([1, AI.name, '设备', '标注工作站', 40, SITE], [2, AI.name, '视频监控', '摄像机', 8, SITE]) },
    { name: 'an equipment list naming no site, with cameras', spec: byOccupation('视频监控') },
  ],
  invalid: [
    { name: 'no site', spec: withSites([]), expect: [{ rule: 'sh.sites.present', cell: '考核点', severity: 'error' }] },
    {
      name: 'a site without its occupation',
      spec: withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', ''], [2, '徐汇考核点', '上海市徐汇区漕溪路 1 号', AI.name]]),
      expect: [{ rule: 'sh.sites.occupation', cell: '考核点!D2', severity: 'error', message: '浦东考核点' }],
    },
    { name: 'an occupation no site takes', spec: withSites([[1, '浦东考核点', '上海市浦东新区川沙路 100 号', AI.name]], TWO), expect: [{ rule: 'sh.sites.occupation', cell: '考核点', severity: 'error', message: ECOM.name }] },
    { name: 'a site in Hangzhou', spec: withSites([[1, '杭州考核点', '杭州市西湖区文三路 1 号', AI.name]]), expect: [{ rule: 'sh.sites.region', cell: '考核点!C2', severity: 'warning' }] },
    { name: 'a site without cameras', spec: atSites([1, AI.name, '设备', '标注工作站', 40, SITE]), expect: [{ rule: 'sh.sites.equipment', cell: '考核点!B2', severity: 'error' }] },
    { name: 'an equipment list without cameras', spec: byOccupation('设备'), expect: [{ rule: 'sh.video-monitoring', cell: '设施设备', severity: 'error', message: AI.name }] },
  ],
});
