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

export type { Jurisdiction } from './jurisdiction';
