import { seedBasis } from '../../../profiles/profiles';

/** "001_4e261519d659a829.txt 二（七）1". */
export const ha = (clause: string): string => seedBasis('HA', clause);

export const PROFILES = ['ha-employer', 'ha-social', 'ha-school'] as const;
