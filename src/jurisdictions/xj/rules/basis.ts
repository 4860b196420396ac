import { citeIn } from '../../../sources/source';
import { PROFILE_IDS, SOURCE } from '../source';

/** "{short title}{clause}" of this pack's document. */
export const xj = (clause: string): string => citeIn(SOURCE, clause);

export const PROFILES = PROFILE_IDS;
