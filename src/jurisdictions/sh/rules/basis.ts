import { cite } from '../../../sources';

/** "{short title}{clause}" of this pack's document. */
export const sh = (clause: string): string => cite('SH', clause);

export const PROFILES = ['sh-xcert'] as const;
