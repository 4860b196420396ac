/** The document this jurisdiction's rules come from, and the ids of its profiles; nothing here imports, so every module may. */
export const SOURCE = {
  id: 'HA',
  short: '《河南省评价机构备案工作指南》',
  full: '《河南省职业技能等级评价机构备案工作指南（2024年版）》，豫职评〔2024〕4号',
  jurisdiction: '河南省',
} as const;

export const PROFILE_IDS = ['ha-employer', 'ha-social', 'ha-school'] as const;
