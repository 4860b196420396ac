import { GENERIC_PACK } from './generic';
import { JURISDICTIONS } from '../jurisdictions';
import type { Rule, RulePack } from './rule';

export const PACKS: readonly RulePack[] = [GENERIC_PACK, ...JURISDICTIONS.map((j) => j.rules)];
export const ALL_RULES: readonly Rule[] = PACKS.flatMap((p) => p.rules);
