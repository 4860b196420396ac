import { basisFrom, JURISDICTIONS, type Jurisdiction, type ProfileId } from '../jurisdictions';
import type { Severity } from '../model/severity';
import type { Basis } from './basis';
import { DATA_QUALITY } from '../sources';

/**
 * A rule an office's batch (`beian summarize`) applies across the workbooks
 * it received. The catalogue (`beian rules`, docs/rules.md) lists these
 * beside the workbook rules; src/summarize/cross-rules.ts and duplicates.ts
 * report under their ids, with the clauses each jurisdiction's folder gives.
 */
export interface BatchRule {
  id: string;
  title: string;
  /** The gravest severity its findings take. */
  severity: Severity;
  profiles: readonly ProfileId[] | 'all';
  basis: Basis;
}

export const BATCH_PACK = { id: 'office', title: '跨工作簿检查（主管部门批量汇总）' } as const;

/** The profiles of the documents that give a batch clause. */
const profilesWith = (pick: (j: Jurisdiction) => unknown): ProfileId[] => JURISDICTIONS.filter(pick).flatMap((j) => j.profiles.map((p) => p.id));

const caps = (): BatchRule[] =>
  JURISDICTIONS.flatMap((j) => {
    const cap = j.batch?.cap;
    return cap ? [{ id: cap.rule, title: `每个${cap.area}同一职业的社会培训评价组织原则上不超过 ${cap.cap} 家`, severity: 'warning' as const, profiles: [cap.profile], basis: cap.basis }] : [];
  });

/** Built when asked, not at load: the catalogue, the forms and the jurisdictions import one another. */
export const batchRules = (): readonly BatchRule[] => [
  { id: 'office.duplicate-submission', title: '同一机构提交了多份工作簿（汇总采用申请日期较晚的一份）', severity: 'warning', profiles: 'all', basis: DATA_QUALITY },
  { id: 'office.duplicate-filing-no', title: '不同机构填写了相同的评价机构备案号', severity: 'error', profiles: 'all', basis: DATA_QUALITY },
  { id: 'office.shared-person', title: '同一人员在多个机构的考评、专家或督导名册中', severity: 'warning', profiles: 'all', basis: { ...basisFrom((j) => j.batch?.lending), default: DATA_QUALITY } },
  ...caps(),
  { id: 'office.renewal-due', title: '备案即将到期应申请续期（已到期的为错误）', severity: 'error', profiles: profilesWith((j) => j.batch?.renewal), basis: basisFrom((j) => j.batch?.renewal?.basis) },
  { id: 'office.inactive', title: '备案后一年以上未开展评价工作', severity: 'warning', profiles: profilesWith((j) => j.batch?.inactivity), basis: basisFrom((j) => j.batch?.inactivity) },
  {
    id: 'office.activity-unknown',
    title: '工作簿未填报（或未填全）备案期评价情况，无法判断是否一年以上未开展评价工作',
    severity: 'info',
    profiles: profilesWith((j) => j.batch?.inactivity),
    basis: basisFrom((j) => j.batch?.inactivity),
  },
];
