import { occupationCodeKey, occupationNameKey } from '../model/occupation-key';
import { findOccupationByName } from '../validate/occupations';
import type { CheckedSubmission } from './submission';
import { certifiedRate, type EvaluationTally } from './tally';

/** Whether a filing gives evaluation data: its 备案期评价情况 has rows (a first filing or a 信息变更 has none; an empty sheet says nothing). */
export const givesEvaluations = (s: CheckedSubmission): boolean => s.evaluations.length > 0;

/** One occupation across the office's submissions: the organisations that apply for it or report evaluations in it. */
export interface OccupationTotals extends EvaluationTally {
  name: string;
  /** The organisations counted that give no evaluation data, by name (their file where a workbook names none): whom to ask. */
  unreported: string[];
  /** 取证率 as a fraction (0.914), or null where nobody was evaluated or no evaluation data was given. */
  rate: number | null;
  /** Whether any 备案期评价情况 row names it. */
  evaluated: boolean;
}

/** Organisations, evaluations and certificates per occupation (names compared as the rules compare them), in first-seen order. */
export function occupationTotals(used: readonly CheckedSubmission[]): OccupationTotals[] {
  const m = new Map<string, { name: string; orgs: Set<CheckedSubmission>; assessed: number; certified: number; evaluated: boolean }>();
  const entry = (name: string) => {
    const key = occupationNameKey(name);
    const e = m.get(key) ?? { name, orgs: new Set<CheckedSubmission>(), assessed: 0, certified: 0, evaluated: false };
    m.set(key, e);
    return e;
  };
  for (const s of used) {
    for (const name of s.occupations) entry(name).orgs.add(s);
    for (const ev of s.evaluations) {
      if (!ev.occupation) continue;
      const e = entry(ev.occupation);
      e.orgs.add(s);
      e.assessed += ev.assessed;
      e.certified += ev.certified;
      e.evaluated = true;
    }
  }
  return [...m.values()].map((e) => {
    const silent = [...e.orgs].filter((s) => !givesEvaluations(s));
    const tally = { orgs: e.orgs.size, reported: e.orgs.size - silent.length, assessed: e.assessed, certified: e.certified };
    return { name: e.name, ...tally, unreported: [...new Set(silent.map((s) => s.org.name || s.file))], rate: certifiedRate(tally), evaluated: e.evaluated };
  });
}

/** 评价人次 and 取证人次 of one submission's filing period; null where its workbook gives no evaluation data. */
export function evaluationTotals(s: CheckedSubmission): { assessed: number; certified: number } | null {
  if (!givesEvaluations(s)) return null;
  return s.evaluations.reduce((t, e) => ({ assessed: t.assessed + e.assessed, certified: t.certified + e.certified }), { assessed: 0, certified: 0 });
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
