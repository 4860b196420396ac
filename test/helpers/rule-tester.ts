/**
 * The rule tester, in the spirit of eslint's RuleTester. Every rule module has
 * one table of cases in a `*.cases.ts` file under test/ (beside the module's
 * other tests), whose default export is `ruleCases(...)`:
 *
 *   export default ruleCases('HA eligibility', [notGovernment, prohibitedSituations], {
 *     valid: [{ name: 'a company', spec: haSpec() }],
 *     invalid: [
 *       { name: 'a 事业单位', spec: haSpec(INSTITUTION),
 *         expect: [{ rule: 'ha.eligibility.government', cell: '机构信息!B3', severity: 'error' }] },
 *     ],
 *   });
 *
 * A case is a small workbook (`spec`: sheet name → rows, row 1 first) checked
 * in full on TODAY (2026-06-01) unless it sets `today`; `profile` and
 * `business` override what its 机构信息 says, `hidden` names sheets saved
 * hidden. A table may hold cases of rules another table also tests (e.g. a
 * jurisdiction's materials under the generic materials rule). An office case
 * gives an inbox
 * (`inbox`: file name → spec) that is summarised as on `beian summarize`, and
 * its expectations name `files` instead of a cell.
 * - valid: no finding of the table's rules (each rule's id and the codes it
 *   emits), or only of `rules` when the case names them.
 * - invalid: the findings of the rules named in `expect` are exactly those
 *   listed, each by rule, cell ("sheet!A1"; the sheet alone for a sheet-level
 *   finding; null for the workbook) and severity; `message` must be contained,
 *   `basis` cited exactly.
 * test/unit/rules/rule-cases.test.ts finds every `*.cases.ts`, runs every
 * table, and fails when a catalogue rule id, a code a validator can emit, or
 * a rule of the packs has no invalid case, when a table expects a rule not its
 * own, or when any case's finding carries an id the catalogue lacks.
 * Adding a case is adding a row; adding a table is adding a file.
 */
import { checkBook } from '../../src/check';
import type { Severity } from '../../src/model/severity';
import type { Finding } from '../../src/rules/finding';
import type { CrossFinding } from '../../src/summarize/cross-rules';
import { makeBook, type BookSpec } from './book';

/** The day every case is checked on unless it says otherwise, so deadlines and ages never drift. */
export const TODAY = new Date(Date.UTC(2026, 5, 1));

/** What a table's rules are known by: a pack rule, or an office rule of the catalogue. */
export interface TestedRule {
  id: string;
  emits?: readonly (string | { id: string })[];
}

interface Setup {
  name: string;
  /** Overrides 机构信息's 适用规则 and 申请业务类型. */
  profile?: string;
  business?: string;
  today?: Date;
  holidays?: unknown;
}

export interface WorkbookCase extends Setup {
  spec: BookSpec;
  /** Sheets saved hidden. */
  hidden?: readonly string[];
}

export interface InboxCase extends Setup {
  /** File name → workbook, in the order the office gives them. */
  inbox: Record<string, BookSpec>;
}

export type ValidCase = (WorkbookCase | InboxCase) & { rules?: readonly string[] };

export interface Expected {
  rule: string;
  severity: Severity;
  /** "sheet!A1", a sheet name for a sheet-level finding, null for the workbook; absent for office findings. */
  cell?: string | null;
  /** For office findings: every file involved. */
  files?: readonly string[];
  message?: string;
  /** The clause the finding must cite, exactly. */
  basis?: string;
}

export type InvalidCase = (WorkbookCase | InboxCase) & { expect: readonly Expected[] };

export interface RuleCases {
  title: string;
  rules: readonly TestedRule[];
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

export function ruleCases(title: string, rules: readonly TestedRule[], cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): RuleCases {
  return { title, rules, ...cases };
}

/** A rule's id and every id it reports under. */
export function idsOf(rule: TestedRule): string[] {
  return [rule.id, ...(rule.emits ?? []).map((e) => (typeof e === 'string' ? e : e.id))];
}

/** One finding as a case states it. */
export interface Seen {
  rule: string;
  severity: Severity;
  cell?: string | null;
  files?: readonly string[];
  message: string;
  basis: string;
}

const place = (f: Finding): string | null => (f.cell ? `${f.sheet}!${f.cell}` : f.sheet);

function checkWorkbook(c: WorkbookCase): Seen[] {
  const result = checkBook(makeBook(c.spec, c.hidden), { profile: c.profile, business: c.business, today: c.today ?? TODAY, holidays: c.holidays });
  return result.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: place(f), message: f.message, basis: f.basis }));
}

/**
 * The inbox as `beian summarize` sees it; loaded lazily so that tables of
 * workbook rules do not pull in the office's batch.
 */
function checkInbox(c: InboxCase): Seen[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { crossFindingsOfInbox } = require('./batch') as typeof import('./batch');
  const cross: CrossFinding[] = crossFindingsOfInbox(c.inbox, c.today ?? TODAY);
  return cross.map((f) => ({ rule: f.rule, severity: f.severity, files: f.files, message: f.message, basis: f.basis }));
}

export function findingsOf(c: WorkbookCase | InboxCase): Seen[] {
  return 'inbox' in c ? checkInbox(c) : checkWorkbook(c);
}

/** A finding or an expectation as one comparable line. */
export function key(x: Seen | Expected): string {
  return [x.rule, x.severity, 'files' in x && x.files ? x.files.join(' + ') : (x.cell ?? '(workbook)')].join(' @ ');
}
