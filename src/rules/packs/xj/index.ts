import type { RulePack } from '../../rule';

export const XJ_PACK: RulePack = { id: 'xj', title: 'xj', rules: [] };
