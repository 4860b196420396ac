import type { RulePack } from '../rule';
import { BT_PACK } from '../../jurisdictions/bt/rules';
import { HA_PACK } from '../../jurisdictions/ha/rules';
import { NX_PACK } from '../../jurisdictions/nx/rules';
import { SH_PACK } from '../../jurisdictions/sh/rules';
import { XJ_PACK } from '../../jurisdictions/xj/rules';

/** One pack per jurisdiction; adding a jurisdiction is adding its pack here. */
export const PROFILE_PACKS: readonly RulePack[] = [XJ_PACK, SH_PACK, HA_PACK, BT_PACK, NX_PACK];
