import type { Chart } from '../charts/chart';
import type { Severity } from '../model/severity';
import type { SourceId } from '../sources';

/** What a cell or a chart prints when the workbook does not say: never a default the filing did not give. */
export const NOT_GIVEN = '未填报';

/**
 * What an office's documents are built from: plain facts of the filings
 * used, compiled by the office's batch. The documents only lay them out, so
 * a column shows what a workbook said or says plainly that it said nothing.
 */
export interface SummaryFacts {
  /** yyyy-mm-dd, the day the office checked on. */
  asOf: string;
  /** The filings the summaries use (one per organisation and business type), in input order. */
  filings: FilingFacts[];
  /** Every file received. */
  received: number;
  /** Files that could not be checked, with why. */
  unchecked: { file: string; status: 'unreadable' | 'foreign'; reason: string }[];
  /** Resubmissions not used because a later one of the same filing was. */
  superseded: number;
  /** Findings only visible across workbooks. */
  cross: { severity: Severity; message: string; basis: string }[];
  /**
   * Evaluations and certificates per occupation across the filings;
   * `unreported` counts the organisations applying for it whose workbook
   * gives no evaluation data (or leaves a count blank), whose figures are
   * therefore not in the sums; a sum is null where none gave it.
   */
  occupations: { name: string; assessed: number | null; certified: number | null; evaluated: boolean; unreported: number }[];
  /** The filings' findings per check, most frequent first. */
  findingsByCheck: { title: string; severity: Severity; count: number; workbooks: number }[];
  /** The charts the report draws, as the results workbook and the page draw them. */
  charts: Chart[];
}

export const FIGURES = ['assessed', 'certified'] as const;
/** 评价人次 or 取证人次. */
export type Figure = (typeof FIGURES)[number];

/**
 * A filing period's 评价人次 and 取证人次: the sum of the rows that give
 * the figure, null where none does; `partial` names the figures some row
 * leaves blank, whose sum is therefore only that of the rows that give it.
 */
export interface PeriodTotals {
  assessed: number | null;
  certified: number | null;
  partial?: Figure[];
}

/** A period figure as a table prints it: the count, “30（部分未填报）” where a row leaves it blank, 未填报 where none gives it. */
export function figureText(t: PeriodTotals | null, key: Figure): number | string {
  const n = t?.[key] ?? null;
  if (n === null) return NOT_GIVEN;
  return t?.partial?.includes(key) ? `${n}（部分未填报）` : n;
}

/** Whether a period figure is known to be exactly 0 (given as 0 in every row). */
export const knownZero = (t: PeriodTotals | null, key: Figure): boolean => t?.[key] === 0 && !t.partial?.includes(key);

/** 机构信息 items the documents print: '' where the workbook does not say. */
export const ORG_ITEMS = [
  'name',
  'creditCode',
  'city',
  'orgType',
  'filingNo',
  'validFrom',
  'validTo',
  'applyDate',
  'contact',
  'contactPhone',
  'terminationReason',
  'evaluatedInPeriod',
  'certifiedInPeriod',
  'certificatesUploaded',
  'registrationStopped',
  'endDate',
] as const;

export type OrgItem = (typeof ORG_ITEMS)[number];

/** One filing an office summarises. */
export interface FilingFacts {
  file: string;
  /** The document the filing falls under (its profile's jurisdiction). */
  source: SourceId;
  /** The profile, as a clerk reads it (河南·社会培训评价组织). */
  profile: string;
  business: string;
  errors: number;
  warnings: number;
  /** Dates as yyyy-mm-dd, or as written when they are no date. */
  org: Record<OrgItem, string>;
  /** 备案期评价情况 totals; null when the workbook gives no evaluation data. */
  evaluations: (PeriodTotals & { lastEvaluation: string }) | null;
  /** Occupations that leave the scope at an HA renewal (HA 六（四）2). */
  dropped: string[];
  /** Why BT 第十九条（一） has the office cancel the filing: its period ended unrenewed, or no evaluation for over a year. */
  lapses: ('expired' | 'inactive')[];
  /** True where BT 第十九条（一）2 could not be judged from the workbook (no evaluation data, a blank 评价人次, evaluations without a date): the office asks. */
  unjudged?: boolean;
}
