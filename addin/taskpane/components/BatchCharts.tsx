import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { chartSummary, shownValue, type Chart } from '../../../src/charts/chart';
import { NOT_GIVEN } from '../../../src/forms/summary-facts';
import { KINDS, seriesColour, valueAxis } from '../../../src/charts/kinds';
import type { Batch } from '../../../src/summarize/batch';
import { officeCharts } from '../../../src/summarize/charts';

/**
 * The office's charts on the page, drawn as SVG from the same chart data
 * as the Word report and the results workbook (src/summarize/charts.ts),
 * so the three never disagree. Each is an image with its values read out,
 * and its data table follows for screen readers.
 */

/**
 * Drawn at the width the pane gives it, in CSS pixels, never scaled: a
 * drawing shrunk into a 300 px pane would shrink its text below legibility.
 */
const MAX_WIDTH = 560;
/** Before the figure's width is known (or where it cannot be measured). */
const FALLBACK_WIDTH = 360;
const LABEL = 104;
const VALUES = 44;
const BAR = 15;
const AXIS = 20;
const FONT = 12;
/** Values and notes: the smallest text drawn, still legible. */
const SMALL = 11;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: '12px' },
  figure: { margin: '0', display: 'flex', flexDirection: 'column', gap: '4px' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '8px', listStyleType: 'none', margin: '0', padding: '0' },
  key: { display: 'inline-block', width: '10px', height: '10px', marginRight: '4px' },
  plot: { width: '100%', maxWidth: `${MAX_WIDTH}px` },
  svg: { display: 'block' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** A label that fits the label column: longer names end in …, the full name in the data table and the bar's tooltip. */
const fit = (s: string) => (s.length > 8 ? `${s.slice(0, 7)}…` : s);

const hex = (rgb: string) => `#${rgb}`;

/** One category's band height: a bar per series side by side, or one stacked bar. */
function band(chart: Chart): number {
  return KINDS[chart.kind].grouping === 'stacked' ? BAR + 8 : BAR * chart.series.length + 8;
}

function Bars({ chart, width, className }: { chart: Chart; width: number; className: string }) {
  const { max, step } = valueAxis(chart);
  const plot = Math.max(width - LABEL - VALUES, 40);
  const x = (v: number) => LABEL + (v / max) * plot;
  const h = band(chart);
  const height = h * chart.categories.length + AXIS;
  const stacked = KINDS[chart.kind].grouping === 'stacked';
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const tickText = (t: number) => (chart.kind === 'percent' ? `${Math.round(t * 100)}%` : String(t));
  // In a narrow pane the axis labels would run into each other: every n-th is written, each gridline still drawn.
  const widest = Math.max(...ticks.map((t) => tickText(t).length)) * FONT * 0.6 + 6;
  const every = Math.max(1, Math.ceil(widest / (x(step) - x(0))));
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={FONT} role="img" aria-label={chartSummary(chart)} className={className} focusable="false">
      <title>{chart.title}</title>
      {ticks.map((t, i) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={0} y2={height - AXIS} stroke="#d9d9d9" />
          {i % every === 0 && (
            <text x={x(t)} y={height - 4} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
              {tickText(t)}
            </text>
          )}
        </g>
      ))}
      {chart.categories.map((category, i) => {
        const top = i * h + 4;
        let start = 0;
        return (
          <g key={category} data-category={category}>
            <text x={LABEL - 4} y={top + (h - 8) / 2 + FONT / 2 - 1} textAnchor="end">
              {fit(category)}
            </text>
            {chart.series.map((s, j) => {
              const v = s.values[i];
              const y = stacked ? top : top + j * BAR;
              if (v === null)
                return (
                  <text key={s.name} x={LABEL + 2} y={y + BAR - 3} fill={tokens.colorNeutralForeground3} fontSize={SMALL}>
                    {s.name} {NOT_GIVEN}
                  </text>
                );
              const from = stacked ? start : 0;
              if (stacked) start += v;
              const label = shownValue(chart, v);
              return (
                <g key={s.name}>
                  <rect x={x(from)} y={y} width={x(from + v) - x(from)} height={BAR - 1} fill={hex(seriesColour(chart, j))} data-series={s.name} data-value={v}>
                    <title>{`${category} ${s.name}：${label}`}</title>
                  </rect>
                  {stacked ? (
                    v > 0 && x(from + v) - x(from) > 16 && (
                      <text x={(x(from) + x(from + v)) / 2} y={y + BAR - 3} textAnchor="middle" fill="#fff" fontSize={SMALL}>
                        {label}
                      </text>
                    )
                  ) : (
                    <text x={x(v) + 3} y={y + BAR - 3} fontSize={SMALL}>
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The width a box is shown at, followed as the pane is resized. */
function useShownWidth(): [RefObject<HTMLDivElement>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const take = () => el.clientWidth > 0 && setWidth(Math.floor(el.clientWidth));
    take();
    if (typeof ResizeObserver !== 'function') return;
    const watch = new ResizeObserver(take);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return [box, width];
}

function ChartFigure({ chart }: { chart: Chart }) {
  const s = useStyles();
  const titleId = `chart-${chart.id}`;
  const [box, width] = useShownWidth();
  return (
    <figure className={s.figure} data-chart={chart.id} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {chart.title}
      </Subtitle2>
      {chart.series.length > 1 && (
        <ul className={s.legend} aria-hidden="true">
          {chart.series.map((x, i) => (
            <li key={x.name}>
              <span className={s.key} style={{ background: hex(seriesColour(chart, i)) }} />
              <Caption1>{x.name}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div ref={box} className={s.plot}>
        <Bars chart={chart} width={width} className={s.svg} />
      </div>
      {chart.note && <Caption1>{chart.note}</Caption1>}
      <table className={s.hidden}>
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">{chart.axis}</th>
            {chart.series.map((x) => (
              <th key={x.name} scope="col">
                {x.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.categories.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {chart.series.map((x) => (
                <td key={x.name}>{shownValue(chart, x.values[i])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The batch's charts, as the Word report and the results workbook draw them. */
export function BatchCharts({ batch }: { batch: Batch }) {
  const s = useStyles();
  const charts = useMemo(() => officeCharts(batch), [batch]);
  if (!charts.length) return <Caption1>没有可绘制图表的数据。</Caption1>;
  return (
    <div className={s.list} data-testid="batch-charts">
      {charts.map((c) => (
        <ChartFigure key={c.id} chart={c} />
      ))}
    </div>
  );
}
