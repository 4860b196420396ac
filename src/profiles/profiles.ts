import type { BusinessType } from '../model/schema';
import type { SheetKind } from '../model/schema';

/** The five source documents, cited in every rule's basis. */
export const SEEDS = {
  XJ: '000_e8b6f080e64034e4.txt',
  HA: '001_4e261519d659a829.txt',
  SH: '002_480c430ce9ae6e28.txt',
  BT: '003_71d018ea92e68313.txt',
  NX: '004_294d19caa7da1658.txt',
} as const;
export type SeedName = keyof typeof SEEDS;

/** Where each document lists what must be submitted and which occupations may be applied for. */
export const SEED_CLAUSES: Record<SeedName, { materials: string; occupations: string }> = {
  XJ: { materials: '五（一）', occupations: '五（一）20' },
  SH: { materials: '四', occupations: '四（一）' },
  HA: { materials: '一（八）、二（八）、三（八）', occupations: '一（六）、二（六）' },
  BT: { materials: '第六条、第八条', occupations: '第四条' },
  NX: { materials: '第十四条', occupations: '第七条' },
};

/** "000_….txt 五（一）" for a profile's document. */
export function seedBasis(seed: SeedName, clause: string): string {
  return `${SEEDS[seed]} ${clause}`;
}

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
  seed: SeedName;
  businessTypes: readonly BusinessType[];
  /** Sheets a submission of this profile must contain, per business type. */
  requiredSheets: (business: BusinessType) => readonly SheetKind[];
}

const ALL: readonly BusinessType[] = ['首次备案', '增量备案', '信息变更', '备案续期', '终止备案'];

const rosterSheets: readonly SheetKind[] = ['org', 'occupations', 'staff', 'examiners', 'supervisors', 'equipment', 'questionBank', 'materials'];

/** What every filing needs; changes and terminations need only the organisation and its materials. */
function standard(extra: readonly SheetKind[] = []) {
  return (business: BusinessType): readonly SheetKind[] => {
    if (business === '信息变更' || business === '终止备案') return ['org', 'materials'];
    if (business === '备案续期') return [...rosterSheets, 'evaluations'];
    return [...rosterSheets, ...extra];
  };
}

export const PROFILES: readonly Profile[] = [
  { id: 'xj-xcert', name: '新疆·原X证书机构', jurisdiction: '新疆维吾尔自治区', orgType: '原X证书机构', seed: 'XJ', businessTypes: ['首次备案', '增量备案'], requiredSheets: standard(['xcertData']) },
  { id: 'sh-xcert', name: '上海·原X证书机构', jurisdiction: '上海市', orgType: '原X证书机构', seed: 'SH', businessTypes: ['首次备案'], requiredSheets: () => ['org', 'occupations', 'sites', 'xcertData', 'questionBank', 'materials'] },
  { id: 'ha-employer', name: '河南·用人单位', jurisdiction: '河南省', orgType: '用人单位', seed: 'HA', businessTypes: ALL, requiredSheets: standard() },
  { id: 'ha-social', name: '河南·社会培训评价组织', jurisdiction: '河南省', orgType: '社会培训评价组织', seed: 'HA', businessTypes: ALL, requiredSheets: standard() },
  { id: 'ha-school', name: '河南·院校', jurisdiction: '河南省', orgType: '院校', seed: 'HA', businessTypes: ALL, requiredSheets: standard() },
  { id: 'bt-employer', name: '兵团·用人单位', jurisdiction: '新疆生产建设兵团', orgType: '用人单位', seed: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-school', name: '兵团·院校', jurisdiction: '新疆生产建设兵团', orgType: '院校', seed: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-social', name: '兵团·社会培训评价组织', jurisdiction: '新疆生产建设兵团', orgType: '社会培训评价组织', seed: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-special', name: '兵团·专项职业能力考核机构', jurisdiction: '新疆生产建设兵团', orgType: '专项职业能力考核机构', seed: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'bt-qualification', name: '兵团·职业资格评价机构', jurisdiction: '新疆生产建设兵团', orgType: '职业资格评价机构', seed: 'BT', businessTypes: ALL, requiredSheets: standard(['experts']) },
  { id: 'nx-1x', name: '全国·1+X培训评价组织遴选', jurisdiction: '全国', orgType: '培训评价组织', seed: 'NX', businessTypes: ['首次备案'], requiredSheets: () => ['org', 'occupations', 'staff', 'experts', 'xcertData', 'materials'] },
];

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
