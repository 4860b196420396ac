import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Chart } from '../../../src/charts/chart';
import { summaryDocx } from '../../../src/forms/summaries';
import { NOT_GIVEN } from '../../../src/forms/summary-facts';
import { compileBatch, type Batch } from '../../../src/summarize/batch';
import { readEarlierBatch } from '../../../src/summarize/earlier';
import { batchJson } from '../../../src/summarize/json';
import { comparePrevious } from '../../../src/summarize/previous';
import { MAX_OCCUPATIONS, officeCharts } from '../../../src/summarize/charts';
import { CHART_SHEET, resultsWorkbook } from '../../../src/summarize/results-workbook';
import { chartBlocks } from '../../../src/charts/xlsx-charts';
import { summaryFacts } from '../../../src/summarize/summary-facts';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

/**
 * The office's charts: one chart-data function, drawn as native DrawingML
 * charts in the Word report (with an embedded data workbook) and on the
 * results workbook's 图表 sheet (referring to the cells that hold the data).
 * The parts are parsed back and their series, categories and values compared
 * with the data and with the cells they name.
 */

const city = (code: string, seq: number) => ({ 统一社会信用代码: creditCode('91', code, `MA7N3K${String(seq).padStart(2, '0')}`) });
const nowhere = { 统一社会信用代码: null, 办公地址: null, 注册地: null };

function inbox(): Batch {
  const subs = [
    submission('郑州甲.xlsx', orgSpec('郑州甲机构', 1, city('410105', 1), { extra: evaluations(['电工', 120, 100], ['焊工', 40, 30]) })),
    submission('郑州乙.xlsx', orgSpec('郑州乙机构', 2, city('410105', 2), { extra: evaluations(['电工', 80, 60]) })),
    submission('新乡.xlsx', orgSpec('新乡机构', 3, {}, { extra: evaluations(['焊工', 10, 10], ['育婴员', 0, 0]) })),
    submission('无地市.xlsx', orgSpec('无地市机构', 4, nowhere)),
  ];
  return compileBatch([...subs, { file: '坏.xlsx', status: 'unreadable', reason: '文件为空（0 字节），不是 Excel 工作簿' }], AS_OF);
}

const xml = (bytes: Uint8Array) => new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/xml');
const els = (parent: { getElementsByTagName(n: string): ArrayLike<Element> }, name: string): Element[] => Array.from(parent.getElementsByTagName(name));
const one = (parent: Element, name: string) => els(parent, name)[0];
const cache = (ref: Element) => els(ref, 'c:pt').map((p) => one(p, 'c:v').textContent ?? '');

/** A chart part read back: its title, bar layout, and each series' name, categories and values with the cells they refer to. */
function readChart(bytes: Uint8Array) {
  const doc = xml(bytes);
  const root = doc.documentElement!;
  return {
    title: els(one(root, 'c:title'), 'a:t').map((t) => t.textContent).join(''),
    barDir: one(root, 'c:barDir').getAttribute('val'),
    grouping: one(root, 'c:grouping').getAttribute('val'),
    valueFormat: one(one(root, 'c:valAx'), 'c:numFmt').getAttribute('formatCode'),
    externalData: one(root, 'c:externalData')?.getAttribute('r:id') ?? null,
    series: els(root, 'c:ser').map((s) => ({
      name: cache(one(s, 'c:tx'))[0],
      nameRef: one(one(s, 'c:tx'), 'c:f').textContent,
      categories: cache(one(s, 'c:cat')),
      categoryRef: one(one(s, 'c:cat'), 'c:f').textContent,
      values: cache(one(s, 'c:val')).map(Number),
      valueRef: one(one(s, 'c:val'), 'c:f').textContent,
      count: Number(one(one(s, 'c:val'), 'c:ptCount').getAttribute('val')),
    })),
  };
}

function expectDrawn(read: ReturnType<typeof readChart>, chart: Chart): void {
  expect(read.title).toBe(chart.title);
  expect(read.barDir).toBe('bar');
  expect(read.grouping).toBe(chart.kind === 'stacked' ? 'stacked' : 'clustered');
  expect(read.series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
  for (const [i, s] of read.series.entries()) {
    expect(s.categories).toEqual(chart.categories);
    expect(s.values).toEqual(chart.series[i].values);
    expect(s.count).toBe(chart.categories.length);
  }
}

const template = (id: string) => Promise.resolve(readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`)));

describe('the office charts, from the batch', () => {
  const batch = inbox();
  const charts = officeCharts(batch);
  const byId = (id: string) => charts.find((c) => c.id === id)!;

  it('organisations and pass/fail by 地市: only places a filing names, the most first, an unknown 地市 as 未填报 last', () => {
    const c = byId('orgs-by-city');
    expect(c.kind).toBe('stacked');
    expect(c.categories).toEqual(['郑州市', '新乡市', NOT_GIVEN]);
    const failed = (f: string) => (batch.used.find((s) => s.file === f)!.summary.errors ? 1 : 0);
    expect(c.series.map((s) => s.name)).toEqual(['通过', '未通过']);
    expect(c.series[1].values).toEqual([failed('郑州甲.xlsx') + failed('郑州乙.xlsx'), failed('新乡.xlsx'), failed('无地市.xlsx')]);
    // Each 地市's bar is its filings: passed and failed together.
    expect(c.categories.map((_, i) => c.series[0].values[i]! + c.series[1].values[i]!)).toEqual([2, 1, 1]);
  });

  it('评价 and 取证 by occupation: the occupations the filings report, the most evaluated first, a reported 0 kept', () => {
    const c = byId('evaluations-by-occupation');
    expect(c.categories).toEqual(['电工', '焊工', '育婴员']);
    expect(c.series).toEqual([
      { name: '评价人次', values: [200, 50, 0] },
      { name: '取证人次', values: [160, 40, 0] },
    ]);
  });

  it('取证率 only where someone was evaluated', () => {
    const c = byId('rate-by-occupation');
    expect(c.kind).toBe('percent');
    expect(c.categories).toEqual(['电工', '焊工']);
    expect(c.series).toEqual([{ name: '取证率', values: [0.8, 0.8] }]);
  });

  it('more occupations than a chart can show: the busiest, and a note saying so', () => {
    const many = Array.from({ length: MAX_OCCUPATIONS + 5 }, (_, i): [string, number, number] => [`职业${String(i).padStart(2, '0')}`, 100 + i, 50]);
    const c = officeCharts(compileBatch([submission('多.xlsx', orgSpec('多职业机构', 9, {}, { extra: evaluations(...many) }))], AS_OF)).find((x) => x.id === 'evaluations-by-occupation')!;
    expect(c.categories).toHaveLength(MAX_OCCUPATIONS);
    expect(c.categories[0]).toBe(`职业${MAX_OCCUPATIONS + 4}`);
    expect(c.note).toContain(`共 ${MAX_OCCUPATIONS + 5} 个职业（工种）`);
  });

  it('no filing with evaluations: no occupation charts at all (no empty chart)', () => {
    const c = officeCharts(compileBatch([submission('空.xlsx', orgSpec('空机构', 8))], AS_OF));
    expect(c.map((x) => x.id)).toEqual(['orgs-by-city']);
  });
});

describe('this year against the earlier batch (--previous)', () => {
  const LAST_YEAR = new Date(Date.UTC(2025, 5, 1));
  const last = compileBatch(
    [
      submission('郑州甲.xlsx', orgSpec('郑州甲机构', 1, city('410105', 1), { extra: evaluations(['电工', 90, 70]) })),
      submission('洛阳.xlsx', orgSpec('洛阳机构', 5, city('410305', 5), { extra: evaluations(['育婴员', 30, 20]) })),
    ],
    LAST_YEAR,
  );
  const now = inbox();
  const batch = { ...now, previous: comparePrevious(now, readEarlierBatch(JSON.stringify(batchJson(last)))) };
  const charts = officeCharts(batch);
  const byId = (id: string) => charts.find((c) => c.id === id)!;

  it('没有 --previous, no year-on-year chart', () => {
    expect(officeCharts(now).map((c) => c.id)).not.toContain('year-on-year-by-city');
  });

  it('评价人次 by 地市, each batch a series named by its day; a 地市 one year has no filing from gets no bar there, not a 0', () => {
    const c = byId('year-on-year-by-city');
    expect(c.series.map((s) => s.name)).toEqual(['上次汇总（2025-06-01）', '本次汇总（2026-06-01）']);
    const row = (name: string) => c.series.map((s) => s.values[c.categories.indexOf(name)]);
    expect(row('郑州市')).toEqual([90, 240]);
    expect(row('新乡市')).toEqual([null, 10]);
    expect(row('洛阳市')).toEqual([30, null]);
    // 无地市机构 sent no 备案期评价情况 this year: its 地市 gets no bar, not a 0.
    expect(c.categories.at(-1)).toBe(NOT_GIVEN);
    expect(row(NOT_GIVEN)).toEqual([null, null]);
  });

  it('评价人次 by occupation in both batches, the busiest first; a missing year is a gap in the chart part too', () => {
    const c = byId('year-on-year-by-occupation');
    expect(c.categories.slice(0, 2)).toEqual(['电工', '焊工']);
    const yoy = c.categories.indexOf('育婴员');
    expect(c.series.map((s) => s.values[yoy])).toEqual([30, 0]);
  });

  it('drawn in both documents; the chart part has no point where a year has no filing', async () => {
    const parts = unzipSync(await summaryDocx('report', summaryFacts(batch), template));
    const at = charts.findIndex((c) => c.id === 'year-on-year-by-city');
    const read = readChart(parts[`word/charts/chart${at + 1}.xml`]);
    expect(read.title).toBe('各地市（师市）评价人次：本次与上次汇总对比');
    const chart = charts[at];
    // ptCount covers every category; only the points the filings gave are there.
    expect(read.series.map((s) => s.count)).toEqual([chart.categories.length, chart.categories.length]);
    expect(read.series.map((s) => s.values)).toEqual(chart.series.map((s) => s.values.filter((v) => v !== null)));
    const xlsx = unzipSync(await resultsWorkbook(batch));
    expect(Object.keys(xlsx).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(charts.length);
  });
});

describe('the Word report draws the charts natively, after the totals', () => {
  const batch = inbox();
  const facts = summaryFacts(batch);
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    parts = unzipSync(await summaryDocx('report', facts, template));
  });

  it('each chart inline in the body after the totals sentence, a chart relationship, a chart part and its content type', () => {
    const doc = new TextDecoder().decode(parts['word/document.xml']);
    const rels = new TextDecoder().decode(parts['word/_rels/document.xml.rels']);
    const types = new TextDecoder().decode(parts['[Content_Types].xml']);
    const ids = [...doc.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(facts.charts.length);
    expect(doc.indexOf('本次共收到工作簿')).toBeLessThan(doc.indexOf('<w:drawing>'));
    expect(doc.indexOf('<w:drawing>')).toBeLessThan(doc.indexOf('一、按适用规则统计'));
    for (const [i, id] of ids.entries()) {
      const target = new RegExp(`Id="${id}" Type="[^"]+/chart" Target="([^"]+)"`).exec(rels)![1];
      expect(types).toContain(`<Override PartName="/word/${target}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      expectDrawn(readChart(parts[`word/${target}`]), facts.charts[i]);
    }
    // The alternative text reads the values out.
    expect(doc).toContain('descr="各地市（师市）备案工作簿数及检查结果。郑州市：通过');
  });

  it('each chart carries its data in an embedded workbook that its references name, for 编辑数据', async () => {
    for (const [i, chart] of facts.charts.entries()) {
      const read = readChart(parts[`word/charts/chart${i + 1}.xml`]);
      const rels = new TextDecoder().decode(parts[`word/charts/_rels/chart${i + 1}.xml.rels`]);
      const target = new RegExp(`Id="${read.externalData}" Type="[^"]+/package" Target="\\.\\./([^"]+)"`).exec(rels)![1];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(parts[`word/${target}`]) as unknown as ArrayBuffer);
      expectReferencedCells(wb, read, chart);
    }
  });

  it('nothing to draw: the report keeps no trace of the charts place', async () => {
    const bare = unzipSync(await summaryDocx('report', { ...facts, charts: [] }, template));
    const doc = new TextDecoder().decode(bare['word/document.xml']);
    expect(doc).not.toContain('bookmarkStart');
    expect(doc).not.toContain('<w:drawing>');
    expect(Object.keys(bare).filter((n) => n.includes('chart'))).toEqual([]);
  });

  it('the renewal summary has no charts', async () => {
    const renewal = unzipSync(await summaryDocx('renewal', facts, template));
    expect(Object.keys(renewal).filter((n) => n.includes('chart'))).toEqual([]);
  });
});

/** Every reference of a chart read back names cells that hold the chart's names, categories and values. */
function expectReferencedCells(wb: ExcelJS.Workbook, read: ReturnType<typeof readChart>, chart: Chart): void {
  const cells = (ref: string) => {
    const m = /^'(.+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
    const ws = wb.getWorksheet(m[1])!;
    const out: unknown[] = [];
    for (let r = Number(m[3]); r <= Number(m[5] ?? m[3]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
    return out;
  };
  for (const [i, s] of read.series.entries()) {
    expect(cells(s.nameRef!)).toEqual([chart.series[i].name]);
    expect(cells(s.categoryRef!)).toEqual(chart.categories);
    expect(cells(s.valueRef!)).toEqual(chart.series[i].values);
  }
}

describe('the results workbook: a 图表 sheet with the data and a chart beside each table', () => {
  const batch = inbox();
  const charts = officeCharts(batch);
  let bytes: Uint8Array;
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    bytes = await resultsWorkbook(batch);
    parts = unzipSync(bytes);
  });

  it('the sheet has a drawing; the drawing anchors one chart per chart; each chart refers to the sheet cells that hold its data', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['机构一览', '问题清单', '跨机构问题', '职业汇总', CHART_SHEET]);
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet5.xml']);
    expect(sheet).toMatch(/<drawing xmlns:r="[^"]+" r:id="rIdBeianDrawing"\/><\/worksheet>$|<drawing [^>]+\/>/);
    const drawing = new TextDecoder().decode(parts['xl/drawings/drawing1.xml']);
    expect(drawing.match(/<xdr:oneCellAnchor>/g)).toHaveLength(charts.length);
    for (const [i, chart] of charts.entries()) {
      const read = readChart(parts[`xl/charts/chart${i + 1}.xml`]);
      expectDrawn(read, chart);
      expect(read.series[0].categoryRef).toMatch(new RegExp(`^'${CHART_SHEET}'!`));
      expectReferencedCells(wb, read, chart);
    }
    expect(readChart(parts['xl/charts/chart3.xml']).valueFormat).toBe('0%');
  });

  it('prints each chart with its table on a page of its own, the series names apart', async () => {
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet5.xml']);
    const breaks = [...sheet.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(chartBlocks(charts).slice(1).map((b) => b.row - 1));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(CHART_SHEET)!;
    for (const chart of charts) chart.series.forEach((s, i) => expect(ws.getColumn(i + 2).width).toBeGreaterThanOrEqual(s.name.length * 2));
  });

  const PYTHON = '/usr/bin/python3';
  const openpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
  (openpyxl ? it : it.skip)('openpyxl loads the workbook and finds the bar charts on 图表, with their series references', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'beian-charts-')), '结果.xlsx');
    writeFileSync(file, bytes);
    const script = [
      'import json, sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]',
      'print(json.dumps([{"type": c.tagname, "dir": c.type, "grouping": c.grouping, "series": [s.val.numRef.f for s in c.series]} for c in ws._charts], ensure_ascii=False))',
    ].join('\n');
    const r = spawnSync(PYTHON, ['-c', script, file, CHART_SHEET], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const seen = JSON.parse(r.stdout) as { type: string; dir: string; grouping: string; series: string[] }[];
    expect(seen.map((c) => [c.type, c.dir, c.grouping])).toEqual(charts.map((c) => ['barChart', 'bar', c.kind === 'stacked' ? 'stacked' : 'clustered']));
    expect(seen.map((c) => c.series.length)).toEqual(charts.map((c) => c.series.length));
    for (const c of seen) for (const f of c.series) expect(f).toMatch(new RegExp(`^'${CHART_SHEET}'!\\$[B-Z]\\$\\d+:\\$[B-Z]\\$\\d+$`));
  });
});
