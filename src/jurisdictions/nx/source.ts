/** The document this jurisdiction's rules come from, and the ids of its profiles; nothing here imports, so every module may. */
export const SOURCE = {
  id: 'NX',
  short: '《职业教育培训评价组织遴选与监督管理办法》',
  full: '《职业教育培训评价组织遴选与监督管理办法（试行）》（国家职业教育指导咨询委员会，2020）',
  jurisdiction: '全国',
} as const;

export const PROFILE_IDS = ['nx-1x'] as const;
