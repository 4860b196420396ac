import type { Severity } from '../../model/severity';
import type { Profile } from '../../profiles/profiles';
import { cite } from '../../sources';
import { BasisByProfile, resolveBasis } from '../basis';

const DADIAN = '《中华人民共和国职业分类大典（2022年版）》';

/** Where the filing's own document limits the occupations to the skill categories 3–6 of the 大典. */
export const SKILL_SCOPE: BasisByProfile = {
  'ha-employer': cite('HA', '一（六）'),
  'ha-social': cite('HA', '二（六）'),
  'ha-school': cite('HA', '三（六）'),
  BT: cite('BT', '第四条'),
  XJ: DADIAN,
  SH: DADIAN,
};

/**
 * How an occupation outside categories 3–6 weighs for this profile: an
 * error where the document says so (HA, BT); a warning citing the 大典
 * where the document is silent (XJ, SH: 职业技能等级认定 is for skill
 * occupations, but these guides do not restate it); nothing for NX, whose
 * X证书 are named by their own standards, not by 大典 occupations.
 */
export function skillScope(profile: Profile): { severity: Severity; basis: string } | null {
  if (profile.source === 'NX') return null;
  const basis = resolveBasis(SKILL_SCOPE, profile);
  return { severity: basis === DADIAN ? 'warning' : 'error', basis };
}
