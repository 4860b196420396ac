import { cite } from '../../../sources';

/** "{short title}{clause}" of this pack's document. */
export const bt = (clause: string): string => cite('BT', clause);

export const PROFILES = ['bt-employer', 'bt-school', 'bt-social', 'bt-special', 'bt-qualification'] as const;

/** Conditions of 第六条 are checked when a filing is opened or extended. */
export const FILINGS = ['首次备案', '增量备案', '备案续期'] as const;
