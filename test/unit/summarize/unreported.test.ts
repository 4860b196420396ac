import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { summaryDocx } from '../../../src/forms/summaries';
import { compileBatch, type Batch } from '../../../src/summarize/batch';
import { officeCharts } from '../../../src/summarize/charts';
import { withComparisonAnnex } from '../../../src/summarize/comparison-report';
import { readEarlierBatch } from '../../../src/summarize/earlier';
import { batchJson } from '../../../src/summarize/json';
import { comparePrevious } from '../../../src/summarize/previous';
import { resultsWorkbook } from '../../../src/summarize/results-workbook';
import { summaryFacts } from '../../../src/summarize/summary-facts';
import { comparisonLines } from '../../../src/summarize/verdict';
import type { BookSpec } from '../../helpers/book';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

/**
 * A workbook without evaluation data (a first filing or a 信息变更 has no
 * 备案期评价情况; an earlier batch's JSON may not have recorded it) says
 * nothing of evaluations: the office's tables print 未填报, the charts draw
 * no bar, and a sum that leaves such organisations out says so. A workbook
 * that reports 0 evaluations shows 0.
 */

const LAST_YEAR = new Date(Date.UTC(2025, 5, 1));
const at = (code: string, seq: number) => ({ 统一社会信用代码: creditCode('91', code, `MA7N3K${String(seq).padStart(2, '0')}`) });
const ZHENGZHOU = '410105';
const LUOYANG = '410305';
/** A 备案期评价情况 sheet with its header and no rows: it says nothing either. */
const emptySheet = (): BookSpec => ({ 备案期评价情况: [evaluations()['备案期评价情况'][0]] });

const batchOf = (inbox: Record<string, BookSpec>, asOf: Date) => compileBatch(Object.entries(inbox).map(([f, s]) => submission(f, s)), asOf);

/** Last year: 郑州甲 evaluated, 洛阳乙 sent a first filing without evaluation data, 新乡丙 reported that nobody was evaluated. */
const lastYear = () =>
  batchOf(
    {
      '郑州甲.xlsx': orgSpec('郑州甲机构', 1, at(ZHENGZHOU, 1), { extra: evaluations(['电工', 90, 70]) }),
      '洛阳乙.xlsx': orgSpec('洛阳乙机构', 2, { ...at(LUOYANG, 2), 申请业务类型: '首次备案' }),
      '新乡丙.xlsx': orgSpec('新乡丙机构', 3, {}, { extra: evaluations(['电工', 0, 0]) }),
    },
    LAST_YEAR,
  );

/** This year: 郑州丁 sends a 信息变更 with an empty 备案期评价情况, so 郑州's sum leaves it out; 洛阳乙 now reports. */
const thisYear = () =>
  batchOf(
    {
      '郑州甲.xlsx': orgSpec('郑州甲机构', 1, at(ZHENGZHOU, 1), { extra: evaluations(['电工', 120, 100]) }),
      '郑州丁.xlsx': orgSpec('郑州丁机构', 4, { ...at(ZHENGZHOU, 4), 申请业务类型: '信息变更' }, { extra: emptySheet() }),
      '洛阳乙.xlsx': orgSpec('洛阳乙机构', 2, at(LUOYANG, 2), { extra: evaluations(['电工', 30, 20]) }),
      '新乡丙.xlsx': orgSpec('新乡丙机构', 3, {}, { extra: evaluations(['电工', 0, 0]) }),
    },
    AS_OF,
  );

/** This year's batch against an earlier batch's JSON, as `summarize --previous` reads it. */
function compared(now: Batch, json: object): Batch {
  return { ...now, previous: comparePrevious(now, readEarlierBatch(JSON.stringify(json))) };
}

const rowsOf = async (bytes: Uint8Array, sheet: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return (wb.getWorksheet(sheet)!.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((r) => r.slice(1));
};

const template = (id: string) => Promise.resolve(readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`)));

/** The rows of every table of a Word file, each row its cells' texts. */
function wordRows(bytes: Uint8Array): string[][] {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

describe('tallies know which organisations gave evaluation data', () => {
  const batch = compared(thisYear(), batchJson(lastYear()));
  const p = batch.previous!;
  const city = (name: string) => p.byCity.find((r) => r.name === name)!;

  it('counts the organisations that reported: none (未填报), real zeros, and a partial sum', () => {
    expect(city('洛阳市').previous).toEqual({ orgs: 1, reported: 0, assessed: 0, certified: 0 });
    expect(city('洛阳市').current).toEqual({ orgs: 1, reported: 1, assessed: 30, certified: 20 });
    expect(city('新乡市')).toMatchObject({ previous: { orgs: 1, reported: 1, assessed: 0 }, current: { orgs: 1, reported: 1, assessed: 0 } });
    expect(city('郑州市').current).toEqual({ orgs: 2, reported: 1, assessed: 120, certified: 100 });
    expect(p.totals).toEqual({ previous: { orgs: 3, reported: 2, assessed: 90, certified: 70 }, current: { orgs: 4, reported: 3, assessed: 150, certified: 120 } });
  });

  it('an earlier JSON written before evaluations were recorded still loads; its figures are unknown, not 0', () => {
    const old = batchJson(lastYear()) as { workbooks: Record<string, unknown>[] };
    for (const w of old.workbooks) delete w.evaluations;
    const q = compared(thisYear(), old).previous!;
    expect(q.totals.previous).toEqual({ orgs: 3, reported: 0, assessed: 0, certified: 0 });
    expect(q.byCity.every((r) => r.previous.reported === 0)).toBe(true);
    expect(comparisonLines({ ...batch, previous: q })[0]).toContain('评价 未填报 → 150 人次，取证 未填报 → 120 人次（上次 3 家、本次 1 家机构未填报评价数据，人次只计填报了的机构）');
  });

  it('the JSON gives null 评价人次 and 取证人次 for a workbook without evaluation data, and 0 for one that reports 0', () => {
    const json = batchJson(thisYear()) as { workbooks: { org: string; assessed: number | null; certified: number | null }[] };
    const of = (org: string) => json.workbooks.find((w) => w.org === org)!;
    expect(of('郑州丁机构')).toMatchObject({ assessed: null, certified: null });
    expect(of('新乡丙机构')).toMatchObject({ assessed: 0, certified: 0 });
  });

  it('the terminal and the page say the sums leave organisations out', () => {
    expect(comparisonLines(batch)[0]).toContain('评价 90 → 150 人次，取证 70 → 120 人次（上次 1 家、本次 1 家机构未填报评价数据，人次只计填报了的机构）');
  });
});

describe('the charts draw no bar where nothing was reported, and a bar of 0 where 0 was', () => {
  const batch = compared(thisYear(), batchJson(lastYear()));
  const charts = officeCharts(batch);
  const chart = (id: string) => charts.find((c) => c.id === id)!;
  const bars = (id: string, category: string) => {
    const c = chart(id);
    return c.series.map((s) => s.values[c.categories.indexOf(category)]);
  };

  it('评价人次 by 地市: 洛阳 last year is no bar, 新乡 is 0 in both years, and the note names the batches that leave organisations out', () => {
    expect(bars('year-on-year-by-city', '洛阳市')).toEqual([null, 30]);
    expect(bars('year-on-year-by-city', '新乡市')).toEqual([0, 0]);
    expect(bars('year-on-year-by-city', '郑州市')).toEqual([90, 120]);
    expect(chart('year-on-year-by-city').note).toContain('上次汇总中 1 家、本次汇总中 1 家机构未填报评价数据，图中人次不含这些机构');
  });

  it('评价 by occupation this year: the partial occupation is named under the chart', () => {
    expect(chart('evaluations-by-occupation').note).toBe('电工（1 家）有申报机构未填报评价数据，图中人次不含这些机构。');
    expect(chart('rate-by-occupation').note).toBe('电工（1 家）有申报机构未填报评价数据，取证率只计填报了的机构。');
  });

  it('a batch where no organisation gave evaluation data: no bar in any year-on-year chart, no occupation chart', () => {
    const silent = batchOf({ '郑州丁.xlsx': orgSpec('郑州丁机构', 4, at(ZHENGZHOU, 4), { extra: emptySheet() }) }, AS_OF);
    const none = officeCharts(compared(silent, batchJson(lastYear())));
    const byCity = none.find((c) => c.id === 'year-on-year-by-city')!;
    expect(byCity.series[1].values).toEqual(byCity.categories.map(() => null));
    expect(none.map((c) => c.id)).not.toContain('evaluations-by-occupation');
    expect(none.map((c) => c.id)).not.toContain('rate-by-occupation');
  });

  it('a batch whose every organisation reports: no note about missing data', () => {
    const reporting = batchOf({ '郑州甲.xlsx': orgSpec('郑州甲机构', 1, at(ZHENGZHOU, 1), { extra: evaluations(['电工', 120, 100]) }) }, AS_OF);
    const all = officeCharts(compared(reporting, batchJson(batchOf({ '郑州甲.xlsx': orgSpec('郑州甲机构', 1, at(ZHENGZHOU, 1), { extra: evaluations(['电工', 90, 70]) }) }, LAST_YEAR))));
    expect(all.map((c) => c.note ?? '').join('')).toBe('');
  });
});

describe('the results workbook and the report print 未填报, 0 and the partial note', () => {
  const batch = compared(thisYear(), batchJson(lastYear()));
  let xlsx: Uint8Array;
  let report: string[][];
  beforeAll(async () => {
    xlsx = await resultsWorkbook(batch);
    report = wordRows(withComparisonAnnex(await summaryDocx('report', summaryFacts(batch), template), batch));
  });

  it('地市同比: 未填报 where a year reported nothing, 0 where it reported 0, no change or 取证率 from an unknown, and which year leaves organisations out', async () => {
    const rows = await rowsOf(xlsx, '地市同比');
    expect(rows[0]).toEqual(['地市/师市', '上次机构数', '本次机构数', '上次评价人次', '本次评价人次', '评价人次增减', '上次取证人次', '本次取证人次', '取证人次增减', '上次取证率', '本次取证率', '说明']);
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    expect(row('洛阳市').slice(0, 10)).toEqual(['洛阳市', 1, 1, '未填报', 30, undefined, '未填报', 20, undefined, undefined]);
    expect(row('洛阳市')[10]).toBeCloseTo(20 / 30);
    expect(row('洛阳市')[11]).toBe('上次 1 家机构未填报评价数据');
    // Reported zeros are zeros; nobody evaluated gives no 取证率.
    expect(row('新乡市')).toEqual(['新乡市', 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(row('郑州市').slice(3, 6)).toEqual([90, 120, 30]);
    expect(row('郑州市')[11]).toBe('本次 1 家机构未填报评价数据');
  });

  it('职业汇总 names the organisations to ask, and 机构一览 says 未填报 for each', async () => {
    const rows = await rowsOf(xlsx, '职业汇总');
    expect(rows[0]).toEqual(['职业（工种）', '机构数', '评价人次', '取证人次', '取证率', '未填报评价数据的机构数', '未填报评价数据的机构']);
    expect(rows.find((r) => r[0] === '电工')).toEqual(['电工', 4, 150, 120, 0.8, 1, '郑州丁机构']);
    const overview = await rowsOf(xlsx, '机构一览');
    const col = overview[0].indexOf('评价人次');
    const of = (org: string) => overview.find((r) => r[2] === org)!.slice(col, col + 2);
    expect(of('郑州丁机构')).toEqual(['未填报', '未填报']);
    expect(of('新乡丙机构')).toEqual([0, 0]);
    // 未填报 stands where the numbers do.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('职业汇总')!.getColumn(3).alignment).toEqual({ horizontal: 'right' });
  });

  it('a batch where no organisation gave evaluation data: 职业汇总 and 地市同比 say 未填报, never 0', async () => {
    const silent = batchOf({ '郑州丁.xlsx': orgSpec('郑州丁机构', 4, at(ZHENGZHOU, 4), { extra: emptySheet() }) }, AS_OF);
    const bytes = await resultsWorkbook(compared(silent, batchJson(lastYear())));
    expect((await rowsOf(bytes, '职业汇总')).find((r) => r[0] === '电工')).toEqual(['电工', 1, '未填报', '未填报', undefined, 1, '郑州丁机构']);
    expect((await rowsOf(bytes, '地市同比')).find((r) => r[0] === '郑州市')!.slice(3, 9)).toEqual([90, '未填报', undefined, 70, '未填报', undefined]);
  });

  it('the report: the occupation table says its sum is partial; the year-on-year tables print 未填报 and 0', () => {
    expect(report.find((r) => r[0] === '电工' && r.length === 5)).toEqual(['电工', '150', '120', '80.0%', '其中 1 家未填报评价数据，人次不含这些机构']);
    const years = report.filter((r) => r.length === 8);
    expect(years.find((r) => r[0] === '洛阳市')).toEqual(['洛阳市', '1', '1', '未填报', '30', '未填报', '20', '上次 1 家机构未填报评价数据']);
    expect(years.find((r) => r[0] === '新乡市')).toEqual(['新乡市', '1', '1', '0', '0', '0', '0', '']);
  });
});
