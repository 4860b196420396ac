import type { SheetKind } from '../../model/schema';
import { ALL_BUSINESS, standard, type FieldOverride, type Profile } from '../../profiles/profile';

/** BT 第四条: 专项职业能力考核项目 are named by the 兵团人社局, with no 大典 code and no skill level. */
const SPECIAL_PROJECT: Partial<Record<SheetKind, Record<string, FieldOverride>>> = {
  occupations: {
    occupationCode: { required: false, note: '专项职业能力考核项目没有大典编码，可不填' },
    occupationName: { note: '填写兵团人社局公布的专项职业能力考核项目名称' },
    levels: { required: false, note: '专项职业能力考核不分等级，可不填' },
  },
  questionBank: { level: { required: false, note: '专项职业能力考核不分等级，可不填' } },
};

export const BT_PROFILES: readonly Profile[] = [
  { id: 'bt-employer', name: '兵团·用人单位', jurisdiction: '新疆生产建设兵团', orgType: '用人单位', source: 'BT', businessTypes: ALL_BUSINESS, requiredSheets: standard(['experts']) },
  { id: 'bt-school', name: '兵团·院校', jurisdiction: '新疆生产建设兵团', orgType: '院校', source: 'BT', businessTypes: ALL_BUSINESS, requiredSheets: standard(['experts']) },
  { id: 'bt-social', name: '兵团·社会培训评价组织', jurisdiction: '新疆生产建设兵团', orgType: '社会培训评价组织', source: 'BT', businessTypes: ALL_BUSINESS, requiredSheets: standard(['experts']) },
  { id: 'bt-special', name: '兵团·专项职业能力考核机构', jurisdiction: '新疆生产建设兵团', orgType: '专项职业能力考核机构', source: 'BT', businessTypes: ALL_BUSINESS, requiredSheets: standard(['experts']), fields: SPECIAL_PROJECT },
  { id: 'bt-qualification', name: '兵团·职业资格评价机构', jurisdiction: '新疆生产建设兵团', orgType: '职业资格评价机构', source: 'BT', businessTypes: ALL_BUSINESS, requiredSheets: standard(['experts']) },
];
