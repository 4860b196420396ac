import type { BusinessType, FieldDef, FieldType, SheetDef, SheetKind } from '../model/schema';
import type { SourceId } from '../sources';

export const PROFILE_IDS = [
  'xj-xcert',
  'sh-xcert',
  'ha-employer',
  'ha-social',
  'ha-school',
  'bt-employer',
  'bt-school',
  'bt-social',
  'bt-special',
  'bt-qualification',
  'nx-1x',
] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

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

const ALL: readonly BusinessType[] = ['首次备案', '增量备案', '信息变更', '备案续期', '终止备案'];

const rosterSheets: readonly SheetKind[] = ['org', 'occupations', 'staff', 'examiners', 'supervisors', 'equipment', 'questionBank', 'materials'];

/** What every filing needs; changes and terminations need only the organisation and its materials. */
function standard(extra: readonly SheetKind[] = [], renewal: readonly SheetKind[] = [...rosterSheets, ...extra, 'evaluations']) {
  return (business: BusinessType): readonly SheetKind[] => {
    if (business === '信息变更' || business === '终止备案') return ['org', 'materials'];
    if (business === '备案续期') return renewal;
    return [...rosterSheets, ...extra];
  };
}

/**
 * HA 六（三）: a renewal is the summary report and 附件4, which asks for the
 * evaluations, the examiner and supervisor counts, premises, question bank
 * and monitoring, but no staff roster.
 */
const HA_RENEWAL: readonly SheetKind[] = ['org', 'occupations', 'examiners', 'supervisors', 'equipment', 'questionBank', 'evaluations', 'materials'];

/**
 * SH 四 lists what is submitted: 附件1 (the occupations recommended), 附件2
 * (the 考核点), 附件3 (X证书 data), the application form, and the project
 * plan with two sample papers per level (the question bank). It lists no
 * roster and no equipment list, so their absence is no error; the template
 * still carries them (二（二）、二（五） ask for the people and the sites'
 * equipment) and a roster submitted empty is reported.
 */
const SH_SHEETS: readonly SheetKind[] = ['org', 'occupations', 'sites', 'xcertData', 'questionBank', 'materials'];

/** BT 第四条: 专项职业能力考核项目 are named by the 兵团人社局, with no 大典 code and no skill level. */
const SPECIAL_PROJECT: Partial<Record<SheetKind, Record<string, FieldOverride>>> = {
  occupations: {
    occupationCode: { required: false, note: '专项职业能力考核项目没有大典编码，可不填' },
    occupationName: { note: '填写兵团人社局公布的专项职业能力考核项目名称' },
    levels: { required: false, note: '专项职业能力考核不分等级，可不填' },
  },
  questionBank: { level: { required: false, note: '专项职业能力考核不分等级，可不填' } },
};

/** NX 第七条: an X证书 is named by its own 职业技能等级标准; 大典 codes are optional and its levels are 初级/中级/高级. */
const X_CERTIFICATE: Partial<Record<SheetKind, Record<string, FieldOverride>>> = {
  occupations: {
    occupationCode: { required: false, note: '对应《职业分类大典》职业的可填写，没有的可不填' },
    occupationName: { note: '填写职业技能等级证书名称' },
    levels: { type: 'xcertLevelRange', note: '初级、中级、高级，或“初级至高级”' },
    standard: { note: '填写该证书的职业技能等级标准名称及版本' },
  },
};

export const PROFILES: readonly Profile[] = [
  { id: 'xj-xcert', name: '新疆·原X证书机构', jurisdiction: '新疆维吾尔自治区', orgType: '原X证书机构', source: 'XJ', businessTypes: ['首次备案', '增量备案'], requiredSheets: standard(['xcertData']) },
  { id: 'sh-xcert', name: '上海·原X证书机构', jurisdiction: '上海市', orgType: '原X证书机构', source: 'SH', businessTypes: ['首次备案'], requiredSheets: () => SH_SHEETS },
  { id: 'ha-employer', name: '河南·用人单位', jurisdiction: '河南省', orgType: '用人单位', source: 'HA', businessTypes: ALL, requiredSheets: standard([], HA_RENEWAL) },
  { id: 'ha-social', name: '河南·社会培训评价组织', jurisdiction: '河南省', orgType: '社会培训评价组织', source: 'HA', businessTypes: ALL, requiredSheets: standard([], HA_RENEWAL) },
  { id: 'ha-school', name: '河南·院校', jurisdiction: '河南省', orgType: '院校', source: 'HA', businessTypes: ALL, requiredSheets: standard([], HA_RENEWAL) },
  { id: 'bt-employer', name: '兵团·用人单位', jurisdiction: '新疆生产建设兵团', orgType: '用人单位', source: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-school', name: '兵团·院校', jurisdiction: '新疆生产建设兵团', orgType: '院校', source: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-social', name: '兵团·社会培训评价组织', jurisdiction: '新疆生产建设兵团', orgType: '社会培训评价组织', source: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-special', name: '兵团·专项职业能力考核机构', jurisdiction: '新疆生产建设兵团', orgType: '专项职业能力考核机构', source: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']), fields: SPECIAL_PROJECT },
  { id: 'bt-qualification', name: '兵团·职业资格评价机构', jurisdiction: '新疆生产建设兵团', orgType: '职业资格评价机构', source: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  {
    id: 'nx-1x',
    name: '全国·1+X培训评价组织遴选',
    jurisdiction: '全国',
    orgType: '职业教育培训评价组织',
    source: 'NX',
    businessTypes: ['首次备案'],
    requiredSheets: () => ['org', 'occupations', 'staff', 'experts', 'xcertData', 'materials'],
    fields: X_CERTIFICATE,
  },
];

/** A sheet's fields as this profile reads them. */
export function profileFields(profile: Profile, def: SheetDef): readonly FieldDef[] {
  const overrides = profile.fields?.[def.kind];
  if (!overrides) return def.fields;
  return def.fields.map((f) => (overrides[f.key] ? { ...f, ...overrides[f.key] } : f));
}

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/**
 * Reads the profile a clerk wrote: the id itself, the Chinese name, or a
 * drop-down value such as "xj-xcert（新疆·原X证书机构）".
 */
export function parseProfile(text: string): Profile | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (!t) return undefined;
  return (
    PROFILES.find((p) => t === p.id || t.startsWith(p.id + '(')) ??
    PROFILES.find((p) => t === p.name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()) ??
    PROFILES.find((p) => t.includes(p.id))
  );
}

export function profileLabel(p: Profile): string {
  return `${p.id}（${p.name}）`;
}
