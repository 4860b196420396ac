import { citeIn } from '../../../sources/source';
import { PROFILE_IDS, SOURCE } from '../source';

/** "{short title}{clause}" of this pack's document. */
export const bt = (clause: string): string => citeIn(SOURCE, clause);

export const PROFILES = PROFILE_IDS;

/** Conditions of 第六条 are checked when a filing is opened or extended. */
export const FILINGS = ['首次备案', '增量备案', '备案续期'] as const;
