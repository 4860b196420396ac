import type { RulePack } from '../rule';

export const GENERIC_PACK: RulePack = { id: 'generic', title: '通用检查', rules: [] };
