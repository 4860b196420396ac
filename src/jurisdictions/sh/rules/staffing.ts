import type { Rule } from '../../../rules/rule';
import { checkRostersFilled } from '../../../rules/shared/rosters-filled';
import { PROFILES, sh } from './basis';

export const staffingPresent: Rule = {
  id: 'sh.staffing.present',
  title: '配备专职工作人员、专家团队、考评人员及内部质量督导人员',
  profiles: PROFILES,
  severity: 'error',
  basis: sh('二（二）'),
  hint: '在名册中填写人员（上海不要求提交这些名册；提交了就应填写）',
  check: (ctx) =>
    checkRostersFilled(ctx, [
      ['staff', '专职工作人员'],
      ['experts', '专家团队'],
      ['examiners', '考评人员'],
      ['supervisors', '内部质量督导人员'],
    ]),
};
