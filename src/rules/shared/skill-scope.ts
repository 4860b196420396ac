import type { Severity } from '../../model/severity';
import { basisFrom, jurisdictionOf } from '../../jurisdictions';
import type { Profile } from '../../profiles/profiles';
import { BasisByProfile, resolveBasis } from '../basis';

/** Where the filing's own document limits the occupations to the skill categories 3–6 of the 大典. */
export const SKILL_SCOPE: BasisByProfile = basisFrom((j) => j.skillScope?.basis);

/**
 * How an occupation outside categories 3–6 weighs for this profile: an
 * error where the document says so; a warning citing the 大典 where the
 * document is silent (职业技能等级认定 is for skill occupations, but some
 * guides do not restate it); nothing where certificates are named by their
 * own standards, not by 大典 occupations.
 */
export function skillScope(profile: Profile): { severity: Severity; basis: string } | null {
  const scope = jurisdictionOf(profile).skillScope;
  return scope ? { severity: scope.severity, basis: resolveBasis(scope.basis, profile) } : null;
}
