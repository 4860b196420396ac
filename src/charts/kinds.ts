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

/** The value axis's top on a percent chart: 100% unless some rate is over it (bad data stays visible, never clipped). */
export function percentMax(chart: Chart): number | undefined {
  if (chart.kind !== 'percent') return undefined;
  return chart.series.every((s) => s.values.every((v) => v <= 1)) ? 1 : undefined;
}

/** Series colours: 通过 and 未通过 in the colours offices read them in, others from a palette that prints apart in grey. */
const NAMED: Record<string, string> = { 通过: '548235', 未通过: 'C00000' };
const PALETTE = ['2F5597', 'ED7D31', '7F7F7F', 'BF9000'];

export function seriesColour(chart: Chart, index: number): string {
  return NAMED[chart.series[index].name] ?? PALETTE[index % PALETTE.length];
}
