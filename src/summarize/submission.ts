import type { OrgKey } from '../model/schema';
import { jurisdictionOf } from '../jurisdictions';
import { CheckSetupError, checkBook, type CheckResult } from '../check';
import { isoDate } from '../model/cell';
import type { BusinessType } from '../model/schema';
import type { RecognisedWorkbook } from '../model/table';
import { recogniseFiling } from '../open';
import type { ProfileId } from '../profiles/profiles';
import { InputError } from '../read/input-error';
import { readWorkbook } from '../read/read-workbook';
import type { Finding, Summary } from '../rules/finding';
import { givenCount } from '../filing/counts';
import { occupationCodeKey, occupationNameKey } from '../model/occupation-key';
import { parseDateValue } from '../validate/dates';
import { snapshotText } from '../diff/compare';
import { cityOf } from './city';

/** One workbook as read and checked, before it is reduced to a {@link Submission}. */
export interface CheckedBook {
  file: string;
  book: RecognisedWorkbook;
  result: CheckResult;
}

/** The 机构信息 items an office's summaries use; dates as yyyy-mm-dd, or as written when they are no date. */
export interface OrgFacts {
  name: string;
  creditCode: string;
  city: string;
  orgType: string;
  filingNo: string;
  validFrom: string;
  validTo: string;
  applyDate: string;
  contact: string;
  contactPhone: string;
  terminationReason: string;
  evaluatedInPeriod: string;
  certifiedInPeriod: string;
  certificatesUploaded: string;
  registrationStopped: string;
  endDate: string;
}

/** Someone on an examiner, expert or supervisor roster, by a well-formed 18-character ID. */
export interface RosterPerson {
  id: string;
  name: string;
}

/** One row of 备案期评价情况. */
export interface Evaluation {
  occupation: string;
  /** 职业编码 as written, when the sheet has the column. */
  code: string;
  /** 评价人次 and 取证人次; null where the cell is blank or no count: unknown, never 0. */
  assessed: number | null;
  certified: number | null;
  /** yyyy-mm-dd, or null when the row gives no date. */
  lastEvaluation: string | null;
}

/**
 * A workbook the office received, checked and reduced to plain data: what
 * the cross-workbook rules, the results workbook and the office documents
 * need, and nothing that ties it to a reader or a host, so that workers can
 * hand it back by structured clone.
 */
export interface CheckedSubmission {
  file: string;
  status: 'ok';
  profile: ProfileId;
  business: BusinessType;
  summary: Summary;
  findings: Finding[];
  org: OrgFacts;
  people: RosterPerson[];
  /** Names of the occupations applied for (申请职业（工种）). */
  occupations: string[];
  /** The same occupations with their 职业编码 as written ('' when none). */
  applied: { name: string; code: string }[];
  evaluations: Evaluation[];
  /**
   * Occupations that leave the scope at an HA renewal because nobody was
   * evaluated in them (HA 六（四）2): only where the workbook gives
   * evaluation rows and the occupation's show 0, never from a blank.
   */
  dropped: string[];
  /**
   * What another filing of the organisation is compared with (its changes),
   * as the snapshot's JSON text: a batch holds hundreds of filings and compares
   * few, and one string each crosses from a worker and sits in the batch for a
   * fraction of what thousands of small objects cost to clone and to collect.
   * `readSnapshot` reads it.
   */
  filing: string;
}

/** A file that could not be checked: unreadable, or a spreadsheet with no filing sheet. */
export interface FailedSubmission {
  file: string;
  status: 'unreadable' | 'foreign';
  reason: string;
}

export type Submission = CheckedSubmission | FailedSubmission;

export interface SubmissionRequest {
  /** The day the office checks on. */
  asOf: Date;
  holidays?: unknown;
}

const ROSTERS = ['examiners', 'experts', 'supervisors'] as const;

function dateText(book: RecognisedWorkbook, key: OrgKey): string {
  const v = book.org?.value(key) ?? null;
  const d = parseDateValue(v).date;
  return d ? isoDate(d) : (book.org?.text(key) ?? '');
}

function people(book: RecognisedWorkbook): RosterPerson[] {
  const out: RosterPerson[] = [];
  for (const t of book.tables) {
    if (!(ROSTERS as readonly string[]).includes(t.kind)) continue;
    for (const row of t.rows) {
      // The same 18 characters, however typed; a broken ID is each workbook's own check's business.
      const id = t.text(row, 'idNumber').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
      if (/^\d{17}[\dX]$/.test(id)) out.push({ id, name: t.text(row, 'name') });
    }
  }
  return out;
}

function applied(book: RecognisedWorkbook): { name: string; code: string; workType: string }[] {
  return book.tablesOf('occupations').flatMap((t) =>
    t.rows.map((r) => ({ name: t.text(r, 'occupationName'), code: t.text(r, 'occupationCode'), workType: t.text(r, 'workType') })).filter((o) => o.name || o.code),
  );
}

function evaluations(book: RecognisedWorkbook): Evaluation[] {
  return book.tablesOf('evaluations').flatMap((t) =>
    t.rows.map((r) => {
      const d = parseDateValue(t.value(r, 'lastEvaluation')).date;
      return {
        occupation: t.text(r, 'occupation'),
        code: t.text(r, 'occupationCode'),
        assessed: givenCount(t, r, 'assessed'),
        certified: givenCount(t, r, 'certified'),
        lastEvaluation: d ? isoDate(d) : null,
      };
    }),
  );
}

/**
 * HA 六（四）2: at renewal, an applied occupation in which nobody was
 * evaluated during the filing period leaves the scope. Rows of 备案期评价情况
 * belong to an occupation by code, else by name (职业 or 工种); an
 * occupation with a blank 评价人次 among its rows is not known to be idle.
 */
function droppedAtRenewal(occupations: ReturnType<typeof applied>, rows: ReturnType<typeof evaluations>): string[] {
  const assessedBy = new Map<string, number | null>();
  for (const r of rows) {
    for (const k of [occupationCodeKey(r.code), occupationNameKey(r.occupation)]) {
      if (!k) continue;
      const before = assessedBy.get(k) ?? 0;
      assessedBy.set(k, before === null || r.assessed === null ? null : before + r.assessed);
    }
  }
  return occupations
    .filter((o) => {
      const keys = [occupationCodeKey(o.code), occupationNameKey(o.name), o.workType && occupationNameKey(o.workType)].filter(Boolean);
      return keys.every((k) => assessedBy.get(k) === 0 || !assessedBy.has(k));
    })
    .map((o) => (o.workType && o.workType !== o.name ? `${o.name}（${o.workType}）` : o.name || o.code));
}

/** Reduces a checked workbook to what the office's batch keeps of it. */
export function toSubmission(checked: CheckedBook): CheckedSubmission {
  const { file, book, result } = checked;
  const text = (k: OrgKey) => book.org?.text(k) ?? '';
  const occupations = applied(book);
  const rows = evaluations(book);
  // A sheet of headers only, or rows whose every 评价人次 is blank, gives no evaluation data: nothing is dropped on its account.
  const dropsIdle = Boolean(jurisdictionOf(result.profile).batch?.dropIdleAtRenewal) && result.business === '备案续期' && rows.some((r) => r.assessed !== null);
  return {
    file,
    status: 'ok',
    profile: result.profile.id,
    business: result.business,
    summary: result.summary,
    findings: result.findings,
    org: {
      name: text('orgName'),
      creditCode: text('creditCode').normalize('NFKC').replace(/\s+/g, '').toUpperCase(),
      city: cityOf(checked),
      orgType: text('orgType') || result.profile.orgType,
      filingNo: text('filingNo'),
      validFrom: dateText(book, 'validFrom'),
      validTo: dateText(book, 'validTo'),
      applyDate: dateText(book, 'applyDate'),
      contact: text('contact'),
      contactPhone: text('contactPhone'),
      terminationReason: text('terminationReason'),
      evaluatedInPeriod: text('evaluatedInPeriod'),
      certifiedInPeriod: text('certifiedInPeriod'),
      certificatesUploaded: text('certificatesUploaded'),
      registrationStopped: text('registrationStopped'),
      endDate: dateText(book, 'endDate'),
    },
    people: people(book),
    occupations: occupations.map((o) => o.name || o.code),
    applied: occupations.map((o) => ({ name: o.name || o.code, code: o.code })),
    evaluations: rows,
    dropped: dropsIdle ? droppedAtRenewal(occupations, rows) : [],
    filing: snapshotText(book),
  };
}

/**
 * Reads, recognises and checks one received file. What cannot be read, or
 * is a spreadsheet without a filing sheet, or names no usable profile,
 * becomes a failed submission with its one Chinese line; anything else
 * thrown is a fault for the host to report.
 */
export async function checkSubmission(file: string, bytes: Uint8Array, req: SubmissionRequest): Promise<Submission> {
  let book: RecognisedWorkbook;
  try {
    book = recogniseFiling(await readWorkbook(bytes));
  } catch (e) {
    if (e instanceof InputError) return { file, status: e.reason === 'no-sheets' ? 'foreign' : 'unreadable', reason: e.message };
    throw e;
  }
  try {
    return toSubmission({ file, book, result: checkBook(book, { today: req.asOf, holidays: req.holidays }) });
  } catch (e) {
    if (e instanceof CheckSetupError) return { file, status: 'unreadable', reason: e.message };
    throw e;
  }
}
