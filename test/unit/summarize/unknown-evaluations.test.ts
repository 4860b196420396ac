import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { OFFICE_REPORT } from '../../../src/forms/summaries';
import { NOT_GIVEN } from '../../../src/forms/summary-form';
import { BT_NOTICE_LIST } from '../../../src/jurisdictions/bt/forms/summaries';
import { HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY } from '../../../src/jurisdictions/ha/forms/summaries';
import { renderDocx } from '../../../src/render/render';
import { compileBatch } from '../../../src/summarize/batch';
import { officeCharts } from '../../../src/summarize/charts';
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
 * What a workbook did not say is never read as 0: a 备案期评价情况 with its
 * headers only, or a row whose 评价人次 or 取证人次 is blank, leaves the
 * figure unknown. The office's tables print 未填报, sums say whom they leave
 * out, and no rule concludes that nobody was evaluated.
 */

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** A 备案期评价情况 with its header and no rows. */
const headersOnly = (): BookSpec => ({ 备案期评价情况: [evaluations()['备案期评价情况'][0]] });
const template = (id: string) => readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`));
function cells(docx: Uint8Array): string[][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')));
}
const render = (id: string, data: object) => cells(renderDocx(template(id), data));
const paragraphs = (docx: Uint8Array) => new PizZip(docx).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');

/** A 兵团 renewal, filed since 2024 (so over a year before the office's day). */
const btRenewal = (name: string, seq: number, extra?: BookSpec, org: Record<string, unknown> = {}) =>
  submission(
    `${name}.xlsx`,
    orgSpec(
      name,
      seq,
      { 适用规则: 'bt-social', 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 办公地址: '新疆石河子市北四路 8 号', 统一社会信用代码: creditCode('91', '659001', `MA7N3K${seq}0`), ...org } as never,
      extra ? { extra } : {},
    ),
  );

describe('兵团 第十九条（一）2 from what the workbook gives', () => {
  const headers = btRenewal('表头机构', 1, headersOnly());
  const absent = btRenewal('无表机构', 2);
  const blank = btRenewal('空格机构', 3, evaluations(['电工', null, null]));
  const undated = btRenewal('无日期机构', 4, evaluations(['电工', 30, 28]));
  const zero = btRenewal('零评价机构', 5, evaluations(['电工', 0, 0]));
  const stale = btRenewal('停评机构', 6, evaluations(['电工', 30, 28, day(2025, 1, 10)]));
  const young = btRenewal('新备案机构', 7, headersOnly(), { 备案有效期起: day(2025, 9, 1) });
  const batch = compileBatch([headers, absent, blank, undated, zero, stale, young], AS_OF);
  const facts = summaryFacts(batch);
  const of = (rule: string) => batch.cross.filter((f) => f.rule === rule).map((f) => f.orgs[0]);

  it('lists for the 公示 only the organisations whose rows show no evaluation for a year; the others are to ask', () => {
    expect(of('office.inactive')).toEqual(['零评价机构', '停评机构']);
    expect(of('office.activity-unknown')).toEqual(['表头机构', '无表机构', '空格机构', '无日期机构']);
    const ask = batch.cross.filter((f) => f.rule === 'office.activity-unknown');
    expect(ask.map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info']);
    expect(ask[0].message).toBe('表头机构 的工作簿未填报备案期评价情况，无法判断是否一年以上未开展评价工作，请向机构核实');
    expect(ask[2].message).toContain('有未填写的评价人次');
    expect(ask[3].message).toContain('有评价人次而未填写最近评价日期');
    expect(ask[0].basis).toBe('《兵团技能人才评价机构管理办法》第十九条（一）2');
  });

  it('the 公示 list leaves out those it cannot judge and names them in its note; 最近评价日期 reads 无 only where 0 was reported', () => {
    const data = BT_NOTICE_LIST.build(facts) as { unjudged: string; asking: boolean };
    const rows = render(BT_NOTICE_LIST.id, data);
    expect(rows.slice(1).map((r) => [r[2], r[6]])).toEqual([
      ['零评价机构', '无'],
      ['停评机构', '2025-01-10'],
    ]);
    expect(data.unjudged).toBe('表头机构、无表机构、空格机构、无日期机构');
    const text = paragraphs(renderDocx(template(BT_NOTICE_LIST.id), data));
    expect(text).toContain('未据此列入本名单，请向机构核实：表头机构、无表机构、空格机构、无日期机构');
  });

  it('a 公示 list with nobody to ask has no such note', () => {
    const data = BT_NOTICE_LIST.build(summaryFacts(compileBatch([zero, stale], AS_OF))) as object;
    expect(data).toMatchObject({ unjudged: '', asking: false });
    expect(paragraphs(renderDocx(template(BT_NOTICE_LIST.id), data))).not.toContain('请向机构核实');
  });

  it('an organisation filed on the list for an expired period shows 未填报 as its last evaluation when its rows give none', () => {
    const expired = btRenewal('到期机构', 8, evaluations(['电工', null, null]), { 申请业务类型: '信息变更', 备案有效期止: day(2026, 3, 1) });
    const rows = render(BT_NOTICE_LIST.id, BT_NOTICE_LIST.build(summaryFacts(compileBatch([expired], AS_OF))) as object);
    expect(rows[1][2]).toBe('到期机构');
    expect(rows[1][6]).toBe(NOT_GIVEN);
  });

  it('the results workbook gives each organisation to ask its own row under 跨机构问题', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await resultsWorkbook(batch)) as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet('跨机构问题')!.getSheetValues().slice(2) as ExcelJS.CellValue[][]).map((r) => r.slice(1));
    const asked = rows.filter((r) => String(r[3]).includes('请向机构核实'));
    expect(asked.map((r) => [r[1], r[4]])).toEqual([
      ['提示', '表头机构'],
      ['提示', '无表机构'],
      ['提示', '空格机构'],
      ['提示', '无日期机构'],
    ]);
  });
});

describe('a blank 评价人次 or 取证人次 is unknown, never 0', () => {
  // 甲 gives both occupations; 乙 leaves 电工's 评价人次 blank and gives 0 in 工业机器人系统运维员; 丙 leaves every count blank.
  const a = submission('甲.xlsx', orgSpec('甲机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 100, 90], ['工业机器人系统运维员', 20, 18]) }));
  const b = submission('乙.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', null, 40], ['工业机器人系统运维员', 0, 0]) }));
  const c = submission('丙.xlsx', orgSpec('丙机构', 3, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', null, null], ['工业机器人系统运维员', null, null]) }));
  const batch = compileBatch([a, b, c], AS_OF);
  const facts = summaryFacts(batch);

  it('an occupation is dropped at renewal (HA 六（四）2) only where the rows give 0, never from a blank or a sheet of headers only', () => {
    expect(b.dropped).toEqual(['工业机器人系统运维员']);
    expect(c.dropped).toEqual([]);
    expect(submission('丁.xlsx', orgSpec('丁机构', 4, { 申请业务类型: '备案续期' }, { extra: headersOnly() })).dropped).toEqual([]);
    // Its one row blank, it says nothing of 工业机器人系统运维员 either.
    expect(submission('己.xlsx', orgSpec('己机构', 6, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', null, null]) })).dropped).toEqual([]);
  });

  it('附件7: a figure partly or wholly 未填报 says so, proposes no termination, and its organisation is asked; 合计 adds the figures given', () => {
    const data = HA_RENEW_SUMMARY.build(facts) as { ask: { items: string; orgs: string }[] };
    const rows = render('ha-renew-summary', data);
    // 机构名称, 评价人次, 取证人次, 续期决定.
    const shown = (r: string[]) => [r[3], r[6], r[7], r[8]];
    expect(shown(rows[2])).toEqual(['乙机构', '0（部分未填报）', '40', '']);
    expect(shown(rows[3])).toEqual(['丙机构', NOT_GIVEN, NOT_GIVEN, '']);
    // The note under the table says 合计 counts only the organisations that gave figures.
    expect(rows.at(-1)!.slice(4, 6)).toEqual(['120', '148']);
    expect(data.ask).toEqual(expect.arrayContaining([{ items: expect.stringContaining('备案期评价情况'), orgs: expect.stringContaining('乙机构、丙机构') }]));
  });

  it('附件7: where no organisation gives a figure, its 合计 is 未填报, not 0', () => {
    const rows = render('ha-renew-summary', HA_RENEW_SUMMARY.build(summaryFacts(compileBatch([c], AS_OF))) as object);
    expect(rows.at(-1)!.slice(4, 6)).toEqual([NOT_GIVEN, NOT_GIVEN]);
  });

  it('附件8: whether a terminating organisation evaluated is 未填报 where its 评价人次 is blank, never 否', () => {
    const ending = submission('戊.xlsx', orgSpec('戊机构', 5, { 申请业务类型: '终止备案' }, { extra: evaluations(['电工', null, 0]) }));
    const rows = render('ha-terminate-summary', HA_TERMINATE_SUMMARY.build(summaryFacts(compileBatch([ending], AS_OF))) as object);
    expect(rows[1].slice(6, 8)).toEqual([NOT_GIVEN, '否']);
  });

  it('the results workbook: 机构一览 says a figure is partly or wholly 未填报, 职业汇总 leaves the organisation out and names it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await resultsWorkbook(batch)) as unknown as ArrayBuffer);
    const rows = (sheet: string) => (wb.getWorksheet(sheet)!.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((r) => r.slice(1));
    const overview = rows('机构一览');
    const col = overview[0].indexOf('评价人次');
    expect(overview.slice(1).map((r) => [r[2], r[col], r[col + 1], r[col + 2] ?? null])).toEqual([
      ['甲机构', 120, 108, null],
      ['乙机构', '0（部分未填报）', 40, '工业机器人系统运维员'],
      ['丙机构', NOT_GIVEN, NOT_GIVEN, null],
    ]);
    const occupations = rows('职业汇总');
    expect(occupations.find((r) => r[0] === '电工')).toEqual(['电工', 3, 100, 90, 0.9, 2, '乙机构、丙机构']);
    // 乙's 0 in 工业机器人系统运维员 is given; 丙's blank is not.
    expect(occupations.find((r) => r[0] === '工业机器人系统运维员')).toEqual(['工业机器人系统运维员', 3, 20, 18, 0.9, 1, '丙机构']);
  });

  it('an organisation whose every count is blank is not counted as 0 in an occupation it has no row for', async () => {
    const silent = submission('己.xlsx', orgSpec('己机构', 6, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', null, null]) }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await resultsWorkbook(compileBatch([a, silent], AS_OF))) as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet('职业汇总')!.getSheetValues().slice(2) as ExcelJS.CellValue[][]).map((r) => r.slice(1));
    expect(rows.find((r) => r[0] === '工业机器人系统运维员')).toEqual(['工业机器人系统运维员', 2, 20, 18, 0.9, 1, '己机构']);
  });

  it('the JSON gives null for an unknown figure, per row and in the totals', () => {
    const json = batchJson(batch) as { workbooks: { org: string; assessed: number | null; certified: number | null; evaluations: { assessed: number | null }[] }[] };
    const of = (org: string) => json.workbooks.find((w) => w.org === org)!;
    expect(of('乙机构')).toMatchObject({ assessed: null, certified: 40 });
    expect(of('乙机构').evaluations.map((e) => e.assessed)).toEqual([null, 0]);
  });

  it('next year, an earlier JSON with a blank figure counts that organisation among those that gave no data', () => {
    const earlier = readEarlierBatch(JSON.stringify(batchJson(batch)));
    const now = compileBatch([a], AS_OF);
    const p = comparePrevious(now, earlier);
    expect(p.totals.previous).toEqual({ orgs: 3, reported: 1, assessed: 120, certified: 108 });
    expect(comparisonLines({ ...now, previous: p })[0]).toContain('评价 120 → 120 人次，取证 108 → 108 人次（上次 2 家机构未填报评价数据，人次只计填报了的机构）');
  });

  it('an occupation whose every row leaves its counts blank: the report prints 未填报 and the chart draws no bar', () => {
    const only = compileBatch([c], AS_OF);
    const data = OFFICE_REPORT.build(summaryFacts(only)) as { occupations: { name: string; assessed: unknown; certified: unknown; rate: string }[] };
    expect(data.occupations.find((o) => o.name === '电工')).toMatchObject({ assessed: NOT_GIVEN, certified: NOT_GIVEN, rate: '—' });
    const chart = officeCharts(only).find((x) => x.id === 'evaluations-by-occupation')!;
    expect(chart.series.map((x) => x.values[chart.categories.indexOf('电工')])).toEqual([null, null]);
  });

  it('the office report leaves the unknown out of the occupation sums and says so', () => {
    expect(facts.occupations.find((o) => o.name === '电工')).toEqual({ name: '电工', assessed: 100, certified: 90, evaluated: true, unreported: 2 });
    const data = OFFICE_REPORT.build(facts) as { occupations: { name: string; note: string; rate: string }[] };
    expect(data.occupations.find((o) => o.name === '电工')).toMatchObject({ rate: '90.0%', note: '其中 2 家未填报评价数据，人次不含这些机构' });
  });
});
