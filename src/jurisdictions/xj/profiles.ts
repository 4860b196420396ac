import { standard, type Profile } from '../../profiles/profile';

export const XJ_PROFILES: readonly Profile[] = [
  { id: 'xj-xcert', name: '新疆·原X证书机构', jurisdiction: '新疆维吾尔自治区', orgType: '原X证书机构', source: 'XJ', businessTypes: ['首次备案', '增量备案'], requiredSheets: standard(['xcertData']) },
];
