/** The document this jurisdiction's rules come from, and the ids of its profiles; nothing here imports, so every module may. */
export const SOURCE = {
  id: 'BT',
  short: '《兵团技能人才评价机构管理办法》',
  full: '《兵团技能人才评价机构管理办法（试行）》（新疆生产建设兵团人力资源和社会保障局，2025）',
  jurisdiction: '新疆生产建设兵团',
} as const;

export const PROFILE_IDS = ['bt-employer', 'bt-school', 'bt-social', 'bt-special', 'bt-qualification'] as const;
