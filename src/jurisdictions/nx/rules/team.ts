import type { Rule } from '../../../rules/rule';
import { checkRostersFilled } from '../../../rules/shared/rosters-filled';
import { nx, PROFILES } from './basis';

export const expertTeam: Rule = {
  id: 'nx.team.experts',
  title: '拥有专家、师资团队',
  profiles: PROFILES,
  severity: 'error',
  basis: nx('第九条'),
  hint: '在“专家队伍”表中填写由行业企业管理人员、技术骨干、高技能人才等组成的专家团队',
  check: (ctx) => checkRostersFilled(ctx, [['experts', '由行业企业管理人员、技术骨干、高技能人才等组成的专家、师资团队']]),
};
