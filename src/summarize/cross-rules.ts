import { isoDate, isoDay } from '../model/cell';
import type { Severity } from '../model/severity';
import { profileById } from '../profiles/profiles';
import { jurisdictionOf, JURISDICTIONS, type BatchRules } from '../jurisdictions';
import { DATA_QUALITY } from '../sources';
import { occupationNameKey } from '../model/occupation-key';
import { orgCount, orgKey } from './org-key';
import type { CheckedSubmission, RosterPerson } from './submission';

/** A finding that only shows across the workbooks an office received. */
export interface CrossFinding {
  rule: string;
  severity: Severity;
  message: string;
  basis: string;
  /** Every workbook involved. */
  files: string[];
  /** Every organisation involved, by name. */
  orgs: string[];
  /** The person a roster finding is about. */
  person?: RosterPerson;
}

export const orgName = (s: CheckedSubmission): string => s.org.name || s.file;

/** The batch rules of the document a submission follows. */
const batchRulesOf = (s: CheckedSubmission): BatchRules | undefined => {
  const profile = profileById(s.profile);
  return profile && jurisdictionOf(profile).batch;
};

/** A cross-workbook finding naming every file and organisation involved. */
export function crossFinding(rule: string, severity: Severity, message: string, basis: string, subs: Iterable<CheckedSubmission>, person?: RosterPerson): CrossFinding {
  const list = [...subs];
  return { rule, severity, message, basis, files: list.map((s) => s.file), orgs: [...new Set(list.map(orgName))], ...(person ? { person } : {}) };
}

/** The same examiner, expert or supervisor on several organisations' rosters: a sign of 租借资质. */
function sharedPeople(used: readonly CheckedSubmission[]): CrossFinding[] {
  const seen = new Map<string, { person: RosterPerson; subs: Set<CheckedSubmission> }>();
  for (const s of used) {
    for (const p of s.people) {
      const e = seen.get(p.id) ?? { person: p, subs: new Set<CheckedSubmission>() };
      e.subs.add(s);
      seen.set(p.id, e);
    }
  }
  return [...seen.values()]
    .filter((e) => orgCount(e.subs) > 1)
    .map((e) => {
      // Where every roster's document names lending one's filing (租借备案资质) as a ground for termination (BT), it is suspected; elsewhere a fact to verify.
      const lending = [...new Set([...e.subs].map((s) => batchRulesOf(s)?.lending))];
      const basis = lending.length === 1 ? lending[0] : undefined;
      return crossFinding(
        'office.shared-person',
        'warning',
        `${e.person.name || '同一人员'}（身份证件号 ${e.person.id}）同时在 ${[...new Set([...e.subs].map(orgName))].join('、')} 的考评、专家或督导名册中，${basis ? '疑似租借备案资质' : '请核实其受聘情况'}`,
        basis ?? DATA_QUALITY,
        e.subs,
        e.person,
      );
    });
}

/** Social organisations per occupation and city above a cap (HA ≤ 3 per jurisdiction, BT ≤ 1 per 师市; both 原则上). */
function caps(used: readonly CheckedSubmission[]): CrossFinding[] {
  const rules = JURISDICTIONS.flatMap((j) => (j.batch?.cap ? [j.batch.cap] : []));
  const out: CrossFinding[] = [];
  for (const r of rules) {
    const groups = new Map<string, { city: string; occupation: string; subs: Set<CheckedSubmission> }>();
    for (const s of used) {
      if (s.profile !== r.profile || s.business === '终止备案') continue;
      for (const occupation of s.occupations) {
        const key = `${s.org.city}\u0000${occupationNameKey(occupation)}`;
        const g = groups.get(key) ?? { city: s.org.city, occupation, subs: new Set<CheckedSubmission>() };
        g.subs.add(s);
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const orgs = orgCount(g.subs);
      if (orgs <= r.cap) continue;
      const names = [...new Set([...g.subs].map(orgName))].join('、');
      out.push(
        crossFinding(r.rule, 'warning', `${g.city || '同一' + r.area}“${g.occupation}”有 ${orgs} 家社会培训评价组织（${names}），原则上不超过 ${r.cap} 家`, r.basis, g.subs),
      );
    }
  }
  return out;
}

const DAY = 86400000;

/** Days from the office's day to the end of the filing; undefined when 备案有效期止 is no date. */
export function daysLeft(s: CheckedSubmission, asOf: Date): number | undefined {
  const until = isoDay(s.org.validTo);
  return until && Math.round((until.getTime() - asOf.getTime()) / DAY);
}

/**
 * Filings that expire soon or have expired (HA: apply 60 days ahead; BT: 3
 * months ahead, else automatic termination), once per organisation. An
 * organisation whose 备案续期 arrived has applied: only a period already
 * over is told (its own check judges how early it applied).
 */
function renewalsDue(used: readonly CheckedSubmission[], asOf: Date): CrossFinding[] {
  const byOrg = new Map<string, CheckedSubmission>();
  for (const s of used) {
    if (s.business === '终止备案') continue;
    const first = byOrg.get(orgKey(s));
    if (!first || (s.business === '备案续期' && first.business !== '备案续期')) byOrg.set(orgKey(s), s);
  }
  const out: CrossFinding[] = [];
  for (const s of byOrg.values()) {
    const renewal = batchRulesOf(s)?.renewal;
    const days = daysLeft(s, asOf);
    if (!renewal || days === undefined) continue;
    if (days > renewal.days || (s.business === '备案续期' && days >= 0)) continue;
    const message =
      days < 0
        ? `${orgName(s)} 的备案已于 ${s.org.validTo} 到期`
        : `${orgName(s)} 的备案将于 ${s.org.validTo} 到期（剩 ${days} 天），应在到期前 ${renewal.ahead}申请续期`;
    out.push(crossFinding('office.renewal-due', days < 0 ? 'error' : 'warning', message, renewal.basis, [s]));
  }
  return out;
}

/** Where a filing stands on BT 第十九条（一）2, from what its 备案期评价情况 gives. */
type Activity = { inactive: string } | { unknown: string } | null;

/**
 * BT 第十九条（一）2: an organisation that has not evaluated for over a year
 * without good reason loses its filing after a public notice. Measured to
 * the office's day from 最近评价日期, or from 备案有效期起 when every row
 * gives 0 evaluations. A workbook that gives no evaluation rows, a blank
 * 评价人次 or evaluations without a date says nothing of the last year: the
 * office asks, and never reads it as a year without evaluation.
 */
function activity(s: CheckedSubmission, asOf: Date, yearAgo: Date): Activity {
  const since = isoDay(s.org.validFrom);
  // A filing younger than a year cannot have gone a year without evaluating: nothing to ask either.
  const young = Boolean(since && since >= yearAgo);
  const ask = (what: string): Activity => (young ? null : { unknown: `${orgName(s)} ${what}，无法判断是否一年以上未开展评价工作，请向机构核实` });
  if (!s.evaluations.length) {
    const expected = profileById(s.profile)?.requiredSheets(s.business).includes('evaluations');
    return expected ? ask('的工作簿未填报备案期评价情况') : null;
  }
  const latest = s.evaluations.flatMap((e) => (e.lastEvaluation ? [e.lastEvaluation] : [])).sort().at(-1);
  if (latest && isoDay(latest)! >= yearAgo) return null;
  // Rows without a date that give evaluations, or no count at all, may be later than the latest date given.
  const undated = s.evaluations.filter((e) => e.lastEvaluation === null && e.assessed !== 0);
  if (undated.some((e) => e.assessed === null)) return ask('的备案期评价情况有未填写的评价人次');
  if (undated.length) return ask('的备案期评价情况有评价人次而未填写最近评价日期');
  if (latest) return { inactive: `${orgName(s)} 最近一次评价为 ${latest}，至 ${isoDate(asOf)} 已一年以上未开展评价工作` };
  // Every row gives 0 evaluations and no date: none in the period.
  return since && !young ? { inactive: `${orgName(s)} 自 ${s.org.validFrom} 备案以来未开展评价工作，至 ${isoDate(asOf)} 已超过一年` } : null;
}

/** BT 第十九条（一）2 over the filings an office received: inactive ones to list for the 公示 (a warning: the office judges the reason), unknown ones to ask. */
function inactivity(used: readonly CheckedSubmission[], asOf: Date): CrossFinding[] {
  const yearAgo = new Date(Date.UTC(asOf.getUTCFullYear() - 1, asOf.getUTCMonth(), asOf.getUTCDate()));
  const out: CrossFinding[] = [];
  for (const s of used) {
    const basis = batchRulesOf(s)?.inactivity;
    if (!basis || s.business === '终止备案') continue;
    const a = activity(s, asOf, yearAgo);
    if (a && 'inactive' in a) out.push(crossFinding('office.inactive', 'warning', a.inactive, basis, [s]));
    else if (a) out.push(crossFinding('office.activity-unknown', 'info', a.unknown, basis, [s]));
  }
  return out;
}

/**
 * One 评价机构备案号 belongs to one organisation: two organisations (after
 * duplicates are set aside) giving the same number means at least one of
 * them wrote another's, or uses a filing not its own. One organisation's
 * 备案续期 and 增量备案 rightly give the same number.
 */
function duplicateFilingNumbers(used: readonly CheckedSubmission[]): CrossFinding[] {
  const groups = new Map<string, CheckedSubmission[]>();
  for (const s of used) {
    const no = s.org.filingNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    if (!no) continue;
    groups.set(no, [...(groups.get(no) ?? []), s]);
  }
  return [...groups.entries()]
    .filter(([, subs]) => orgCount(subs) > 1)
    .map(([no, subs]) =>
      crossFinding('office.duplicate-filing-no', 'error', `${[...new Set(subs.map(orgName))].join('、')} 填写了相同的评价机构备案号 ${no}；备案号一个机构一个，请核实各自的备案回执`, DATA_QUALITY, subs),
    );
}

/** Every cross-workbook rule over the submissions an office uses (one per organisation). */
export function crossWorkbookFindings(used: readonly CheckedSubmission[], asOf: Date): CrossFinding[] {
  return [...duplicateFilingNumbers(used), ...sharedPeople(used), ...caps(used), ...renewalsDue(used, asOf), ...inactivity(used, asOf)];
}
