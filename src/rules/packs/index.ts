import type { RulePack } from '../rule';

/** One pack per jurisdiction; adding a jurisdiction is adding its pack here. */
export const PROFILE_PACKS: readonly RulePack[] = [];
