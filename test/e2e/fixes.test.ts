import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CellValue } from '../../src/model/cell';
import { parseA1 } from '../../src/model/cell';
import { readWorkbook } from '../../src/read/read-workbook';
import { xlsxBuffer, type BookSpec } from '../helpers/book';
import { compliantSpec } from '../helpers/compliant';
import { ADDIN_DIST, browserAvailable, downloadFrom, launch, openTaskpane, screenshot } from './browser';
import { serveFolder, type StaticSite } from './serve';

/**
 * 修正 in file mode: a finding with a certain fix offers it, 自动修正 lists
 * every change before and after, the fixes go into the downloaded copy,
 * and 撤销修正 gives back a copy with the values as picked.
 */
const run = browserAvailable() ? describe : describe.skip;

run('修正 in file mode (Chromium)', () => {
  let site: StaticSite;
  let browser: Browser;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-fix-'));
    const spec: BookSpec = compliantSpec('xj-xcert', '首次备案');
    spec['考评人员'][1][5] = '高级工';
    spec['考评人员'][2][2] = '11010519491231002x';
    spec['考评人员'][4][9] = '2026.1.1';
    file = path.join(dir, '待修正.xlsx');
    writeFileSync(file, await xlsxBuffer(spec));
    site = await serveFolder(ADDIN_DIST);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function cell(page: Page, sheet: string, ref: string, button = '标注后的工作簿'): Promise<CellValue> {
    const copy = await downloadFrom(page, button, dir);
    const { row, col } = parseA1(ref);
    return (await readWorkbook(copy.bytes)).sheet(sheet)!.value(row, col);
  }

  it('fixes one finding, then all, into the downloaded copy, and 撤销修正 takes them back', async () => {
    const { page, guard } = await openTaskpane(browser, site.origin, 360);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    const panel = page.getByRole('region', { name: '自动修正' });
    const shows = (text: string) => panel.getByText(text).first().waitFor();
    // Confirmations come as toasts (and their live-region copy for screen readers).
    const told = (text: string) => page.getByText(text).first().waitFor();
    await shows('以下 3 处可自动修正');
    await expect(panel.textContent()).resolves.toContain('考评人员 F2：“高级工” → “三级/高级工”');
    await screenshot(page, 'fixes-360-offered');

    const one = page.getByRole('button', { name: /^修正 考评人员 F2/ });
    // The group opened on arrival is the first with findings; open 考评人员 if it is not that one.
    if (!(await one.isVisible())) await page.getByRole('button', { name: '考评人员' }).first().click();
    await one.click();
    await told('已修正 1 处');
    await shows('以下 2 处可自动修正');
    await expect(cell(page, '考评人员', 'F2')).resolves.toBe('三级/高级工');

    await page.getByRole('button', { name: /^全部修正/ }).click();
    await told('已修正 2 处');
    await expect(cell(page, '考评人员', 'C3')).resolves.toBe('11010519491231002X');
    await expect(cell(page, '考评人员', 'J5')).resolves.toEqual(new Date(Date.UTC(2026, 0, 1)));
    // The copy to hand in: the fixes, and no marks or 检查结果.
    const fixed = await downloadFrom(page, '修正后的工作簿', dir);
    expect(fixed.name).toBe('待修正（已修正）.xlsx');
    const book = await readWorkbook(fixed.bytes);
    expect(book.sheet('考评人员')!.value(2, 6)).toBe('三级/高级工');
    expect(book.sheets.map((s) => s.name)).not.toContain('检查结果');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await screenshot(page, 'fixes-360-fixed');

    await page.getByRole('button', { name: '撤销修正' }).click();
    await told('已撤销修正');
    await expect(cell(page, '考评人员', 'F2')).resolves.toBe('高级工');
    await expect(cell(page, '考评人员', 'J5')).resolves.toBe('2026.1.1');
    expect(guard.foreign).toEqual([]);
    await page.close();
  });
});
