import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { CHANGE_FILL } from '../../src/annotate/mark-plan';
import { compareWithCells } from '../../src/diff';
import { SEVERITY_FILL as FILL } from '../../src/model/severity';
import { checkBook } from '../../src/check';
import { openWorkbook } from '../../src/open';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { browserAvailable, bundleDoublePage, guardPage, launch, screenshot } from './browser';
import { cellKey, cellState, sheetNames, snapshot } from './double-document';
import { serveFolder, type StaticSite } from './serve';

/**
 * The pane inside WPS 表格, with the WPS test double (test/wps-double)
 * standing in for WPS's object model: the shipped dist/wps runs unchanged on
 * a test page that installs the double as window.Application first. A clerk
 * checks, sees the marks, jumps to a problem, fixes it and watches the mark
 * go, then clears everything and gets every value and fill back. This is
 * the double, built from WPS's documentation — not a running WPS.
 */
const WPS_DIST = path.resolve(__dirname, '..', '..', 'dist', 'wps');
const run = browserAvailable() && (existsSync(path.join(WPS_DIST, 'taskpane.html')) || process.env.CI === 'true') ? describe : describe.skip;

run('WPS mode in Chromium, against the WPS test double', () => {
  let site: StaticSite;
  let browser: Browser;
  let expected: ReturnType<typeof checkBook>;
  let sample: Uint8Array;

  beforeAll(async () => {
    sample = await sampleBuffer();
    expected = checkBook(await openWorkbook(sample));
    const doublePage = await bundleDoublePage(path.join(__dirname, 'wps-page', 'double-page.ts'));
    const html = readFileSync(path.join(WPS_DIST, 'taskpane.html'), 'utf8');
    expect(html).not.toContain('office.js');
    const pane = /<script[^>]*\ssrc=["']?(taskpane\.[0-9a-f]+\.js)/.exec(html)![1];
    // The shipped pane with the double installed before the pane's bundle starts.
    const wpsPage = (events: string) => html.replace(/<script[^>]*\ssrc=["']?taskpane\.[0-9a-f]+\.js["']?[^>]*><\/script>/, `<script src="double.js" data-pane="${pane}" data-events="${events}"></script>`);
    site = await serveFolder(WPS_DIST, {
      '/wps.html': wpsPage('on'),
      '/wps-old.html': wpsPage('off'),
      '/double.js': doublePage,
      '/sample.xlsx': sample,
    });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('checks, marks, jumps, re-checks an edit live and clears back to every value and fill', async () => {
    const page = await browser.newPage({ viewport: { width: 450, height: 900 } });
    const guard = await guardPage(page, site.origin);
    await page.goto(`${site.origin}/wps.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    const originalSheets = await sheetNames(page);
    const before = await snapshot(page, originalSheets);

    await page.getByRole('button', { name: '检查工作簿' }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain(`未通过：${expected.summary.errors} 项错误`);
    await page.getByText('修改单元格后会自动重新检查。').waitFor();

    const bad = expected.findings.find((f) => f.rule === 'id.checksum')!;
    const marked = await cellState(page, bad.sheet!, bad.cell!);
    expect(marked.fill).toBe(`#${FILL.error.slice(2)}`);
    expect(marked.note).toContain(bad.message);
    expect(await sheetNames(page)).toContain('检查结果');

    await page.getByRole('button', { name: new RegExp(bad.sheet!) }).first().click();
    await page.getByRole('button', { name: new RegExp(bad.message.slice(0, 12)) }).click();
    const selection = await page.waitForFunction(() => (window as unknown as { beianDouble: { doc: { selection?: { address: string } } } }).beianDouble.doc.selection?.address ?? null);
    expect(await selection.jsonValue()).toBe(bad.cell);
    await screenshot(page, 'wps-mode-450-checked');

    // The clerk types the right ID in WPS: SheetChange, the live re-check drops that finding and that mark.
    const fixed = bad.message.match(/(\d{17})\d/)![1] + bad.message.match(/校验位应为 (\w)/)![1];
    await page.evaluate(([sheet, cell, value]) => (window as unknown as { beianDouble: { type(s: string, a: string, v: string): void } }).beianDouble.type(sheet, cell, value), [bad.sheet!, bad.cell!, fixed] as const);
    await page.getByTestId('summary').getByText(`未通过：${expected.summary.errors - 1} 项错误`).waitFor({ timeout: 15_000 });
    const was = before[bad.sheet!].find((c) => c.cell === cellKey(bad.cell!))!;
    expect(await cellState(page, bad.sheet!, bad.cell!)).toEqual({ value: fixed, fill: was.fill.split('/')[0], note: was.note });

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).first().waitFor({ timeout: 15_000 });
    expect(await sheetNames(page)).toEqual(originalSheets);
    const after = await snapshot(page, originalSheets);
    before[bad.sheet!].find((c) => c.cell === cellKey(bad.cell!))!.value = fixed;
    expect(after).toEqual(before);
    await screenshot(page, 'wps-mode-450-cleared');

    expect(guard.foreign).toEqual([]);
    expect(await guard.csp()).toEqual([]);
    await page.close();
  });

  it('与上次备案比较 in WPS: the earlier filing picked as a file, the changed cell marked with its earlier value, 清除标记 restores it', async () => {
    // The earlier filing: the sample with another contact.
    const earlier = new ExcelJS.Workbook();
    await earlier.xlsx.load(sample as unknown as ArrayBuffer);
    earlier.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.value === '马丽娜' && (c.value = '马丽')))));
    const earlierBytes = new Uint8Array(await earlier.xlsx.writeBuffer());
    const [changed] = compareWithCells(await openWorkbook(earlierBytes), await openWorkbook(sample)).cells;
    const page = await browser.newPage({ viewport: { width: 450, height: 900 } });
    const guard = await guardPage(page, site.origin);
    await page.goto(`${site.origin}/wps.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    const originalSheets = await sheetNames(page);
    const before = await snapshot(page, originalSheets);
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    const checked = await cellState(page, changed.sheet, changed.cell);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择上次备案的工作簿…' }).click()]);
    // Last year's filing may have been saved by WPS as .xls or by LibreOffice as .ods: the dialog offers them.
    expect((await chooser.element().getAttribute('accept'))!.split(',')).toEqual(expect.arrayContaining(['.xlsx', '.xls', '.ods']));
    await chooser.setFiles({ name: '上次备案.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(earlierBytes) });
    await page.getByText('上次备案：上次备案.xlsx').waitFor({ timeout: 30_000 });
    await page.getByText('联系人：“马丽” 改为 “马丽娜”').waitFor();

    // The clerk types last year's contact back: the list stays, said to be from before the edit, and cannot be marked until compared again.
    const type = (value: string) => page.evaluate(([sheet, cell, v]) => (window as unknown as { beianDouble: { type(s: string, a: string, v: string): void } }).beianDouble.type(sheet, cell, v), [changed.sheet, changed.cell, value] as const);
    const stale = page.getByText('工作簿在比较之后已修改');
    await type('马丽');
    await stale.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: '标记变更单元格' }).count()).toBe(0);
    await page.getByRole('button', { name: '重新比较' }).click();
    await stale.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByText('联系人：“马丽” 改为 “马丽娜”').count()).toBe(0);
    await type('马丽娜');
    await stale.waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '重新比较' }).click();
    await page.getByText('联系人：“马丽” 改为 “马丽娜”').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '标记变更单元格' }).click();
    await page.getByText(/已标记 1 个变更单元格/).first().waitFor({ timeout: 15_000 });
    expect(await cellState(page, changed.sheet, changed.cell)).toEqual({ value: '马丽娜', fill: `#${CHANGE_FILL.slice(2)}`, note: '与上次备案相比已变更：原为“马丽”' });
    expect(checked.fill).not.toBe(`#${CHANGE_FILL.slice(2)}`);
    await screenshot(page, 'wps-mode-450-compare');

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).first().waitFor({ timeout: 15_000 });
    expect(await sheetNames(page)).toEqual(originalSheets);
    expect(await snapshot(page, originalSheets)).toEqual(before);
    expect(guard.foreign).toEqual([]);
    await page.close();
  });

  it('the ribbon’s 检查 reaches the pane through PluginStorage', async () => {
    const page = await browser.newPage({ viewport: { width: 450, height: 900 } });
    await page.goto(`${site.origin}/wps.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { beianDouble: { storage: Map<string, unknown> } }).beianDouble.storage.set('beian_request', `check@${Date.now()}`));
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('fits a 320 px pane and names what an older WPS lacks', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${site.origin}/wps-old.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    await page.getByText('此版本 WPS 不能在修改单元格后自动重新检查').waitFor();
    await screenshot(page, 'wps-mode-320-start');
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await expect(page.getByText('修改单元格后会自动重新检查。').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'wps-mode-320-checked');
    await page.close();
  });
});
