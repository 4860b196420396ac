import { isoDay } from '../model/cell';
import { JURISDICTIONS, jurisdictionOf, type BatchRules } from '../jurisdictions';
import { placeOfAddress, placeOfCreditCode, type Place } from '../places';
import { profileById } from '../profiles/profiles';
import type { SourceId } from '../sources';
import type { CheckedSubmission, Submission } from './submission';
import type { RegisterRow } from './register';

/** A register row whose renewal the office has not received: due within the window, or past its end. */
export interface UnfiledOrg {
  row: RegisterRow;
  status: 'due' | 'lapsed';
  /** Days from the office's day to 有效期止 (negative: past it). */
  daysLeft: number;
  /** The document the organisation falls under, when its place, code or filing tells. */
  source?: SourceId;
  /** Where that document governs (河南省, 兵团辖区); '' when it cannot be told. */
  area: string;
  /** How many days ahead its renewal was looked for. */
  window: number;
  basis: string;
  /** The business types it did send (none of them a renewal or a termination). */
  sent: string[];
}

/** A filing that refers to an earlier filing (all but a 首次备案) from an organisation the register does not have. */
export interface UnregisteredFiling {
  file: string;
  org: string;
  creditCode: string;
  filingNo: string;
  city: string;
  business: string;
}

/** The received filings against the office's register (`summarize --register`). */
export interface RegisterComparison {
  /** Organisations on the register. */
  registered: number;
  unfiled: UnfiledOrg[];
  unregistered: UnregisteredFiling[];
  /** Register rows whose 有效期止 is no date, so nothing can be said of their renewal. */
  undated: RegisterRow[];
}

export interface RegisterOptions {
  /** Days ahead of 有效期止 a renewal is looked for; by default each document's own (HA 60 days, BT 3 months). */
  window?: number;
}

const DAY = 86400000;
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** Documents whose office rules ask for renewal ahead of the end of a filing. */
const RENEWING = JURISDICTIONS.filter((j) => j.batch?.renewal);

/** A longest lead time, for a row whose document cannot be told: nobody due is missed. */
const LONGEST = Math.max(...RENEWING.map((j) => j.batch!.renewal!.days));

/** The document a register row falls under: the one its place lies in; a place only one could hold; else its filings'. */
function sourceOf(row: RegisterRow, subs: readonly CheckedSubmission[]): SourceId | undefined {
  const places = [row.city && placeOfAddress(row.city), row.creditCode && placeOfCreditCode(row.creditCode)].filter((p): p is Place => Boolean(p));
  for (const place of places) {
    const answers = RENEWING.map((j) => ({ j, holds: j.batch!.region?.holds(place) }));
    const yes = answers.filter((a) => a.holds === true);
    if (yes.length === 1) return yes[0].j.source.id;
    const maybe = answers.filter((a) => a.holds !== false);
    if (maybe.length === 1) return maybe[0].j.source.id;
  }
  const profile = subs.length ? profileById(subs[0].profile) : undefined;
  return profile ? jurisdictionOf(profile).source.id : undefined;
}

const rulesOf = (source: SourceId | undefined): BatchRules | undefined => RENEWING.find((j) => j.source.id === source)?.batch;

/** Received filings by each identifier a register row may match them on. */
function index(checked: readonly CheckedSubmission[]) {
  const by = { code: new Map<string, CheckedSubmission[]>(), no: new Map<string, CheckedSubmission[]>(), name: new Map<string, CheckedSubmission[]>() };
  const add = (m: Map<string, CheckedSubmission[]>, k: string, s: CheckedSubmission) => k && m.set(k, [...(m.get(k) ?? []), s]);
  for (const s of checked) {
    add(by.code, fold(s.org.creditCode), s);
    add(by.no, fold(s.org.filingNo), s);
    add(by.name, fold(s.org.name), s);
  }
  return by;
}

/** A renewal answers the register's question, and so does a termination: the organisation said what it will do. */
const answers = (s: CheckedSubmission) => s.business === '备案续期' || s.business === '终止备案';

/**
 * Who on the register must renew within the window and sent no renewal,
 * whose filing ended without one, and which received filings come from
 * organisations the register does not have. A row is matched to filings by
 * its credit code, else its 备案号, else its name (a code mistyped on
 * either side still finds the filing); every checked file
 * counts, a superseded resubmission too.
 */
export function compareRegister(rows: readonly RegisterRow[], submissions: readonly Submission[], used: readonly CheckedSubmission[], asOf: Date, opts: RegisterOptions = {}): RegisterComparison {
  const checked = submissions.filter((s): s is CheckedSubmission => s.status === 'ok');
  const by = index(checked);
  const matched = new Set<CheckedSubmission>();
  const unfiled: UnfiledOrg[] = [];
  const undated: RegisterRow[] = [];
  for (const row of rows) {
    const subs = by.code.get(fold(row.creditCode)) ?? by.no.get(fold(row.filingNo)) ?? by.name.get(fold(row.name)) ?? [];
    subs.forEach((s) => matched.add(s));
    const until = isoDay(row.validTo);
    if (!until) {
      undated.push(row);
      continue;
    }
    if (subs.some(answers)) continue;
    const source = sourceOf(row, subs);
    const office = rulesOf(source);
    const window = opts.window ?? office?.renewal?.days ?? LONGEST;
    const daysLeft = Math.round((until.getTime() - asOf.getTime()) / DAY);
    if (daysLeft > window) continue;
    const status = daysLeft < 0 ? 'lapsed' : 'due';
    const basis = (status === 'lapsed' ? office?.lapse?.basis : office?.renewal?.basis) ?? '';
    unfiled.push({ row, status, daysLeft, ...(source ? { source } : {}), area: office?.region?.name ?? '', window, basis, sent: [...new Set(subs.map((s) => s.business))] });
  }
  const unregistered = used
    .filter((s) => s.business !== '首次备案' && !matched.has(s))
    .map((s) => ({ file: s.file, org: s.org.name, creditCode: s.org.creditCode, filingNo: s.org.filingNo, city: s.org.city, business: s.business }));
  return { registered: rows.length, unfiled, unregistered, undated };
}
