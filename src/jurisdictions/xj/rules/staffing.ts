import type { Rule } from '../../../rules/rule';
import { checkRostersFilled } from '../../../rules/shared/rosters-filled';
import { PROFILES, xj } from './basis';

export const staffingPresent: Rule = {
  id: 'xj.staffing.present',
  title: '配备考务管理人员和质量督导人员',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('四（三）'),
  hint: '在名册中填写人员',
  check: (ctx) =>
    checkRostersFilled(ctx, [
      ['staff', '考务管理人员'],
      ['supervisors', '质量督导人员'],
    ]),
};
