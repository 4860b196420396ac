import { seedBasis } from '../../../profiles/profiles';

/** "003_71d018ea92e68313.txt 第六条（二）". */
export const bt = (clause: string): string => seedBasis('BT', clause);

export const PROFILES = ['bt-employer', 'bt-school', 'bt-social', 'bt-special', 'bt-qualification'] as const;

/** Conditions of 第六条 are checked when a filing is opened or extended. */
export const FILINGS = ['首次备案', '增量备案', '备案续期'] as const;
