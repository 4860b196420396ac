import type { RulePack } from '../../rule';

export const NX_PACK: RulePack = { id: 'nx', title: 'nx', rules: [] };
