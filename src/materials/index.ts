import type { BusinessType } from '../model/schema';
import type { Profile, ProfileId } from '../profiles/profiles';
import { BasisByProfile, resolveBasis } from '../rules/basis';
import { basisFrom, JURISDICTIONS, jurisdictionOf } from '../jurisdictions';
import type { Material, MaterialsTable } from './types';

/** Each jurisdiction's lists live in their own module; this only joins them. */
const TABLE: MaterialsTable = Object.assign({}, ...JURISDICTIONS.map((j) => j.materials));

export function requiredMaterials(profile: ProfileId, business: BusinessType): readonly Material[] {
  return TABLE[profile]?.(business) ?? [];
}

/** Where each document says what a filing consists of, for findings about the materials and sheets as a whole. */
export const MATERIALS_BASIS: BasisByProfile = basisFrom((j) => j.materialsBasis);

/** The clause that says what this filing consists of. */
export function materialsBasis(profile: Profile, business: BusinessType): string {
  return jurisdictionOf(profile).materialsBasisByBusiness?.[business] ?? resolveBasis(MATERIALS_BASIS, profile);
}

export type { Material } from './types';
