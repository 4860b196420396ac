import { JURISDICTIONS } from '../jurisdictions';
import type { Profile } from './profile';

export type { ProfileId } from '../jurisdictions';
export { profileFields, profileLabel, type FieldOverride, type Profile } from './profile';

/** Every jurisdiction's profiles, in the registry's order. */
export const PROFILES: readonly Profile[] = JURISDICTIONS.flatMap((j) => j.profiles);

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/**
 * Reads the profile a clerk wrote: the id itself, the Chinese name, or a
 * drop-down value such as "xj-xcert（新疆·原X证书机构）".
 */
export function parseProfile(text: string): Profile | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (!t) return undefined;
  return (
    PROFILES.find((p) => t === p.id || t.startsWith(p.id + '(')) ??
    PROFILES.find((p) => t === p.name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()) ??
    PROFILES.find((p) => t.includes(p.id))
  );
}
