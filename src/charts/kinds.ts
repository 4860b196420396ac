import type { Chart, ChartKind } from './chart';

/**
 * What each kind of bar chart sets, read by the DrawingML writer and the
 * page's SVG alike: how series share a category, and the value axis.
 */
export interface KindStyle {
  /** c:grouping: series one on another or side by side. */
  grouping: 'stacked' | 'clustered';
  /** Bars of a category overlap fully when stacked. */
  overlap: number;
  /** Excel's number format for the values, their labels and the value axis. */
  format: { values: string; axis: string };
}

export const KINDS: Record<ChartKind, KindStyle> = {
  stacked: { grouping: 'stacked', overlap: 100, format: { values: 'General', axis: 'General' } },
  clustered: { grouping: 'clustered', overlap: 0, format: { values: 'General', axis: 'General' } },
  percent: { grouping: 'clustered', overlap: 0, format: { values: '0.0%', axis: '0%' } },
};

/** The longest bar: a category's sum when stacked, else its largest value. */
function longest(chart: Chart): number {
  const bar = (i: number) => (chart.kind === 'stacked' ? chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0) : Math.max(0, ...chart.series.map((s) => s.values[i] ?? 0)));
  return Math.max(0, ...chart.categories.map((_, i) => bar(i)));
}

/** A tick step of 1, 2 or 5 times a power of ten giving at most about five steps; whole numbers for counts. */
function niceStep(top: number, least: number): number {
  const raw = Math.max(top / 5, least);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-9)!;
}

/**
 * The value axis from 0: its top and its tick step. Counts tick in whole
 * numbers (never 0.5 of a filing); a percent axis runs to 100% unless some
 * rate is over it, which stays visible, never clipped.
 */
export function valueAxis(chart: Chart): { max: number; step: number } {
  const top = longest(chart);
  if (chart.kind === 'percent') {
    const max = top <= 1 ? 1 : Math.ceil(top * 5) / 5;
    return { max, step: 0.2 };
  }
  const step = niceStep(top, 1);
  return { max: Math.max(step, Math.ceil(top / step) * step), step };
}

/**
 * Series colours: 通过 and 未通过 in the colours offices read them in, the
 * earlier batch in grey beside this one, others from a palette that prints
 * apart in grey.
 */
const NAMED: readonly [prefix: string, colour: string][] = [
  ['通过', '548235'],
  ['未通过', 'C00000'],
  ['上次', 'A5A5A5'],
  ['本次', '2F5597'],
];
const PALETTE = ['2F5597', 'ED7D31', '7F7F7F', 'BF9000'];

export function seriesColour(chart: Chart, index: number): string {
  const name = chart.series[index].name;
  return NAMED.find(([prefix]) => name.startsWith(prefix))?.[1] ?? PALETTE[index % PALETTE.length];
}
