import type { RulePack } from '../../rule';

export const SH_PACK: RulePack = { id: 'sh', title: 'sh', rules: [] };
