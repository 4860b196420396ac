import { GENERIC_PACK } from './generic';
import { PROFILE_PACKS } from './packs';
import type { Rule, RulePack } from './rule';

export const PACKS: readonly RulePack[] = [GENERIC_PACK, ...PROFILE_PACKS];
export const ALL_RULES: readonly Rule[] = PACKS.flatMap((p) => p.rules);
