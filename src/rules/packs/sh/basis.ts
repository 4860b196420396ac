import { seedBasis } from '../../../profiles/profiles';

/** "002_480c430ce9ae6e28.txt 四（六）". */
export const sh = (clause: string): string => seedBasis('SH', clause);

export const PROFILES = ['sh-xcert'] as const;
