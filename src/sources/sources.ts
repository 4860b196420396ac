/**
 * The five documents beian's rules come from. Findings cite a document by
 * the short title a clerk knows and the clause (SPEC §4); `beian rules`,
 * `beian profiles` and docs/rules.md also give the full title and number.
 */
export type SourceId = 'XJ' | 'HA' | 'SH' | 'BT' | 'NX';

export interface Source {
  id: SourceId;
  /** 《河南省评价机构备案工作指南》, as every finding cites it. */
  short: string;
  /** Full title with the document number, or issuer and year when it has none. */
  full: string;
  /** Where it applies, as users name it. */
  jurisdiction: string;
}

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  XJ: {
    id: 'XJ',
    short: '《新疆原X证书机构备案办理指南》',
    full: '《原由教育部门负责管理的职业教育培训评价组织备案事项办理指南》（新疆维吾尔自治区技工教育和技能人才评价中心，2026）',
    jurisdiction: '新疆维吾尔自治区',
  },
  HA: {
    id: 'HA',
    short: '《河南省评价机构备案工作指南》',
    full: '《河南省职业技能等级评价机构备案工作指南（2024年版）》，豫职评〔2024〕4号',
    jurisdiction: '河南省',
  },
  SH: {
    id: 'SH',
    short: '《上海原X证书机构备案工作指引》',
    full: '《原由教育部门负责管理的职业教育培训评价组织备案事项工作指引》，沪职鉴中心〔2026〕12号',
    jurisdiction: '上海市',
  },
  BT: {
    id: 'BT',
    short: '《兵团技能人才评价机构管理办法》',
    full: '《兵团技能人才评价机构管理办法（试行）》（新疆生产建设兵团人力资源和社会保障局，2025）',
    jurisdiction: '新疆生产建设兵团',
  },
  NX: {
    id: 'NX',
    short: '《职业教育培训评价组织遴选与监督管理办法》',
    full: '《职业教育培训评价组织遴选与监督管理办法（试行）》（国家职业教育指导咨询委员会，2020）',
    jurisdiction: '全国',
  },
};

export const SOURCE_IDS: readonly SourceId[] = ['XJ', 'HA', 'SH', 'BT', 'NX'];

/** "《河南省评价机构备案工作指南》二（八）": a document's short title and a clause of it. */
export function cite(source: SourceId, clause: string): string {
  return `${SOURCES[source].short}${clause}`;
}

/** Basis of rules that ask for clean, consistent data rather than a clause of a document. */
export const DATA_QUALITY = 'beian 数据质量检查（非文件条款）';
