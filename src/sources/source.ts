import type { SourceId } from '../jurisdictions';

/**
 * A document beian's rules come from. Findings cite it by the short title a
 * clerk knows and the clause; `beian rules`, `beian profiles` and
 * docs/rules.md also give the full title and number.
 */
export interface Source {
  id: SourceId;
  /** 《河南省评价机构备案工作指南》, as every finding cites it. */
  short: string;
  /** Full title with the document number, or issuer and year when it has none. */
  full: string;
  /** Where it applies, as users name it. */
  jurisdiction: string;
}

/** "《河南省评价机构备案工作指南》二（八）": a document's short title and a clause of it. */
export function citeIn(source: Pick<Source, 'short'>, clause: string): string {
  return `${source.short}${clause}`;
}

/** The national catalogue of occupations, cited where a document relies on it without restating it. */
export const DADIAN = '《中华人民共和国职业分类大典（2022年版）》';

/** Basis of rules that ask for clean, consistent data rather than a clause of a document. */
export const DATA_QUALITY = '数据一致性核对（非文件条款）';
