import type { BusinessType, FieldDef, FieldType, SheetDef, SheetKind } from '../model/schema';
import type { ProfileId, SourceId } from '../jurisdictions';

export interface Profile {
  id: ProfileId;
  /** Chinese name shown to users. */
  name: string;
  jurisdiction: string;
  orgType: string;
  /** The document its rules come from. */
  source: SourceId;
  businessTypes: readonly BusinessType[];
  /** Sheets a submission of this profile must contain, per business type. */
  requiredSheets: (business: BusinessType) => readonly SheetKind[];
  /** Where the profile's document asks for a field differently from the common layout. */
  fields?: Partial<Record<SheetKind, Readonly<Record<string, FieldOverride>>>>;
}

/** A field as one profile reads it: e.g. 专项职业能力考核项目 have no 大典 code and no skill level. */
export interface FieldOverride {
  required?: boolean;
  type?: FieldType;
  note?: string;
}

export const ALL_BUSINESS: readonly BusinessType[] = ['首次备案', '增量备案', '信息变更', '备案续期', '终止备案'];

export const ROSTER_SHEETS: readonly SheetKind[] = ['org', 'occupations', 'staff', 'examiners', 'supervisors', 'equipment', 'questionBank', 'materials'];

/** What every filing needs; changes and terminations need only the organisation and its materials. */
export function standard(extra: readonly SheetKind[] = [], renewal: readonly SheetKind[] = [...ROSTER_SHEETS, ...extra, 'evaluations']) {
  return (business: BusinessType): readonly SheetKind[] => {
    if (business === '信息变更' || business === '终止备案') return ['org', 'materials'];
    if (business === '备案续期') return renewal;
    return [...ROSTER_SHEETS, ...extra];
  };
}

/** A sheet's fields as this profile reads them. */
export function profileFields(profile: Profile, def: SheetDef): readonly FieldDef[] {
  const overrides = profile.fields?.[def.kind];
  if (!overrides) return def.fields;
  return def.fields.map((f) => (overrides[f.key] ? { ...f, ...overrides[f.key] } : f));
}

export function profileLabel(p: Profile): string {
  return `${p.id}（${p.name}）`;
}
