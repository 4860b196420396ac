import { cite } from '../../../sources';

/** "{short title}{clause}" of this pack's document. */
export const xj = (clause: string): string => cite('XJ', clause);

export const PROFILES = ['xj-xcert'] as const;
