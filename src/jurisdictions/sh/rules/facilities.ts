import type { Rule } from '../../../rules/rule';
import { checkVideoMonitoring } from '../../../rules/shared/video-monitoring';
import { PROFILES, sh } from './basis';

export const videoMonitoring: Rule = {
  id: 'sh.video-monitoring',
  title: '每个职业（工种）具有视频监控设备',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（五）'),
  hint: '在设施设备表中为该职业（工种）列出类别为“视频监控”的设备及数量（提交了设施设备表时检查）',
  check: checkVideoMonitoring,
};
