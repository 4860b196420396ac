import { escapeAttr, escapeText } from '../annotate/xml';
import { chartSummary, type Chart } from './chart';
import { chartSpaceXml } from './chart-space';
import { dataWorkbook, EMBEDDED_TABLE } from './data-workbook';
import { CHART_CONTENT_TYPE, REL } from './ooxml';
import { Parts } from './parts';

/**
 * Native charts in a Word document: each chart a word/charts/chartN.xml
 * part with its data workbook embedded, drawn inline at the place the
 * template marks with a bookmark, once the document is rendered.
 */

/** The bookmark naming where a template's charts go. */
export const CHART_PLACE = '_beian_charts';

/** The template's paragraph that the charts replace (or that goes, when there is nothing to draw). */
export function chartPlace(): string {
  return `<w:p><w:bookmarkStart w:id="900" w:name="${CHART_PLACE}"/><w:bookmarkEnd w:id="900"/></w:p>`;
}

/** EMU per millimetre. */
const EMU = 36000;
/** The type area's width (GB/T 9704-2012, 156 mm). */
const WIDTH_MM = 156;

/** Room for the title, legend and axis, then each category a band wide enough for its bars and labels. */
export function chartHeightMm(chart: Chart): number {
  const band = chart.kind === 'clustered' ? 5 + 3 * chart.series.length : 8;
  return Math.min(40 + band * chart.categories.length, 200);
}

const relId = (n: number) => `rIdBeianChart${n}`;

/** A paragraph of its own line height: the body's exact 28.95 pt lines would cut a drawing off. */
const FREE_LINE = '<w:snapToGrid w:val="0"/><w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>';

function drawing(chart: Chart, n: number): string {
  const [cx, cy] = [WIDTH_MM * EMU, Math.round(chartHeightMm(chart) * EMU)];
  return (
    // Kept with its note, if any; never chained to what follows, or the charts and the next table would move as one block.
    `<w:p><w:pPr>${chart.note ? '<w:keepNext/>' : ''}${FREE_LINE}<w:jc w:val="center"/></w:pPr><w:r><w:drawing>` +
    `<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    // The summary is the drawing's alternative text, read aloud in place of the chart.
    `<wp:docPr id="${4000 + n}" name="图表 ${n}" descr="${escapeAttr(chartSummary(chart))}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId(n)}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

function note(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="Note"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r></w:p>`;
}

/** The paragraphs that draw the charts, in order, each chart's note under it. */
function chartParagraphs(charts: readonly Chart[]): string {
  return charts.map((c, i) => drawing(c, i + 1) + (c.note ? note(c.note) : '')).join('');
}

/**
 * Draws the charts at the document's chart place: their paragraphs there,
 * and each chart's part, its embedded data workbook, their relationships
 * and content types. A document without the place is returned as it is.
 */
export function addDocxCharts(docx: Uint8Array, charts: readonly Chart[]): Uint8Array {
  const parts = new Parts(docx);
  const doc = parts.text('word/document.xml');
  const place = chartPlace();
  if (!doc.includes(place)) return docx;
  parts.set('word/document.xml', doc.replace(place, chartParagraphs(charts)));
  if (!charts.length) return parts.bytes();
  parts.declare({ extension: 'xlsx' }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  for (const [i, chart] of charts.entries()) {
    const n = i + 1;
    const part = `word/charts/chart${n}.xml`;
    parts.set(`word/embeddings/chart-data${n}.xlsx`, dataWorkbook(chart));
    parts.addRel(`word/charts/_rels/chart${n}.xml.rels`, 'rId1', `${REL}/package`, `../embeddings/chart-data${n}.xlsx`);
    parts.set(part, chartSpaceXml(chart, EMBEDDED_TABLE, 'rId1'));
    parts.declare({ part }, CHART_CONTENT_TYPE);
    parts.addRel('word/_rels/document.xml.rels', relId(n), `${REL}/chart`, `charts/chart${n}.xml`);
  }
  return parts.bytes();
}
