import ExcelJS from 'exceljs';
import { SEVERITY_LABEL } from '../model/severity';
import { isoDate, isoDay } from '../model/cell';
import { profileById } from '../profiles/profiles';
import type { Batch } from './batch';
import { entryNote, entryVerdict } from './verdict';
import { daysLeft, orgName } from './cross-rules';
import { evaluationTotals, occupationTotals } from './occupations';
import { forXml } from '../model/xml-text';
import { checkTitle } from '../rules/catalogue';
import { comparisonTables } from './comparison-sheets';
import { addSheetCharts, blockRows, chartBlocks, type ChartBlock } from '../charts/xlsx-charts';
import { officeCharts } from './charts';
import { shownCount, unreportedCount } from './tally';
import { figureText } from '../forms/summary-facts';

export type Value = string | number | Date | null | { text: string; hyperlink: string; tooltip?: string };

export interface Column {
  header: string;
  /** Stored as text, so Excel never turns an 18-digit number into 1.10101E+17. */
  text?: boolean;
  /** Shown as a date. */
  date?: boolean;
  /** A fraction shown as a percentage (0.914 → 91.4%), so that it sorts as a number. */
  percent?: boolean;
  /** A count that may read 未填报: right-aligned, so the words stand where the numbers do. */
  count?: boolean;
}

/** Where the results workbook may link a received file; undefined leaves the name unlinked. */
export type LinkOf = (file: string) => string | undefined;


const MAX_WIDTH = 60;

/** Excel refuses a cell holding more text than this; a workbook's own text may be longer. */
const MAX_CELL_TEXT = 32767;

/** Columns a CJK or full-width character takes in Excel: two; anything else one. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function shown(v: Value): string {
  if (v === null) return '';
  if (v instanceof Date) return isoDate(v);
  return typeof v === 'object' ? v.text : String(v);
}

/** One sheet: a bold, frozen header with an autofilter, and columns as wide as their content (long text wraps). */
function addTable(wb: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly Value[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((v, i) => (typeof v === 'string' ? forXml(v).slice(0, MAX_CELL_TEXT) : v && typeof v === 'object' && 'hyperlink' in v ? { ...v, text: forXml(v.text) } : columns[i].text && typeof v === 'number' ? String(v) : v)));
    r.forEach((v, i) => {
      if (v !== null && typeof v === 'object' && !(v instanceof Date)) row.getCell(i + 1).font = { color: { argb: 'FF0563C1' }, underline: true };
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // Printed as an office files it: landscape A4, every column on one page across, the header on every page.
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', horizontalCentered: true };
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const widest = rows.reduce((w, r) => Math.max(w, displayWidth(shown(r[i]))), displayWidth(c.header));
    col.width = Math.min(widest, MAX_WIDTH) + 2;
    if (c.text) col.numFmt = '@';
    if (c.date) col.numFmt = 'yyyy-mm-dd';
    if (c.percent) col.numFmt = '0.0%';
    if (c.count) col.alignment = { horizontal: 'right' };
    if (widest > MAX_WIDTH) col.alignment = { wrapText: true, vertical: 'top' };
  });
}

export const CHART_SHEET = '图表';

/**
 * The 图表 sheet: each chart's data table, titled, for the chart beside it
 * to refer to (added once exceljs has written the workbook). Printed, each
 * chart with its table starts a page, so that no chart is cut in two.
 */
function addChartTables(wb: ExcelJS.Workbook, blocks: readonly ChartBlock[]): void {
  const ws = wb.addWorksheet(CHART_SHEET);
  ws.getColumn(1).width = 30;
  // Each series' column as wide as its name (本次汇总（2026-06-01）), so that the names stay apart.
  const series = Math.max(...blocks.map((b) => b.chart.series.length));
  for (let c = 0; c < series; c++) ws.getColumn(c + 2).width = Math.max(10, ...blocks.map((b) => displayWidth(b.chart.series[c]?.name ?? ''))) + 2;
  for (const [i, block] of blocks.entries()) {
    if (i > 0) ws.getRow(block.row - 1).addPageBreak();
    const percent = block.chart.kind === 'percent';
    blockRows(block).forEach((cells, i) => {
      const row = ws.getRow(block.row + i);
      row.values = cells.map((v) => (typeof v === 'string' ? forXml(v) : v));
      if (i <= 1) row.font = { bold: true };
      if (percent && i > 1) row.eachCell((c) => typeof c.value === 'number' && (c.numFmt = '0.0%'));
    });
  }
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** A received file, linked; a workbook inside a .zip links to the archive and its tip names the entry to open. */
function fileCell(file: string, linkOf: LinkOf): Value {
  const href = linkOf(file);
  if (!href) return file;
  const zip = /^(.*?\.zip)\/(.+)$/i.exec(file);
  return zip ? { text: file, hyperlink: href, tooltip: `压缩包 ${zip[1]} 中的 ${zip[2]}` } : { text: file, hyperlink: href };
}

const dateOrText = (s: string): Value => isoDay(s) ?? (s || null);

function overview(batch: Batch, linkOf: LinkOf): Value[][] {
  return batch.entries.map((e, i) => {
    if (e.status !== 'ok') return [i + 1, fileCell(e.file, linkOf), ...Array<null>(9).fill(null), entryVerdict(e), ...Array<null>(9).fill(null), e.reason];
    const totals = evaluationTotals(e);
    return [
      i + 1,
      fileCell(e.file, linkOf),
      e.org.name || null,
      e.org.creditCode || null,
      e.org.filingNo || null,
      e.org.city || null,
      e.org.contact || null,
      e.org.contactPhone || null,
      profileById(e.profile)?.name ?? e.profile,
      e.business,
      dateOrText(e.org.applyDate),
      entryVerdict(e),
      e.summary.errors,
      e.summary.warnings,
      e.summary.infos,
      dateOrText(e.org.validFrom),
      dateOrText(e.org.validTo),
      daysLeft(e, batch.asOf) ?? null,
      figureText(totals, 'assessed'),
      figureText(totals, 'certified'),
      e.dropped.join('、') || null,
      entryNote(e) || null,
    ];
  });
}

/**
 * The office's results workbook (`summarize --xlsx`): 机构一览, 问题清单,
 * 跨机构问题 and 职业汇总, each a plain table to sort and filter, and 图表,
 * the office's charts with the data they draw.
 */
export async function resultsWorkbook(batch: Batch, linkOf: LinkOf = () => undefined): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'beian';
  const nameOf = new Map(batch.entries.flatMap((e) => (e.status === 'ok' ? [[e.file, orgName(e)] as const] : [])));
  addTable(
    wb,
    '机构一览',
    [
      { header: '序号' },
      { header: '文件' },
      { header: '机构名称' },
      { header: '统一社会信用代码', text: true },
      { header: '备案号', text: true },
      { header: '地市/师市' },
      { header: '联系人' },
      { header: '联系电话', text: true },
      { header: '适用规则' },
      { header: '申请业务类型' },
      { header: '申请日期', date: true },
      { header: '检查结果' },
      { header: '错误' },
      { header: '警告' },
      { header: '提示' },
      { header: '备案有效期起', date: true },
      { header: '备案有效期止', date: true },
      { header: '剩余天数' },
      { header: '评价人次', count: true },
      { header: '取证人次', count: true },
      { header: '退出评价范围的职业（工种）' },
      { header: '说明' },
    ],
    overview(batch, linkOf),
  );
  addTable(
    wb,
    '问题清单',
    [{ header: '文件' }, { header: '机构名称' }, { header: '工作表' }, { header: '单元格' }, { header: '级别' }, { header: '检查项' }, { header: '问题' }, { header: '依据' }, { header: '建议' }],
    batch.entries.flatMap((e) =>
      e.status === 'ok'
        ? e.findings.map((f) => [fileCell(e.file, linkOf), orgName(e), f.sheet, f.cell ?? f.range ?? null, SEVERITY_LABEL[f.severity], checkTitle(f.rule), f.message, f.basis || null, f.hint])
        : [],
    ),
  );
  addTable(
    wb,
    '跨机构问题',
    [{ header: '序号' }, { header: '级别' }, { header: '检查项' }, { header: '问题' }, { header: '机构名称' }, { header: '文件' }, { header: '身份证件号', text: true }, { header: '依据' }],
    // One row per organisation involved, each with its own file to open; the finding's number ties the rows together.
    batch.cross.flatMap((f, i) =>
      f.files.map((file) => [i + 1, SEVERITY_LABEL[f.severity], checkTitle(f.rule), f.message, nameOf.get(file) ?? null, fileCell(file, linkOf), f.person?.id ?? null, f.basis || null]),
    ),
  );
  addTable(
    wb,
    '职业汇总',
    [
      { header: '职业（工种）' },
      { header: '机构数' },
      { header: '评价人次', count: true },
      { header: '取证人次', count: true },
      { header: '取证率', percent: true },
      { header: '未填报评价数据的机构数' },
      { header: '未填报评价数据的机构' },
    ],
    // Whom to ask: the organisations counted whose workbook gives no evaluation data, so the figures leave them out.
    occupationTotals(batch.used).map((o) => [o.name, o.orgs, shownCount(o, 'assessed'), shownCount(o, 'certified'), o.rate, unreportedCount(o), o.unreported.join('、') || null]),
  );
  for (const t of comparisonTables(batch)) addTable(wb, t.name, t.columns, t.rows);
  const blocks = chartBlocks(officeCharts(batch));
  if (blocks.length) addChartTables(wb, blocks);
  return addSheetCharts(new Uint8Array(await wb.xlsx.writeBuffer()), CHART_SHEET, blocks);
}
