import type { RulePack } from '../rule';
import { BT_PACK } from './bt';
import { HA_PACK } from './ha';
import { NX_PACK } from './nx';
import { SH_PACK } from './sh';
import { XJ_PACK } from './xj';

/** One pack per jurisdiction; adding a jurisdiction is adding its pack here. */
export const PROFILE_PACKS: readonly RulePack[] = [XJ_PACK, SH_PACK, HA_PACK, BT_PACK, NX_PACK];
