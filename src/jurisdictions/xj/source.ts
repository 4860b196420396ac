/** The document this jurisdiction's rules come from, and the ids of its profiles; nothing here imports, so every module may. */
export const SOURCE = {
  id: 'XJ',
  short: '《新疆原X证书机构备案办理指南》',
  full: '《原由教育部门负责管理的职业教育培训评价组织备案事项办理指南》（新疆维吾尔自治区技工教育和技能人才评价中心，2026）',
  jurisdiction: '新疆维吾尔自治区',
} as const;

export const PROFILE_IDS = ['xj-xcert'] as const;
