import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SEVERITY_FILL as FILL } from '../../src/model/severity';
import { checkBook } from '../../src/check';
import { openWorkbook } from '../../src/open';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { ADDIN_DIST, browserAvailable, bundleDoublePage, guardPage, launch, screenshot, type Guard } from './browser';
import { cellKey, cellState, sheetNames, snapshot } from './double-document';
import { serveFolder, type StaticSite } from './serve';

/**
 * The pane inside Excel, with the Excel test double (test/excel-double)
 * standing in for office.js: the shipped bundle from dist/addin runs
 * unchanged on a test page that installs the double first. A clerk checks,
 * sees the marks, jumps to a problem, fixes it and watches the mark go,
 * then clears everything and gets the workbook back as it was.
 */
const run = browserAvailable() ? describe : describe.skip;

run('Office mode in Chromium, against the Excel test double', () => {
  let site: StaticSite;
  let browser: Browser;
  let expected: ReturnType<typeof checkBook>;

  beforeAll(async () => {
    const sample = await sampleBuffer();
    expected = checkBook(await openWorkbook(sample));
    const doublePage = await bundleDoublePage(path.join(__dirname, 'office-page', 'double-page.ts'));
    const html = readFileSync(path.join(ADDIN_DIST, 'taskpane.html'), 'utf8');
    const pane = /<script[^>]*\ssrc=["']?(taskpane\.[0-9a-f]+\.js)/.exec(html)![1];
    // The shipped page with office.js swapped for the double (as one Excel version), which then starts the pane's bundle.
    const officePage = (host: string) =>
      html
        .replace(/<script[^>]*\ssrc=["']?office-js\/office\.js["']?[^>]*><\/script>/, `<script src="double.js" data-pane="${pane}" data-host="${host}"></script>`)
        .replace(/<script[^>]*\ssrc=["']?taskpane\.[0-9a-f]+\.js["']?[^>]*><\/script>/, '');
    site = await serveFolder(ADDIN_DIST, {
      '/office.html': officePage('m365'),
      '/office-2019.html': officePage('excel2019'),
      '/double.js': doublePage,
      '/sample.xlsx': sample,
    });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openPane(width: number): Promise<{ page: Page; guard: Guard }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const guard = await guardPage(page, site.origin);
    await page.goto(`${site.origin}/office.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    return { page, guard };
  }

  it('checks, marks, selects, re-checks an edit live and clears back to the original workbook', async () => {
    const { page, guard } = await openPane(450);
    const originalSheets = await sheetNames(page);
    const before = await snapshot(page, originalSheets);

    await page.getByRole('button', { name: '检查工作簿' }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain(`未通过：${expected.summary.errors} 项错误`);
    await page.getByText('修改单元格后会自动重新检查。').waitFor();

    // The bad ID is marked in the workbook with the error fill, and 检查结果 lists the findings.
    const bad = expected.findings.find((f) => f.rule === 'id.checksum')!;
    expect(await cellState(page, bad.sheet!, bad.cell!)).toMatchObject({ fill: `#${FILL.error.slice(2)}` });
    expect(await sheetNames(page)).toContain('检查结果');

    // Clicking the finding selects its cell.
    await page.getByRole('button', { name: new RegExp(bad.sheet!) }).first().click();
    await page.getByRole('button', { name: new RegExp(bad.message.slice(0, 12)) }).click();
    const selection = await page.waitForFunction(
      () => (window as unknown as { beianDouble: { doc: { selection?: { address: string } } } }).beianDouble.doc.selection?.address ?? null,
    );
    expect(await selection.jsonValue()).toBe(bad.cell);
    await screenshot(page, 'office-mode-450-checked');

    // The clerk fixes the ID in Excel: the live re-check clears that mark and that finding, and nothing else.
    const fixed = bad.message.match(/(\d{17})\d/)![1] + bad.message.match(/校验位应为 (\w)/)![1];
    await page.evaluate(([sheet, cell, value]) => (window as unknown as { beianDouble: { user: { edit(s: string, a: string, v: string): void } } }).beianDouble.user.edit(sheet, cell, value), [bad.sheet!, bad.cell!, fixed] as const);
    await page.getByTestId('summary').getByText(`未通过：${expected.summary.errors - 1} 项错误`).waitFor({ timeout: 15_000 });
    const was = before[bad.sheet!].find((c) => c.cell === cellKey(bad.cell!))!;
    expect(await cellState(page, bad.sheet!, bad.cell!)).toEqual({ value: fixed, fill: was.fill.split('/')[0], note: was.note });

    // 清除标记: every fill and note back as it was, 检查结果 gone, no value changed but the clerk's own edit.
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).first().waitFor({ timeout: 15_000 });
    expect(await sheetNames(page)).toEqual(originalSheets);
    const after = await snapshot(page, originalSheets);
    const edited = before[bad.sheet!].find((c) => c.cell === cellKey(bad.cell!))!;
    edited.value = fixed;
    expect(after).toEqual(before);
    await screenshot(page, 'office-mode-450-cleared');

    expect(guard.foreign).toEqual([]);
    expect(await guard.csp()).toEqual([]);
    await page.close();
  });

  it('fits a 320 px pane and names what Excel 2019 lacks', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.origin}/office-2019.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    await page.getByText('此版本 Excel 不支持备注和批注').waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'office-mode-320-start');
    await page.close();
  });
});
