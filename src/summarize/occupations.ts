import { occupationCodeKey, occupationNameKey } from '../model/occupation-key';
import { findOccupationByName } from '../validate/occupations';
import type { CheckedSubmission, Evaluation } from './submission';
import { certifiedRate, countInto, emptyTally, type EvaluationTally } from './tally';
import { FIGURES, type Figure, type PeriodTotals } from '../forms/summary-facts';

/**
 * Whether a filing gives evaluation data: a row of its 备案期评价情况 gives a
 * count (a first filing or a 信息变更 has none; a sheet of headers only, or
 * rows with every count blank, say nothing). Only then does an occupation
 * without a row mean nobody was evaluated in it.
 */
export const givesEvaluations = (s: Pick<CheckedSubmission, 'evaluations'>): boolean => s.evaluations.some((e) => e.assessed !== null || e.certified !== null);

/** One occupation across the office's submissions: the organisations that apply for it or report evaluations in it. */
export interface OccupationTotals extends EvaluationTally {
  name: string;
  /** The organisations counted that give no evaluation data (or leave a figure blank), by name (their file where a workbook names none): whom to ask. */
  unreported: string[];
  /** 取证率 as a fraction (0.914), or null where nobody was evaluated or no evaluation data was given. */
  rate: number | null;
  /** Whether any 备案期评价情况 row names it. */
  evaluated: boolean;
}

/**
 * Organisations, evaluations and certificates per occupation (names
 * compared as the rules compare them), in first-seen order. An organisation
 * whose rows for the occupation leave a 评价人次 or 取证人次 blank is counted
 * among those that gave no evaluation data: its figures are not in the sums.
 */
export function occupationTotals(used: readonly CheckedSubmission[]): OccupationTotals[] {
  const m = new Map<string, { name: string; orgs: Map<CheckedSubmission, Evaluation[]>; evaluated: boolean }>();
  const entry = (name: string) => {
    const key = occupationNameKey(name);
    const e = m.get(key) ?? { name, orgs: new Map<CheckedSubmission, Evaluation[]>(), evaluated: false };
    m.set(key, e);
    return e;
  };
  for (const s of used) {
    for (const name of s.occupations) {
      const e = entry(name);
      e.orgs.set(s, e.orgs.get(s) ?? []);
    }
    for (const ev of s.evaluations) {
      if (!ev.occupation) continue;
      const e = entry(ev.occupation);
      e.orgs.set(s, [...(e.orgs.get(s) ?? []), ev]);
      e.evaluated = true;
    }
  }
  return [...m.values()].map((e) => {
    const tally = emptyTally();
    const silent: CheckedSubmission[] = [];
    for (const [s, rows] of e.orgs) if (!countInto(tally, givesEvaluations(s), rows)) silent.push(s);
    return { name: e.name, ...tally, unreported: [...new Set(silent.map((s) => s.org.name || s.file))], rate: certifiedRate(tally), evaluated: e.evaluated };
  });
}

/** 评价人次 and 取证人次 of one submission's filing period; null where its workbook gives no evaluation data. */
export function evaluationTotals(s: CheckedSubmission): PeriodTotals | null {
  if (!givesEvaluations(s)) return null;
  const given = (key: Figure) => s.evaluations.flatMap((e) => (e[key] === null ? [] : [e[key]]));
  const sum = (key: Figure) => (given(key).length ? given(key).reduce((a, b) => a + b, 0) : null);
  const partial = FIGURES.filter((key) => given(key).length && given(key).length < s.evaluations.length);
  return { assessed: sum('assessed'), certified: sum('certified'), partial };
}

/**
 * One occupation from year to year and filing to filing: its 大典 code
 * (written, or the one code its name has in the 大典), else its name, so an
 * occupation renamed to its 2022 name is still the same occupation.
 */
export function occupationIdentity(name: string, code: string): string {
  const written = occupationCodeKey(code);
  if (written) return written;
  const found = name ? findOccupationByName(name) : [];
  return found.length === 1 ? occupationCodeKey(found[0]) : `name:${occupationNameKey(name)}`;
}
