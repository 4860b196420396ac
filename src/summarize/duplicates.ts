import { DATA_QUALITY } from '../sources';
import { crossFinding, orgName, type CrossFinding } from './cross-rules';
import { isoDay } from '../model/cell';
import { orgKey } from './org-key';
import type { CheckedSubmission } from './submission';

/** One filing: an organisation and a business type. A 增量备案 never replaces the same organisation's 备案续期. */
const filingKey = (s: CheckedSubmission) => `${orgKey(s)}\u0000${s.business}`;

export interface Deduplicated {
  /** One submission per organisation and business type, in input order. */
  used: CheckedSubmission[];
  /** A superseded submission → the file used instead. */
  supersededBy: Map<CheckedSubmission, string>;
  findings: CrossFinding[];
}

/**
 * The same organisation submitted the same business more than once (a
 * resubmission): the workbook with the later 申请日期 is used (on a tie or without dates, the one given last), and
 * a finding says which. The others take no part in the cross-workbook rules
 * or the office documents, so one filing never counts as two. Two business
 * types of one organisation are two filings and both are used.
 */
export function deduplicate(checked: readonly CheckedSubmission[]): Deduplicated {
  const groups = new Map<string, CheckedSubmission[]>();
  for (const s of checked) {
    const g = groups.get(filingKey(s));
    if (g) g.push(s);
    else groups.set(filingKey(s), [s]);
  }
  const supersededBy = new Map<CheckedSubmission, string>();
  const findings: CrossFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const applied = (s: CheckedSubmission) => isoDay(s.org.applyDate)?.getTime() ?? -Infinity;
    // The group is in input order, so the last of the latest is the one given last.
    const winner = group.reduce((best, s) => (applied(s) >= applied(best) ? s : best));
    for (const s of group) if (s !== winner) supersededBy.set(s, winner.file);
    const why = group.every((s) => s === winner || applied(s) < applied(winner)) ? '申请日期较晚的' : '最后给出的';
    const list = group.map((s) => `${s.file}（申请日期 ${s.org.applyDate || '未填写'}）`).join('、');
    findings.push(crossFinding('office.duplicate-submission', 'warning', `${orgLabel(winner)}提交了 ${group.length} 份${winner.business}工作簿：${list}，汇总采用${why} ${winner.file}`, DATA_QUALITY, group));
  }
  return { used: checked.filter((s) => !supersededBy.has(s)), supersededBy, findings };
}

function orgLabel(s: CheckedSubmission): string {
  return s.org.creditCode ? `${orgName(s)}（统一社会信用代码 ${s.org.creditCode}）` : orgName(s);
}
