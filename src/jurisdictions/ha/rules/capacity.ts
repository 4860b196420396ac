import type { Rule } from '../../../rules/rule';
import { checkRostersFilled } from '../../../rules/shared/rosters-filled';
import { checkVideoMonitoring } from '../../../rules/shared/video-monitoring';
import { haByType, PROFILES } from './basis';

const FIRST_FILINGS = ['首次备案', '增量备案'] as const;

export const teams: Rule = {
  id: 'ha.teams',
  title: '有与评价工作相适应的工作人员、考评人员、内部质量督导人员和专家队伍',
  profiles: PROFILES,
  business: FIRST_FILINGS,
  severity: 'error',
  basis: haByType('一（五）5', '二（五）5', '三（五）2'),
  hint: '在相应名册中列出人员；专家队伍可用模板中的“专家队伍”表',
  check(ctx) {
    checkRostersFilled(ctx, [
      ['staff', '专兼职工作人员'],
      ['examiners', '考评人员'],
      ['supervisors', '内部质量督导人员'],
      ['experts', '专家队伍'],
    ]);
    if (!ctx.book.hasKind('experts')) ctx.report({ message: '没有“专家队伍”表，应有与评价工作相适应的专家队伍' });
  },
};

export const videoMonitoring: Rule = {
  id: 'ha.video-monitoring',
  title: '有相适应的场地、设备、工（量）具和视频监控等硬件设施',
  profiles: PROFILES,
  business: FIRST_FILINGS,
  severity: 'error',
  basis: haByType('一（五）5', '二（五）3（3）', '三（五）2'),
  hint: '在设施设备表中为每个职业（工种）列出类别为“视频监控”的设备',
  check: checkVideoMonitoring,
};
