import type { RulePack } from '../../rule';

export const HA_PACK: RulePack = { id: 'ha', title: 'ha', rules: [] };
