import { seedBasis } from '../../../profiles/profiles';

/** "000_e8b6f080e64034e4.txt 五（二）2". */
export const xj = (clause: string): string => seedBasis('XJ', clause);

export const PROFILES = ['xj-xcert'] as const;
