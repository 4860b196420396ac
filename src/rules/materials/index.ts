import type { BusinessType } from '../../model/schema';
import type { ProfileId } from '../../profiles/profiles';
import { BT_MATERIALS } from './bt';
import { HA_MATERIALS } from './ha';
import { NX_MATERIALS } from './nx';
import { SH_MATERIALS } from './sh';
import type { Material, MaterialsTable } from './types';
import { XJ_MATERIALS } from './xj';

/** Each jurisdiction's lists live in their own module; this only joins them. */
const TABLE: MaterialsTable = { ...XJ_MATERIALS, ...SH_MATERIALS, ...HA_MATERIALS, ...BT_MATERIALS, ...NX_MATERIALS };

export function requiredMaterials(profile: ProfileId, business: BusinessType): readonly Material[] {
  return TABLE[profile]?.(business) ?? [];
}

export type { Material } from './types';
