/** The document this jurisdiction's rules come from, and the ids of its profiles; nothing here imports, so every module may. */
export const SOURCE = {
  id: 'SH',
  short: '《上海原X证书机构备案工作指引》',
  full: '《原由教育部门负责管理的职业教育培训评价组织备案事项工作指引》，沪职鉴中心〔2026〕12号',
  jurisdiction: '上海市',
} as const;

export const PROFILE_IDS = ['sh-xcert'] as const;
