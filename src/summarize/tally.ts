import { NOT_GIVEN } from '../forms/summary-facts';

/**
 * Evaluations over some organisations, and how many of them gave any. A
 * first filing or a 信息变更 has no 备案期评价情况, and an earlier batch's
 * JSON may not have recorded it: what such an organisation evaluated is
 * unknown, never 0, so its figures are left out and the tally says so.
 */
export interface EvaluationTally {
  /** Organisations counted. */
  orgs: number;
  /** Of those, organisations whose filing gives evaluation data (a 备案期评价情况 with rows). */
  reported: number;
  assessed: number;
  certified: number;
}

export const emptyTally = (): EvaluationTally => ({ orgs: 0, reported: 0, assessed: 0, certified: 0 });

/** 评价人次 and 取证人次 of some rows; null where any of them leaves the figure blank. */
export function rowTotals(rows: readonly { assessed: number | null; certified: number | null }[]): { assessed: number | null; certified: number | null } {
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  return rows.reduce<{ assessed: number | null; certified: number | null }>((t, e) => ({ assessed: add(t.assessed, e.assessed), certified: add(t.certified, e.certified) }), { assessed: 0, certified: 0 });
}

/**
 * Counts one organisation into a tally: its figures only where its filing
 * gives evaluation data (`reported`) and none of its rows leaves a figure
 * blank. Whether they were counted.
 */
export function countInto(t: EvaluationTally, reported: boolean, rows: readonly { assessed: number | null; certified: number | null }[]): boolean {
  t.orgs++;
  const sum = rowTotals(rows);
  if (!reported || sum.assessed === null || sum.certified === null) return false;
  t.reported++;
  t.assessed += sum.assessed;
  t.certified += sum.certified;
  return true;
}

/** A count as a table shows it: nothing where no organisation is counted, 未填报 where none of them gave evaluation data. */
export function shownCount(t: EvaluationTally, key: 'assessed' | 'certified'): number | string | null {
  if (!t.orgs) return null;
  return t.reported ? t[key] : NOT_GIVEN;
}

/** 取证率 as a fraction, only where someone was evaluated and the data was given. */
export const certifiedRate = (t: EvaluationTally): number | null => (t.reported && t.assessed ? t.certified / t.assessed : null);

/** A count as a chart draws it (or a document that prints 未填报 for null): no bar where no organisation gave evaluation data. */
export const drawnCount = (t: EvaluationTally, key: 'assessed' | 'certified'): number | null => (t.reported ? t[key] : null);

/** Organisations counted that gave no evaluation data. */
export const unreportedCount = (t: EvaluationTally): number => t.orgs - t.reported;

/** A count in a sentence: “60 人次”, or 未填报. */
const countPhrase = (t: EvaluationTally, key: 'assessed' | 'certified'): string => (t.reported ? `${t[key]} 人次` : NOT_GIVEN);

/** Which batch's figures leave organisations out (all of them where the figure is 未填报): “上次 1 家、本次 2 家机构未填报评价数据”; '' when none does. */
export function yearsNote(previous: EvaluationTally, current: EvaluationTally): string {
  const notes = [['上次', previous] as const, ['本次', current] as const].filter(([, t]) => unreportedCount(t)).map(([when, t]) => `${when} ${unreportedCount(t)} 家`);
  return notes.length ? `${notes.join('、')}机构未填报评价数据` : '';
}

/** One figure of two batches in words: “40 → 60 人次”, or each side by itself where one is 未填报. */
function yearChange(previous: EvaluationTally, current: EvaluationTally, key: 'assessed' | 'certified'): string {
  if (previous.reported && current.reported) return `${previous[key]} → ${current[key]} 人次`;
  return `${countPhrase(previous, key)} → ${countPhrase(current, key)}`;
}

/** 评价 and 取证 of two batches in words, and which batch's figures leave organisations out. */
export function yearTotals(previous: EvaluationTally, current: EvaluationTally): string {
  const partial = yearsNote(previous, current);
  return `评价 ${yearChange(previous, current, 'assessed')}，取证 ${yearChange(previous, current, 'certified')}${partial ? `（${partial}，人次只计填报了的机构）` : ''}`;
}
