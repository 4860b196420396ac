import type { Basis, BasisByProfile } from '../rules/basis';
import type { Jurisdiction } from './jurisdiction';
import { BT } from './bt';
import type * as bt from './bt/source';
import { HA } from './ha';
import type * as ha from './ha/source';
import { NX } from './nx';
import type * as nx from './nx/source';
import { SH } from './sh';
import type * as sh from './sh/source';
import { XJ } from './xj';
import type * as xj from './xj/source';

/**
 * Every jurisdiction beian checks, in the order catalogues list them. Adding
 * one is adding its folder and its two lines here; nothing else names it.
 */
export const JURISDICTIONS: readonly Jurisdiction[] = [XJ, SH, HA, BT, NX];

type Sources = typeof xj | typeof sh | typeof ha | typeof bt | typeof nx;
export type SourceId = Sources['SOURCE']['id'];
export type ProfileId = Sources['PROFILE_IDS'][number];

/** The jurisdiction whose document a profile follows. */
export function jurisdictionOf(profile: { source: SourceId }): Jurisdiction {
  return JURISDICTIONS.find((j) => j.source.id === profile.source)!;
}

/** One basis gathered from every jurisdiction, each citing its own document (or its profiles' chapters). */
export function basisFrom(pick: (j: Jurisdiction) => Basis | undefined): BasisByProfile {
  const out: { [key: string]: string } = {};
  for (const j of JURISDICTIONS) {
    const basis = pick(j);
    if (typeof basis === 'string') out[j.source.id] = basis;
    else if (basis) Object.assign(out, basis);
  }
  return out;
}

export type { Jurisdiction, BatchRules } from './jurisdiction';
