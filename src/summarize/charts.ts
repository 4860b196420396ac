import type { Chart } from '../charts/chart';
import { isoDate } from '../model/cell';
import { NOT_GIVEN } from '../forms/summary-facts';
import type { Batch } from './batch';
import { occupationTotals, type OccupationTotals } from './occupations';
import type { PreviousComparison, YearOnYear } from './previous';
import { drawnCount, unreportedCount } from './tally';

/** More bars than this and a chart is no longer read at a glance: the busiest occupations are drawn and the note says so. */
export const MAX_OCCUPATIONS = 20;

/**
 * Filings used and their verdict per 地市（师市）, the most first; a filing
 * whose 地市 cannot be told is counted under 未填报, last. Only places some
 * filing names get a bar.
 */
function byCity(batch: Batch): Chart | null {
  const m = new Map<string, { passed: number; failed: number }>();
  for (const s of batch.used) {
    const city = s.org.city || NOT_GIVEN;
    const e = m.get(city) ?? { passed: 0, failed: 0 };
    if (s.summary.errors) e.failed++;
    else e.passed++;
    m.set(city, e);
  }
  if (!m.size) return null;
  const rows = [...m].sort(([a, x], [b, y]) => Number(a === NOT_GIVEN) - Number(b === NOT_GIVEN) || y.passed + y.failed - (x.passed + x.failed) || a.localeCompare(b, 'zh-CN'));
  return {
    id: 'orgs-by-city',
    title: '各地市（师市）备案工作簿数及检查结果',
    kind: 'stacked',
    axis: '地市（师市）',
    unit: '份',
    categories: rows.map(([c]) => c),
    series: [
      { name: '通过', values: rows.map(([, e]) => e.passed) },
      { name: '未通过', values: rows.map(([, e]) => e.failed) },
    ],
  };
}

/**
 * A chart over the occupations `keep` selects, the most evaluated first, at
 * most {@link MAX_OCCUPATIONS} (the note says so when there are more); none
 * when no occupation is kept.
 */
function byOccupation(
  all: readonly OccupationTotals[],
  keep: (o: OccupationTotals) => boolean,
  leftOut: string,
  draw: (shown: OccupationTotals[]) => Omit<Chart, 'axis' | 'categories' | 'note'>,
): Chart | null {
  const list = all.filter(keep).sort((a, b) => b.assessed - a.assessed || b.certified - a.certified);
  if (!list.length) return null;
  const shown = list.slice(0, MAX_OCCUPATIONS);
  const notes = [list.length > shown.length ? `共 ${list.length} 个职业（工种），图中为评价人次最多的 ${MAX_OCCUPATIONS} 个，其余见按职业（工种）列出的评价与取证情况。` : '', partialNote(shown, leftOut)];
  return { ...draw(shown), axis: '职业（工种）', categories: shown.map((o) => o.name), ...noted(notes) };
}

/** Notes under a chart, joined; none when there is nothing to say. */
const noted = (notes: readonly (string | undefined)[]): { note?: string } => {
  const note = notes.filter(Boolean).join('');
  return note ? { note } : {};
};

/** The occupations shown whose figures leave out organisations that gave no evaluation data (at most a few named), and what that means for the chart. */
function partialNote(shown: readonly OccupationTotals[], leftOut: string): string {
  const partial = shown.filter((o) => unreportedCount(o) > 0);
  if (!partial.length) return '';
  const named = partial.slice(0, 5).map((o) => `${o.name}（${unreportedCount(o)} 家）`).join('、');
  const more = partial.length > 5 ? `等 ${partial.length} 个职业（工种）` : '';
  return `${named}${more}有申报机构未填报评价数据，${leftOut}。`;
}

/** The occupations some 备案期评价情况 row names, a reported 0 included. */
const evaluations = (all: readonly OccupationTotals[]) =>
  byOccupation(
    all,
    (o) => o.evaluated,
    '图中人次不含这些机构',
    (shown) => ({
      id: 'evaluations-by-occupation',
      title: '各职业（工种）评价人次与取证人次',
      kind: 'clustered',
      unit: '人次',
      series: [
        // An occupation whose every row leaves its counts blank is named but has no bar.
        { name: '评价人次', values: shown.map((o) => drawnCount(o, 'assessed')) },
        { name: '取证人次', values: shown.map((o) => drawnCount(o, 'certified')) },
      ],
    }),
  );

/** 取证率 only where someone was evaluated: a rate of nobody is no rate. */
const rates = (all: readonly OccupationTotals[]) =>
  byOccupation(
    all,
    (o) => o.rate !== null,
    '取证率只计填报了的机构',
    (shown) => ({ id: 'rate-by-occupation', title: '各职业（工种）取证率', kind: 'percent', unit: '', series: [{ name: '取证率', values: shown.map((o) => o.rate!) }] }),
  );

/**
 * 评价人次 in the earlier batch beside this one's, per 地市 or occupation
 * that either year's filings name; the series are named by the day each
 * batch was checked on, since an office may compare any two batches.
 */
function yearOnYear(
  id: string,
  title: string,
  axis: string,
  rows: readonly YearOnYear[],
  previous: PreviousComparison,
  asOf: string,
  notes: readonly (string | undefined)[],
): Chart | null {
  if (!rows.length) return null;
  return {
    id,
    title,
    kind: 'clustered',
    axis,
    unit: '人次',
    categories: rows.map((r) => r.name),
    series: [
      { name: `上次汇总（${previous.asOf}）`, values: rows.map((r) => drawnCount(r.previous, 'assessed')) },
      { name: `本次汇总（${asOf}）`, values: rows.map((r) => drawnCount(r.current, 'assessed')) },
    ],
    ...noted(notes),
  };
}

/** The occupations either year evaluated in, the most evaluated (in either year) first, at most {@link MAX_OCCUPATIONS}. */
function occupationsOverYears(rows: readonly YearOnYear[]): { shown: YearOnYear[]; note?: string } {
  const most = (r: YearOnYear) => Math.max(r.previous.assessed, r.current.assessed);
  const list = rows.filter((r) => r.previous.assessed + r.current.assessed > 0).sort((a, b) => most(b) - most(a));
  if (list.length <= MAX_OCCUPATIONS) return { shown: list };
  return { shown: list.slice(0, MAX_OCCUPATIONS), note: `共 ${list.length} 个职业（工种）有评价，图中为评价人次最多的 ${MAX_OCCUPATIONS} 个，其余见按职业（工种）列出的评价与取证情况。` };
}

/** How many organisations of each batch gave no evaluation data, and that their bars are left out; undefined when all gave it. */
function yearsUnreportedNote(p: PreviousComparison): string | undefined {
  const before = unreportedCount(p.totals.previous);
  const now = unreportedCount(p.totals.current);
  if (!before && !now) return undefined;
  const who = [before ? `上次汇总中 ${before} 家` : '', now ? `本次汇总中 ${now} 家` : ''].filter(Boolean).join('、');
  return `${who}机构未填报评价数据，图中人次不含这些机构；没有柱的，表示该次汇总中没有机构报送或报送的机构均未填报评价数据。`;
}

function previousCharts(batch: Batch): (Chart | null)[] {
  const previous = batch.previous;
  if (!previous) return [];
  const asOf = isoDate(batch.asOf);
  const cities = [...previous.byCity].sort((a, b) => Number(a.name === NOT_GIVEN) - Number(b.name === NOT_GIVEN));
  const { shown, note } = occupationsOverYears(previous.byOccupation);
  const unknown = yearsUnreportedNote(previous);
  return [
    yearOnYear('year-on-year-by-city', '各地市（师市）评价人次：本次与上次汇总对比', '地市（师市）', cities, previous, asOf, [unknown]),
    yearOnYear('year-on-year-by-occupation', '各职业（工种）评价人次：本次与上次汇总对比', '职业（工种）', shown, previous, asOf, [note, unknown]),
  ];
}

/**
 * The office's charts, computed once from the batch: the Word report, the
 * results workbook and the page all draw these, so none can disagree with
 * another. A chart with nothing to draw is left out.
 */
export function officeCharts(batch: Batch): Chart[] {
  const occupations = occupationTotals(batch.used);
  return [byCity(batch), evaluations(occupations), rates(occupations), ...previousCharts(batch)].filter((c): c is Chart => c !== null);
}
