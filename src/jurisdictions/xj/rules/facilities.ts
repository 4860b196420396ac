import type { Rule } from '../../../rules/rule';
import { checkFacilitiesPerOccupation } from '../../../rules/shared/facilities';
import { checkVideoMonitoring } from '../../../rules/shared/video-monitoring';
import { PROFILES, xj } from './basis';

export const facilitiesPerOccupation: Rule = {
  id: 'xj.facilities.per-occupation',
  title: '每个职业（工种）配备场地和设施设备',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('四（三）'),
  hint: '在设施设备表中为该职业（工种）列出“场地”和“设备”或“工量具”',
  check: checkFacilitiesPerOccupation,
};

export const videoMonitoring: Rule = {
  id: 'xj.video-monitoring',
  title: '每个职业（工种）具有视频监控设备',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）6'),
  hint: '在设施设备表中为该职业（工种）列出类别为“视频监控”的设备及数量',
  check: checkVideoMonitoring,
};
