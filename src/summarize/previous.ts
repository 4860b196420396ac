import { maskId } from '../validate/gb11643-id';
import type { Batch } from './batch';
import { occupationNameKey } from '../model/occupation-key';
import { givesEvaluations, occupationIdentity } from './occupations';
import { orgKey } from './org-key';
import type { CheckedSubmission } from './submission';
import type { EarlierBatch, EarlierFiling } from './earlier';
import { countInto, emptyTally, rowTotals, type EvaluationTally } from './tally';

/**
 * One occupation or 地市/师市: last year's batch beside this year's. A
 * year's organisations are those with a filing that applies for the
 * occupation or reports evaluations in it (by 地市/师市: filed there); a
 * year that had none has an empty tally.
 */
export interface YearOnYear {
  name: string;
  previous: EvaluationTally;
  current: EvaluationTally;
}

/** An organisation in both batches, and what changed in its scope and teams. */
export interface OrgYearChange {
  org: string;
  creditCode: string;
  city: string;
  /** Occupations (工种) applied for this year and not last year, and the reverse; matched by 大典 code, so a rename is neither. */
  occupationsAdded: string[];
  occupationsDropped: string[];
  /** Examiners, experts and supervisors by ID number (shown masked): joined this year, left since last year. */
  peopleJoined: string[];
  peopleLeft: string[];
}

/** An organisation's changes as a clerk reads them: what changed and the names, only the kinds that did. */
export function orgChangeLists(o: OrgYearChange): { what: string; names: string[] }[] {
  return [
    { what: '新增职业（工种）', names: o.occupationsAdded },
    { what: '不再申报的职业（工种）', names: o.occupationsDropped },
    { what: '新加入的人员', names: o.peopleJoined },
    { what: '离开的人员', names: o.peopleLeft },
  ].filter((c) => c.names.length);
}

/** An organisation one of the two batches has and the other does not; `business` is that of its filings in the batch that has it. */
export type OrgPresence = Pick<EarlierFiling, 'org' | 'creditCode' | 'city' | 'filingNo' | 'validTo' | 'business'>;

/**
 * This year's batch against an earlier one (`summarize --previous`): plain
 * data the results workbook, the office report and its charts all read.
 */
export interface PreviousComparison {
  /** The day the earlier batch was checked on (yyyy-mm-dd). */
  asOf: string;
  totals: { previous: EvaluationTally; current: EvaluationTally };
  byOccupation: YearOnYear[];
  /** By 地市/师市 (未填报 where a filing names none). */
  byCity: YearOnYear[];
  /** Organisations in both batches whose occupations or teams changed. */
  orgs: OrgYearChange[];
  /** In the earlier batch, with no filing in this one (an earlier 终止备案 is expected to be gone and is not listed). */
  disappeared: OrgPresence[];
  /** In this batch, not in the earlier one. */
  appeared: OrgPresence[];
}

/** What a year's tally needs of a filing, from this batch or the earlier one. */
interface Counted {
  key: string;
  city: string;
  /** Whether the filing gives evaluation data: without it, its zeros are unknowns and are not counted as figures. */
  reported: boolean;
  occupations: { name: string; code: string }[];
  /** A figure null where the row leaves it blank. */
  evaluations: { occupation: string; code: string; assessed: number | null; certified: number | null }[];
}

const NO_CITY = '未填报';

type Figures = { assessed: number | null; certified: number | null };
type Share = { key: string; name: string } & Figures;

/** An organisation's figures count where its filing gives evaluation data and none of its rows for the key leaves one blank. */
function tallies(filings: readonly Counted[], keyOf: (f: Counted) => Share[]) {
  const m = new Map<string, { name: string; orgs: Map<string, { reported: boolean; rows: Figures[] }> }>();
  for (const f of filings) {
    for (const x of keyOf(f)) {
      const e = m.get(x.key) ?? { name: x.name, orgs: new Map<string, { reported: boolean; rows: Figures[] }>() };
      const org = e.orgs.get(f.key) ?? { reported: false, rows: [] };
      org.reported ||= f.reported;
      org.rows.push(x);
      e.orgs.set(f.key, org);
      m.set(x.key, e);
    }
  }
  return new Map(
    [...m].map(([k, e]) => {
      const tally = emptyTally();
      for (const org of e.orgs.values()) countInto(tally, org.reported, org.rows);
      return [k, { name: e.name, tally }] as const;
    }),
  );
}

function byOccupation(f: Counted): Share[] {
  // An evaluation row naming its occupation without a code takes the code its filing applied for it under (维修电工 → 6-31-01-03).
  const codeOf = new Map(f.occupations.filter((o) => o.code).map((o) => [occupationNameKey(o.name), o.code]));
  return [
    ...f.occupations.map((o) => ({ key: occupationIdentity(o.name, o.code), name: o.name, assessed: 0, certified: 0 })),
    ...f.evaluations
      .filter((e) => e.occupation || e.code)
      .map((e) => ({
        key: occupationIdentity(e.occupation, e.code || (codeOf.get(occupationNameKey(e.occupation)) ?? '')),
        name: e.occupation || e.code,
        assessed: e.assessed,
        certified: e.certified,
      })),
  ];
}

const byCity = (f: Counted): Share[] => [{ key: f.city || NO_CITY, name: f.city || NO_CITY, ...rowTotals(f.evaluations) }];

/** Rows for both years, this year's names and order first, then what only last year had. */
function yearOnYear(previous: readonly Counted[], current: readonly Counted[], keyOf: (f: Counted) => Share[]): YearOnYear[] {
  const before = tallies(previous, keyOf);
  const now = tallies(current, keyOf);
  const rows: YearOnYear[] = [...now].map(([k, e]) => ({ name: e.name, previous: before.get(k)?.tally ?? emptyTally(), current: e.tally }));
  for (const [k, e] of before) if (!now.has(k)) rows.push({ name: e.name, previous: e.tally, current: emptyTally() });
  return rows;
}

const total = (filings: readonly Counted[]): EvaluationTally => tallies(filings, (f) => [{ key: '', name: '', ...rowTotals(f.evaluations) }]).get('')?.tally ?? emptyTally();

const counted = (s: CheckedSubmission): Counted => ({ key: orgKey(s), city: s.org.city, reported: givesEvaluations(s), occupations: s.applied, evaluations: s.evaluations });
// An earlier JSON without evaluations, or with none for a filing, cannot tell "nobody evaluated" from "not given": not given.
const countedEarlier = (f: EarlierFiling): Counted => ({ key: f.key, city: f.city, reported: Boolean(f.evaluations?.length), occupations: f.occupations ?? [], evaluations: f.evaluations ?? [] });

/** The first of the list that differs from all the others, by key, with its label. */
function only<T>(list: readonly T[], others: readonly T[], key: (x: T) => string, label: (x: T) => string): string[] {
  const seen = new Set(others.map(key));
  const out = new Map<string, string>();
  for (const x of list) if (!seen.has(key(x)) && !out.has(key(x))) out.set(key(x), label(x));
  return [...out.values()];
}

const personLabel = (p: { name: string; id: string }) => (p.id ? `${p.name}（${p.id}）` : p.name);

function orgChange(now: readonly CheckedSubmission[], before: readonly EarlierFiling[]): OrgYearChange | undefined {
  const s = now[0];
  const occNow = now.flatMap((x) => x.applied);
  const occBefore = before.flatMap((x) => x.occupations ?? []);
  const occ = (o: { name: string; code: string }) => occupationIdentity(o.name, o.code);
  // A filing without a list (a 信息变更 of contacts, an earlier batch's JSON without it) says nothing of what was dropped.
  const compareOcc = occNow.length > 0 && occBefore.length > 0;
  const pNow = now.flatMap((x) => x.people.map((p) => ({ name: p.name, id: maskId(p.id) })));
  const pBefore = before.flatMap((x) => x.people ?? []);
  const comparePeople = pNow.length > 0 && pBefore.length > 0;
  const change: OrgYearChange = {
    org: s.org.name || before[0].org,
    creditCode: s.org.creditCode || before[0].creditCode,
    city: s.org.city || before[0].city,
    occupationsAdded: compareOcc ? only(occNow, occBefore, occ, (o) => o.name || o.code) : [],
    occupationsDropped: compareOcc ? only(occBefore, occNow, occ, (o) => o.name || o.code) : [],
    peopleJoined: comparePeople ? only(pNow, pBefore, (p) => p.id, personLabel) : [],
    peopleLeft: comparePeople ? only(pBefore, pNow, (p) => p.id, personLabel) : [],
  };
  const any = change.occupationsAdded.length + change.occupationsDropped.length + change.peopleJoined.length + change.peopleLeft.length;
  return any ? change : undefined;
}

function group<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** This year's batch against the earlier batch an office kept the JSON of. */
export function comparePrevious(batch: Batch, earlier: EarlierBatch): PreviousComparison {
  const now = group(batch.used, orgKey);
  const before = group(earlier.filings, (f) => f.key);
  const orgs: OrgYearChange[] = [];
  const appeared: OrgPresence[] = [];
  for (const [key, subs] of now) {
    const was = before.get(key);
    if (!was) {
      const s = subs[0];
      appeared.push({ org: s.org.name || s.file, creditCode: s.org.creditCode, city: s.org.city, filingNo: s.org.filingNo, validTo: s.org.validTo, business: subs.map((x) => x.business).join('、') });
      continue;
    }
    const c = orgChange(subs, was);
    if (c) orgs.push(c);
  }
  const disappeared: OrgPresence[] = [];
  for (const [key, was] of before) {
    if (now.has(key) || was.every((f) => f.business === '终止备案')) continue;
    const f = was[0];
    disappeared.push({ org: f.org, creditCode: f.creditCode, city: f.city, filingNo: f.filingNo, validTo: f.validTo, business: was.map((x) => x.business).join('、') });
  }
  const previous = earlier.filings.map(countedEarlier);
  const current = batch.used.map(counted);
  return {
    asOf: earlier.asOf,
    totals: { previous: total(previous), current: total(current) },
    byOccupation: yearOnYear(previous, current, byOccupation),
    byCity: yearOnYear(previous, current, byCity),
    orgs,
    disappeared,
    appeared,
  };
}
