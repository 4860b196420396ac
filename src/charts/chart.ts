import { NOT_GIVEN } from '../forms/summary-facts';

/**
 * A chart as the office's outputs draw it: the same plain data becomes a
 * DrawingML chart part in the Word report and the results workbook, and an
 * SVG on the page, so the three never disagree.
 */

/** How the bars of a chart's series stand: one on another, side by side, or side by side on a percent axis. */
export type ChartKind = 'stacked' | 'clustered' | 'percent';

export interface ChartSeries {
  name: string;
  /**
   * One per category; a percent chart's are fractions (0.914 is 91.4%).
   * null where the filings say nothing (no filing from that 地市 that year,
   * or none of its filings gives evaluation data): no bar, never a bar of 0,
   * and 未填报 where the value is written out.
   */
  values: (number | null)[];
}

export interface Chart {
  /** Names the chart's parts and the page's elements (orgs-by-city). */
  id: string;
  title: string;
  kind: ChartKind;
  /** What the categories are, the data table's first header (地市（师市）). */
  axis: string;
  /** What the values count (份, 人次), for the value axis; empty on a percent axis. */
  unit: string;
  categories: string[];
  series: ChartSeries[];
  /** What the chart leaves out, said under it (only the first 20 occupations). */
  note?: string;
}

/** A value as the chart's labels and tables print it. */
export function shownValue(chart: Chart, v: number | null): string {
  if (v === null) return NOT_GIVEN;
  return chart.kind === 'percent' ? `${(v * 100).toFixed(1)}%` : String(v);
}

/** The chart in words, for a screen reader: each category with its series' values. */
export function chartSummary(chart: Chart): string {
  const rows = chart.categories.map((c, i) => `${c}：${chart.series.map((s) => `${s.name} ${shownValue(chart, s.values[i])}${chart.unit && s.values[i] !== null ? ` ${chart.unit}` : ''}`).join('，')}`);
  return `${chart.title}。${rows.join('；')}。`;
}
