import { occupationNameKey } from '../model/occupation-key';
import type { CheckedSubmission } from './submission';

/** One occupation across the office's submissions. */
export interface OccupationTotals {
  name: string;
  /** Organisations that apply for it or report evaluations in it. */
  orgs: number;
  assessed: number;
  certified: number;
  /** 取证率 as a fraction (0.914), or null without evaluations. */
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
  return [...m.values()].map((e) => ({
    name: e.name,
    orgs: e.orgs.size,
    assessed: e.assessed,
    certified: e.certified,
    rate: e.assessed ? e.certified / e.assessed : null,
    evaluated: e.evaluated,
  }));
}

/** 评价人次 and 取证人次 of one submission's filing period. */
export function evaluationTotals(s: CheckedSubmission): { assessed: number; certified: number } {
  return s.evaluations.reduce((t, e) => ({ assessed: t.assessed + e.assessed, certified: t.certified + e.certified }), { assessed: 0, certified: 0 });
}
