import { seedBasis } from '../../../profiles/profiles';

/** "004_294d19caa7da1658.txt 第十条". */
export const nx = (clause: string): string => seedBasis('NX', clause);

export const PROFILES = ['nx-1x'] as const;
