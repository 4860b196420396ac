import { citeIn } from '../../../sources/source';
import { PROFILE_IDS, SOURCE } from '../source';
import type { BasisByProfile } from '../../../rules/basis';

/** "《河南省评价机构备案工作指南》二（七）1". */
export const ha = (clause: string): string => citeIn(SOURCE, clause);

export const PROFILES = PROFILE_IDS;

/**
 * HA repeats its conditions in one chapter per organisation type (一 用人单位,
 * 二 社会培训评价组织, 三 院校): each filing cites its own chapter.
 */
export function haByType(employer: string, social: string, school: string): BasisByProfile {
  return { 'ha-employer': ha(employer), 'ha-social': ha(social), 'ha-school': ha(school) };
}
