import { cite } from '../../../sources';

/** "{short title}{clause}" of this pack's document. */
export const nx = (clause: string): string => cite('NX', clause);

export const PROFILES = ['nx-1x'] as const;
