import { WORKSHEET_ORDER } from '../annotate/ooxml';
import { attr, children, escapeAttr, insertInOrder, rootElement, tagOf } from '../annotate/xml';
import { resolveTarget } from '../zip/opc';
import { chartSummary, type Chart } from './chart';
import { chartSpaceXml, dataRows } from './chart-space';
import { chartHeightMm } from './docx-charts';
import { CHART_CONTENT_TYPE, REL } from './ooxml';
import { Parts } from './parts';

/**
 * Native charts on a sheet of a workbook exceljs wrote (exceljs writes no
 * charts): the sheet holds each chart's data table, and beside it a chart
 * (xl/charts/chartN.xml) in the sheet's drawing (xl/drawings/drawingN.xml)
 * whose series refer to that table's cells.
 */

/** Where one chart's block stands on the sheet: its title row, its data table below, its note after; the chart to the right. */
export interface ChartBlock {
  chart: Chart;
  /** 1-based row of the title; the table's header is the row below. */
  row: number;
  /** 0-based column the chart's top-left corner is anchored at. */
  anchorColumn: number;
}

const EMU = 36000;
/** A default row (15 pt) in EMU. */
const ROW_EMU = 190500;
const WIDTH_MM = 160;

/** The blocks, one under another, each as tall as its table or its chart, whichever is taller. */
export function chartBlocks(charts: readonly Chart[]): ChartBlock[] {
  let row = 1;
  return charts.map((chart) => {
    const block = { chart, row, anchorColumn: chart.series.length + 2 };
    const tableRows = 2 + chart.categories.length + (chart.note ? 1 : 0);
    const chartRows = Math.ceil((chartHeightMm(chart) * EMU) / ROW_EMU);
    row += Math.max(tableRows, chartRows) + 2;
    return block;
  });
}

/** The cells of a block as rows from its title row down: title, header, data, note. */
export function blockRows(block: ChartBlock): (string | number | null)[][] {
  return [[block.chart.title], ...dataRows(block.chart), ...(block.chart.note ? [[block.chart.note]] : [])];
}

const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

function anchor(block: ChartBlock, n: number): string {
  const [cx, cy] = [WIDTH_MM * EMU, Math.round(chartHeightMm(block.chart) * EMU)];
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${block.anchorColumn}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${block.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="图表 ${n}" descr="${escapeAttr(chartSummary(block.chart))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId${n}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

/** The worksheet part of a sheet, by its name, through the workbook's relationships. */
function sheetPart(parts: Parts, name: string): string {
  const wb = parts.text('xl/workbook.xml');
  const sheets = children(wb, rootElement(wb)).find((c) => c.local === 'sheets')!;
  const tag = children(wb, sheets).map((c) => tagOf(wb, c)).find((t) => attr(t, 'name') === name)!;
  const rels = parts.text('xl/_rels/workbook.xml.rels');
  const rel = children(rels, rootElement(rels)).map((c) => tagOf(rels, c)).find((t) => attr(t, 'Id') === attr(tag, 'r:id'))!;
  return resolveTarget('xl/workbook.xml', attr(rel, 'Target')!);
}

/** Adds the charts of `blocks` to the sheet `sheet` (whose cells hold the blocks' tables, see {@link blockRows}). */
export function addSheetCharts(xlsx: Uint8Array, sheet: string, blocks: readonly ChartBlock[]): Uint8Array {
  if (!blocks.length) return xlsx;
  const parts = new Parts(xlsx);
  const part = sheetPart(parts, sheet);
  const drawing = 'xl/drawings/drawing1.xml';
  const file = part.slice(part.lastIndexOf('/') + 1);
  const anchors = blocks.map((b, i) => {
    const n = i + 1;
    const chart = `xl/charts/chart${n}.xml`;
    parts.set(chart, chartSpaceXml(b.chart, { sheet, row: b.row + 1, column: 1 }));
    parts.declare({ part: chart }, CHART_CONTENT_TYPE);
    parts.addRel('xl/drawings/_rels/drawing1.xml.rels', `rId${n}`, `${REL}/chart`, `../charts/chart${n}.xml`);
    return anchor(b, n);
  });
  parts.set(drawing, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`);
  parts.declare({ part: drawing }, 'application/vnd.openxmlformats-officedocument.drawing+xml');
  parts.addRel(`xl/worksheets/_rels/${file}.rels`, 'rIdBeianDrawing', `${REL}/drawing`, '../drawings/drawing1.xml');
  const xml = parts.text(part);
  parts.set(part, insertInOrder(xml, rootElement(xml), 'drawing', `<drawing xmlns:r="${REL}" r:id="rIdBeianDrawing"/>`, WORKSHEET_ORDER));
  return parts.bytes();
}
