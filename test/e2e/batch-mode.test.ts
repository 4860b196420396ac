import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import PizZip from 'pizzip';
import type { Browser, Page } from 'playwright-core';
import { xlsxBuffer } from '../helpers/book';
import { beian } from '../helpers/cli';
import { evaluations, orgSpec } from '../helpers/batch';
import { gbk, zipBytes } from '../helpers/zip';
import { ADDIN_DIST, SHOTS, browserAvailable, downloadFrom, dropFiles, launch, openTaskpane, screenshot, type Guard } from './browser';
import { serveFolder, type StaticSite } from './serve';

/**
 * An office's batch in the web page (file mode, 批量汇总): the same inbox
 * through `beian summarize` and through the page gives the same results —
 * the JSON (per-workbook list, findings, cross findings, skipped files),
 * every cell and link of the results workbook and the Word summary's text,
 * with and without masked IDs — and nothing leaves the browser.
 */
const run = browserAvailable() ? describe : describe.skip;

const AS_OF = '2026-06-01';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A workbook in an older format, written by SheetJS from the .xlsx (no office suite needed). */
function legacy(xlsx: Uint8Array, bookType: 'biff8' | 'ods'): Uint8Array {
  return XLSX.write(XLSX.read(xlsx, { cellDates: true }), { bookType, type: 'buffer' }) as Uint8Array;
}

/**
 * What offices receive, small: workbooks in nested folders, an .xls and an
 * .ods, a .zip with a GBK name and Mac clutter, a resubmission, a broken
 * file, somebody's own spreadsheet, a lock file and a PDF; 甲 and 乙 share
 * examiners, 己's filing has expired.
 */
async function inbox(root: string): Promise<string> {
  const box = path.join(root, '收件');
  mkdirSync(path.join(box, '河南', '新乡'), { recursive: true });
  const put = (file: string, bytes: Uint8Array | string) => writeFileSync(path.join(box, file), bytes);
  put('河南/甲.xlsx', await xlsxBuffer(orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 申请日期: day(2026, 5, 20), 备案有效期止: day(2026, 12, 31) }, { extra: evaluations(['电工', 120, 100, day(2026, 4, 1)], ['工业机器人系统运维员', 0, 0]) })));
  put('河南/乙.xlsx', await xlsxBuffer(orgSpec('乙机构', 2, {}, { roster: 1 })));
  put('甲-早先.xlsx', await xlsxBuffer(orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 申请日期: day(2026, 4, 1) }, { extra: evaluations(['电工', 120, 100]) })));
  put('河南/新乡/丙.xls', legacy(await xlsxBuffer(orgSpec('丙机构', 3)), 'biff8'));
  put('丁.ods', legacy(await xlsxBuffer(orgSpec('丁机构', 4)), 'ods'));
  put('坏.xlsx', '这不是工作簿');
  put('名单.xlsx', await xlsxBuffer({ Sheet1: [['姓名', '电话'], ['张三', '13800000000']] }));
  put('~$甲.xlsx', 'lock');
  put('说明.pdf', '%PDF-1.4');
  put(
    '报送.zip',
    zipBytes([
      { name: '报送/戊.xlsx', data: await xlsxBuffer(orgSpec('戊机构', 5, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 30, 28, day(2025, 1, 10)]) })), deflate: true },
      { name: gbk('报送/子目录/己.xlsx'), data: await xlsxBuffer(orgSpec('己机构', 6, { 申请业务类型: '增量备案', 备案有效期止: day(2026, 5, 1) })), deflate: true },
      { name: '__MACOSX/报送/._戊.xlsx', data: 'mac' },
    ]),
  );
  return box;
}

/** Every cell of every sheet, hyperlinks included, and each sheet's name. */
async function cells(bytes: Uint8Array): Promise<[string, unknown[]][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => [ws.name, ws.getSheetValues()]);
}

/** The Word document's body text, paragraph by paragraph. */
function wordText(bytes: Uint8Array): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

run('office batch mode in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  let dir: string;
  let box: string;
  const out = (name: string) => path.join(dir, name);
  let cliJson: string;
  let cliMaskedJson: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-batch-'));
    box = await inbox(dir);
    // The results workbooks sit next to the folder, where the page asks the office to save its own: the links are the same.
    const plain = await beian(['summarize', box, '--kind', 'renewal', '-o', out('cli-续期.docx'), '--xlsx', out('cli-结果.xlsx'), '--json', '--as-of', AS_OF]);
    const masked = await beian(['summarize', box, '--kind', 'report', '-o', out('cli-报告.docx'), '--xlsx', out('cli-结果-脱敏.xlsx'), '--json', '--mask-ids', '--as-of', AS_OF]);
    expect([plain.code, masked.code]).toEqual([1, 1]);
    [cliJson, cliMaskedJson] = [plain.out, masked.out];
    site = await serveFolder(ADDIN_DIST);
    browser = await launch();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openBatch(width: number): Promise<{ page: Page; guard: Guard }> {
    const { page, guard } = await openTaskpane(browser, site.origin, width);
    await page.getByRole('tab', { name: '批量汇总（主管部门）' }).click();
    await page.getByRole('button', { name: '选择文件夹…' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('检查日期（计算期限）').fill(AS_OF);
    return { page, guard };
  }

  const download = (page: Page, button: string) => downloadFrom(page, button, dir, 'page-');
  /** Files of the inbox as dropped from a file manager: by their names. */
  const received = (...files: string[]) => files.map((f) => ({ name: path.basename(f), bytes: readFileSync(path.join(box, f)) }));

  it('summarises a picked folder exactly as beian summarize does', async () => {
    const { page, guard } = await openBatch(360);
    await screenshot(page, 'batch-mode-360-empty');
    await page.locator('input[webkitdirectory]').setInputFiles(box);
    const summary = page.getByTestId('batch-summary');
    await summary.waitFor({ timeout: 180_000 });
    await expect(summary.textContent()).resolves.toContain('已检查 9 份工作簿：通过');
    await expect(page.getByText('当前：文件夹“收件”（10 个文件）').count()).resolves.toBe(1);
    // The list names the unreadable file with its reason, and the cross findings name both submissions of 甲.
    await expect(page.locator('li', { hasText: '收件/坏.xlsx' }).first().textContent()).resolves.toMatch(/无法读取.*不是 Excel 工作簿/);
    await expect(page.getByRole('list', { name: '跨机构问题' }).textContent()).resolves.toContain('汇总采用申请日期较晚的 收件/河南/甲.xlsx');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await screenshot(page, 'batch-mode-360-results');

    const json = await download(page, '汇总结果数据（供下次比较）');
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(JSON.parse(cliJson));
    const xlsx = await download(page, '结果工作簿（Excel）');
    expect(xlsx.name).toBe('备案汇总结果.xlsx');
    await expect(cells(xlsx.bytes)).resolves.toEqual(await cells(readFileSync(out('cli-结果.xlsx'))));
    const word = await download(page, '汇总表（Word）');
    expect(word.name).toMatch(/\.docx$/);
    expect(wordText(word.bytes)).toEqual(wordText(readFileSync(out('cli-续期.docx'))));

    await page.getByLabel('汇总类型').selectOption('report');
    await page.getByRole('checkbox', { name: /身份证件号/ }).check();
    const maskedJson = await download(page, '汇总结果数据（供下次比较）');
    expect(JSON.parse(maskedJson.bytes.toString('utf8'))).toEqual(JSON.parse(cliMaskedJson));
    const maskedXlsx = await download(page, '结果工作簿（Excel）');
    await expect(cells(maskedXlsx.bytes)).resolves.toEqual(await cells(readFileSync(out('cli-结果-脱敏.xlsx'))));
    const report = await download(page, '汇总表（Word）');
    expect(wordText(report.bytes)).toEqual(wordText(readFileSync(out('cli-报告.docx'))));

    expect(guard.foreign).toEqual([]);
    for (const v of await guard.csp()) expect(v).toEqual({ blocked: expect.stringMatching(/^https:\/\/telemetryservice\./), source: expect.stringMatching(new RegExp(`^${site.origin}/office-js/`)) });
    await page.close();
  }, 300_000);

  it('compares with the register and an earlier JSON exactly as beian summarize --register --previous does', async () => {
    const register = out('已备案机构.xlsx');
    writeFileSync(
      register,
      await xlsxBuffer({
        已备案机构: [
          ['备案号', '机构名称', '统一社会信用代码', '有效期止', '地市/师市', '联系人', '联系电话'],
          ['豫评001', '庚机构', '91410702MA7N3K9999', day(2026, 7, 1), '新乡市', '张一', '13800000001'],
        ],
      }),
    );
    const previous = out('上次.json');
    writeFileSync(previous, cliJson);
    const args = ['--register', register, '--previous', previous, '--follow-up', out('cli-名单.docx'), '--json', '--as-of', AS_OF];
    const cli = await beian(['summarize', box, '--kind', 'report', '-o', out('cli-比较报告.docx'), '--xlsx', out('cli-比较.xlsx'), ...args]);
    const { page } = await openBatch(450);
    await page.locator('input[aria-label="已备案机构名单…"]').setInputFiles(register);
    await page.locator('input[aria-label="上次汇总结果文件…"]').setInputFiles(previous);
    await page.locator('input[webkitdirectory]').setInputFiles(box);
    await page.getByTestId('batch-summary').waitFor({ timeout: 180_000 });
    await expect(page.getByText(/^已备案机构名单 1 家：即将到期未报送续期 1 家/).count()).resolves.toBe(1);
    await screenshot(page, 'batch-mode-450-register');
    await page.getByLabel('汇总类型').selectOption('report');
    const json = await download(page, '汇总结果数据（供下次比较）');
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual(JSON.parse(cli.out));
    const xlsx = await download(page, '结果工作簿（Excel）');
    await expect(cells(xlsx.bytes)).resolves.toEqual(await cells(readFileSync(out('cli-比较.xlsx'))));
    const report = await download(page, '汇总表（Word）');
    expect(wordText(report.bytes)).toEqual(wordText(readFileSync(out('cli-比较报告.docx'))));
    const list = await download(page, '下载未续期机构名单（Word）');
    expect(wordText(list.bytes)).toEqual(wordText(readFileSync(out('cli-名单.docx'))));
    await page.close();
  }, 300_000);

  it('says in one line which file picked to compare with cannot serve, and why', async () => {
    const notJson = out('不是汇总.json');
    writeFileSync(notJson, JSON.stringify({ 名称: '别的数据' }));
    const cases: [string, string, string][] = [
      ['已备案机构名单…', path.join(box, '名单.xlsx'), '已备案机构名单无法使用：已备案机构名单中没有含 备案号、机构名称、统一社会信用代码、有效期止 列的工作表，请按已备案机构名单模板填写'],
      ['上次汇总结果文件…', notJson, '上次汇总结果无法使用：不是批量汇总导出的汇总结果数据（没有检查日期和各工作簿的结果）'],
    ];
    for (const [input, file, line] of cases) {
      const { page } = await openBatch(450);
      await page.locator(`input[aria-label="${input}"]`).setInputFiles(file);
      await page.locator('input[webkitdirectory]').setInputFiles(box);
      const alert = page.getByRole('alert').filter({ hasText: '无法使用' });
      await alert.waitFor({ timeout: 180_000 });
      await expect(alert.textContent()).resolves.toBe(line);
      await expect(page.getByTestId('batch-summary').count()).resolves.toBe(0);
      await page.close();
    }
  }, 300_000);

  it('takes files and a .zip dropped on the page, one bad file among them, and fits a 450 px pane', async () => {
    const { page, guard } = await openBatch(450);
    await dropFiles(page.getByTestId('drop-zone').filter({ hasText: '选择文件夹…' }), received('河南/甲.xlsx', '甲-早先.xlsx', '坏.xlsx', '报送.zip'));
    const summary = page.getByTestId('batch-summary');
    await summary.waitFor({ timeout: 180_000 });
    await expect(summary.textContent()).resolves.toContain('已检查 5 份工作簿');
    const list = page.getByRole('region', { name: '各工作簿' });
    for (const f of ['坏.xlsx', '报送.zip/报送/戊.xlsx', '报送.zip/报送/子目录/己.xlsx', '甲-早先.xlsx', '甲.xlsx']) await expect(list.getByText(f, { exact: true }).count()).resolves.toBe(1);
    await expect(list.locator('li', { hasText: '甲-早先.xlsx' }).first().textContent()).resolves.toContain('重复提交（未采用）');
    await page.getByRole('button', { name: /^查看 \d+ 项问题$/ }).first().click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(450);
    await screenshot(page, 'batch-mode-450-results');
    expect(guard.foreign).toEqual([]);
    await page.close();
  }, 300_000);

  it('draws the charts of the Word report and the results workbook above the lists, as SVG with their values read out', async () => {
    const { page, guard } = await openBatch(450);
    await page.locator('input[webkitdirectory]').setInputFiles(box);
    const charts = page.getByTestId('batch-charts');
    await charts.waitFor({ timeout: 180_000 });
    // Above the lists: the charts' region comes before 跨机构问题 and 各工作簿.
    const regions = await page.locator('section[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(regions.indexOf('图表')).toBeGreaterThan(-1);
    expect(regions.indexOf('图表')).toBeLessThan(regions.indexOf('跨机构问题'));
    expect(regions.indexOf('图表')).toBeLessThan(regions.indexOf('各工作簿'));

    // The expected bars, from what beian summarize --json says of the filings used (one per organisation).
    const used = (JSON.parse(cliJson) as { workbooks: { status: string; city?: string; errors: number; supersededBy?: string }[] }).workbooks.filter((w) => w.status === 'ok' && !w.supersededBy);
    const byCity = new Map<string, { 通过: number; 未通过: number }>();
    for (const w of used) {
      const e = byCity.get(w.city || '未填报') ?? { 通过: 0, 未通过: 0 };
      e[w.errors ? '未通过' : '通过']++;
      byCity.set(w.city || '未填报', e);
    }
    const bars = (chart: string) =>
      page.locator(`figure[data-chart="${chart}"] rect[data-series]`).evaluateAll((els) =>
        els.map((e) => [e.closest('[data-category]')!.getAttribute('data-category'), e.getAttribute('data-series'), Number(e.getAttribute('data-value')), e.getBoundingClientRect().width > 0]),
      );
    const cityBars = await bars('orgs-by-city');
    expect(new Set(cityBars.map((b) => b[0]))).toEqual(new Set(byCity.keys()));
    for (const [city, e] of byCity) for (const series of ['通过', '未通过'] as const) expect(cityBars).toContainEqual([city, series, e[series], e[series] > 0]);
    // 电工: 甲 120 and 戊 30 evaluated (甲's earlier filing is not used); 工业机器人系统运维员 reported with 0.
    await expect(bars('evaluations-by-occupation')).resolves.toEqual([
      ['电工', '评价人次', 150, true],
      ['电工', '取证人次', 128, true],
      ['工业机器人系统运维员', '评价人次', 0, false],
      ['工业机器人系统运维员', '取证人次', 0, false],
    ]);
    await expect(bars('rate-by-occupation')).resolves.toEqual([['电工', '取证率', 128 / 150, true]]);

    // Each chart is an image named by its title and values, with its data table for screen readers.
    const image = page.getByRole('img', { name: /^各职业（工种）取证率。电工：取证率 85\.3%。$/ });
    await expect(image.count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: '各职业（工种）评价人次与取证人次' }).locator('tbody tr').count()).resolves.toBe(2);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(450);
    await charts.screenshot({ path: path.join(SHOTS, 'batch-mode-450-charts.png') });
    expect(guard.foreign).toEqual([]);
    await page.close();
  }, 300_000);

  it('draws the charts at the width of a 300 px pane, their text no smaller than 11 px', async () => {
    const { page } = await openBatch(300);
    await dropFiles(page.getByTestId('drop-zone').filter({ hasText: '选择文件夹…' }), received('河南/甲.xlsx', '报送.zip'));
    const charts = page.getByTestId('batch-charts');
    await charts.waitFor({ timeout: 180_000 });
    // Each text's size as shown: its font size times the drawing's scale on the page.
    const shown = await charts.locator('svg text').evaluateAll((els) =>
      els.map((t) => {
        const svg = t.closest('svg')!;
        return (parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
      }),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(11);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(300);
    await charts.screenshot({ path: path.join(SHOTS, 'batch-mode-300-charts.png') });
    await page.close();
  }, 300_000);

  it('hands several files dropped on 单个工作簿 to 批量汇总', async () => {
    const { page } = await openTaskpane(browser, site.origin, 360);
    await dropFiles(page.getByTestId('drop-zone').filter({ hasText: '打开工作簿…' }), received('河南/甲.xlsx', '河南/乙.xlsx'));
    await page.getByTestId('batch-summary').waitFor({ timeout: 180_000 });
    await expect(page.getByRole('tab', { name: '批量汇总（主管部门）' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByTestId('batch-summary').textContent()).resolves.toContain('已检查 2 份工作簿');
    await page.close();
  }, 300_000);
});
