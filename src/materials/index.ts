import type { BusinessType } from '../model/schema';
import type { Profile, ProfileId } from '../profiles/profiles';
import { cite } from '../sources';
import { BasisByProfile, resolveBasis } from '../rules/basis';
import { JURISDICTIONS } from '../jurisdictions';
import type { Material, MaterialsTable } from './types';

/** Each jurisdiction's lists live in their own module; this only joins them. */
const TABLE: MaterialsTable = Object.assign({}, ...JURISDICTIONS.map((j) => j.materials));

export function requiredMaterials(profile: ProfileId, business: BusinessType): readonly Material[] {
  return TABLE[profile]?.(business) ?? [];
}

/**
 * Where each document says what a filing consists of, for findings about the
 * materials and sheets as a whole. BT and NX have no list: their conditions
 * (BT 第六条, NX 第六条至第十条) say what the evidence must show.
 */
export const MATERIALS_BASIS: BasisByProfile = {
  XJ: cite('XJ', '五（一）'),
  SH: cite('SH', '四'),
  'ha-employer': cite('HA', '一（八）'),
  'ha-social': cite('HA', '二（八）'),
  'ha-school': cite('HA', '三（八）'),
  BT: cite('BT', '第六条'),
  NX: cite('NX', '第六条至第十条'),
};

/** HA and BT list other materials for the later business types. */
const BY_BUSINESS: Partial<Record<string, Partial<Record<BusinessType, string>>>> = {
  HA: { 信息变更: cite('HA', '四（三）'), 增量备案: cite('HA', '五（三）'), 备案续期: cite('HA', '六（三）'), 终止备案: cite('HA', '七（三）') },
  BT: { 信息变更: cite('BT', '第十八条（一）、第十八条（二）'), 备案续期: cite('BT', '第十条'), 终止备案: cite('BT', '第十八条（五）') },
};

/** The clause that says what this filing consists of. */
export function materialsBasis(profile: Profile, business: BusinessType): string {
  return BY_BUSINESS[profile.source]?.[business] ?? resolveBasis(MATERIALS_BASIS, profile);
}

export type { Material } from './types';
