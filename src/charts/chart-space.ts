import { escapeAttr, escapeText } from '../annotate/xml';
import { columnLetter } from '../model/cell';
import type { Chart } from './chart';
import { KINDS, seriesColour, valueAxis } from './kinds';

/**
 * The c:chartSpace part of a chart (ECMA-376 Part 1, 21.2): a bar chart
 * with its categories listed top to bottom, each series' name, categories
 * and values both as references to the cells holding them and as the
 * cached values, so that Word, WPS and LibreOffice draw it without
 * recalculating and edit it as a chart of their own.
 */

/** Where a chart's data table stands on a sheet: its header row (the axis, then one column per series), the categories below. */
export interface DataTable {
  sheet: string;
  /** 1-based row and column of the header's first cell. */
  row: number;
  column: number;
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A sheet name as a formula writes it: always quoted, a quote doubled. */
const sheetRef = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function cells(t: DataTable, column: number, from: number, to: number): string {
  const c = `$${columnLetter(t.column + column)}`;
  return `${sheetRef(t.sheet)}!${c}$${t.row + from}${to > from ? `:${c}$${t.row + to}` : ''}`;
}

function strRef(f: string, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeText(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** A value the filings did not give has no point: the chart leaves a gap there. */
function numRef(f: string, values: readonly (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${escapeText(f)}</c:f><c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

/** Text properties: a size in hundredths of a point, bold or not. */
const textProps = (size: number, bold = false, colour?: string) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${colour ? `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` : ''}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

const fill = (rgb: string) => `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;

/** Each bar labelled with its value; a stacked bar's zero segments carry no label (there is nothing to point at). */
function labels(chart: Chart, values: readonly (number | null)[]): string {
  const kind = KINDS[chart.kind];
  const hidden = chart.kind === 'stacked' ? values.flatMap((v, i) => (v === 0 ? [`<c:dLbl><c:idx val="${i}"/><c:delete val="1"/></c:dLbl>`] : [])).join('') : '';
  return (
    `<c:dLbls>${hidden}<c:numFmt formatCode="${escapeAttr(kind.format.values)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(900, false, kind.grouping === 'stacked' ? 'FFFFFF' : undefined)}` +
    `<c:dLblPos val="${kind.grouping === 'stacked' ? 'ctr' : 'outEnd'}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

function series(chart: Chart, table: DataTable): string {
  const n = chart.categories.length;
  const format = KINDS[chart.kind].format.values;
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(cells(table, i + 1, 0, 0), [s.name])}</c:tx>${fill(seriesColour(chart, i))}<c:invertIfNegative val="0"/>` +
        labels(chart, s.values) +
        `<c:cat>${strRef(cells(table, 0, 1, n), chart.categories)}</c:cat><c:val>${numRef(cells(table, i + 1, 1, n), s.values, format)}</c:val></c:ser>`,
    )
    .join('');
}

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

function axes(chart: Chart): string {
  const kind = KINDS[chart.kind];
  const { max, step } = valueAxis(chart);
  const line = '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';
  // Categories top to bottom as the data table lists them; the value axis then crosses at the last category, the bottom.
  const cat =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${line}${textProps(900)}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="${max}"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines>${line}</c:majorGridlines><c:numFmt formatCode="${escapeAttr(kind.format.axis)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProps(900)}<c:crossAx val="${CAT_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="${step}"/></c:valAx>`;
  return cat + val;
}

function title(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/**
 * The chart part. `table` is where its data stands (the embedded workbook's
 * sheet in Word, the 图表 sheet in the results workbook); `data` is the
 * relationship id of the embedded workbook Word edits the data in.
 */
export function chartSpaceXml(chart: Chart, table: DataTable, data?: string): string {
  const kind = KINDS[chart.kind];
  const bar =
    `<c:barChart><c:barDir val="bar"/><c:grouping val="${kind.grouping}"/><c:varyColors val="0"/>${series(chart, table)}` +
    `<c:gapWidth val="60"/>${kind.overlap ? `<c:overlap val="${kind.overlap}"/>` : ''}<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`;
  // A legend only names series: one series is named by the title already.
  const legend = chart.series.length > 1 ? `<c:legend><c:legendPos val="t"/><c:overlay val="0"/>${textProps(900)}</c:legend>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bar}${axes(chart)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>${textProps(1000)}` +
    (data ? `<c:externalData r:id="${data}"><c:autoUpdate val="0"/></c:externalData>` : '') +
    `</c:chartSpace>`
  );
}

/** The rows of a chart's data table: the header (axis, series names), then one row per category. */
export function dataRows(chart: Chart): (string | number | null)[][] {
  return [[chart.axis, ...chart.series.map((s) => s.name)], ...chart.categories.map((c, i) => [c, ...chart.series.map((s) => s.values[i])])];
}
