import { profileById, type Profile, type ProfileId } from '../profiles/profiles';
import { SOURCE_IDS, SOURCES, type SourceId } from '../sources';

/**
 * What a rule cites. One text when it is the same for every filing; else one
 * per document, or per profile where one document has a chapter per
 * organisation type (HA 一/二/三), so that each filing cites its own
 * document's clause. `default` covers the profiles not named.
 */
export type Basis = string | BasisByProfile;
export type BasisByProfile = { readonly [key in SourceId | ProfileId | 'default']?: string };

/** The text a finding of this profile cites; '' when the basis names neither the profile, its document nor a default. */
export function resolveBasis(basis: Basis, profile: Profile): string {
  if (typeof basis === 'string') return basis;
  return basis[profile.id] ?? basis[profile.source] ?? basis.default ?? '';
}

/** Every text a basis can resolve to, the profile-specific ones first, for the catalogue. */
export function basisTexts(basis: Basis): string[] {
  if (typeof basis === 'string') return [basis];
  const order = Object.keys(basis).sort((a, b) => rank(a) - rank(b));
  return [...new Set(order.map((k) => basis[k as keyof BasisByProfile]!))];
}

function rank(key: string): number {
  if (key === 'default') return 99;
  const i = SOURCE_IDS.indexOf(key as SourceId);
  if (i >= 0) return i * 2 + 1;
  const profile = profileById(key);
  return profile ? SOURCE_IDS.indexOf(profile.source) * 2 : 98;
}

/** The sources a basis text cites, by their short titles. */
export function citedSources(text: string): SourceId[] {
  return SOURCE_IDS.filter((id) => text.includes(SOURCES[id].short));
}
