import type { SheetKind } from '../../model/schema';
import type { FieldOverride, Profile } from '../../profiles/profile';

/** NX 第七条: an X证书 is named by its own 职业技能等级标准; 大典 codes are optional and its levels are 初级/中级/高级. */
const X_CERTIFICATE: Partial<Record<SheetKind, Record<string, FieldOverride>>> = {
  occupations: {
    occupationCode: { required: false, note: '对应《职业分类大典》职业的可填写，没有的可不填' },
    occupationName: { note: '填写职业技能等级证书名称' },
    levels: { type: 'xcertLevelRange', note: '初级、中级、高级，或“初级至高级”' },
    standard: { note: '填写该证书的职业技能等级标准名称及版本' },
  },
};

export const NX_PROFILES: readonly Profile[] = [
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
