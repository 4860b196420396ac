import type { Severity } from '../model/severity';
import { PROFILES, type ProfileId } from '../profiles/profiles';
import type { Basis } from '../rules/basis';
import { cite, DATA_QUALITY, type SourceId } from '../sources';

/**
 * A rule an office's batch (`beian summarize`) applies across the workbooks
 * it received. The catalogue (`beian rules`, docs/rules.md) lists these
 * beside the workbook rules; src/summarize/cross-rules.ts and duplicates.ts
 * report under their ids.
 */
export interface OfficeRule {
  id: string;
  title: string;
  /** The gravest severity its findings take. */
  severity: Severity;
  profiles: readonly ProfileId[] | 'all';
  basis: Basis;
}

const of = (...sources: SourceId[]): ProfileId[] => PROFILES.filter((p) => sources.includes(p.source)).map((p) => p.id);

export const OFFICE_PACK = { id: 'office', title: '跨工作簿检查（主管部门批量汇总）' } as const;

export const OFFICE_RULES: readonly OfficeRule[] = [
  { id: 'office.duplicate-submission', title: '同一机构提交了多份工作簿（汇总采用申请日期较晚的一份）', severity: 'warning', profiles: 'all', basis: DATA_QUALITY },
  { id: 'office.duplicate-filing-no', title: '不同机构填写了相同的评价机构备案号', severity: 'error', profiles: 'all', basis: DATA_QUALITY },
  {
    id: 'office.shared-person',
    title: '同一人员在多个机构的考评、专家或督导名册中',
    severity: 'warning',
    profiles: 'all',
    basis: { BT: cite('BT', '第十九条（二）1'), default: DATA_QUALITY },
  },
  { id: 'office.ha-social-cap', title: '辖区内同一职业的社会培训评价组织原则上不超过 3 家', severity: 'warning', profiles: ['ha-social'], basis: cite('HA', '二（四）') },
  { id: 'office.bt-social-cap', title: '每个师市同一职业的社会培训评价组织原则上不超过 1 家', severity: 'warning', profiles: ['bt-social'], basis: cite('BT', '第七条（二）4') },
  {
    id: 'office.renewal-due',
    title: '备案即将到期应申请续期（已到期的为错误）',
    severity: 'error',
    profiles: of('HA', 'BT'),
    basis: { HA: cite('HA', '六（四）1'), BT: cite('BT', '第十条、第十九条（一）1') },
  },
  { id: 'office.inactive', title: '备案后一年以上未开展评价工作', severity: 'warning', profiles: of('BT'), basis: cite('BT', '第十九条（一）2') },
];
