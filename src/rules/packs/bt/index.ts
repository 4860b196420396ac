import type { RulePack } from '../../rule';

export const BT_PACK: RulePack = { id: 'bt', title: 'bt', rules: [] };
