import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeModel, xlsxBuffer, type BookSpec } from '../helpers/book';
import { compliantSpec } from '../helpers/compliant';
import { badCheckId, validId } from '../helpers/people';
import { formsFor } from '../../src/forms';
import { profileById } from '../../src/profiles/profiles';
import { ADDIN_DIST, browserAvailable, bundleDoublePage, launch, screenshot } from './browser';
import { serveFolder, type StaticSite } from './serve';

/**
 * The pane with a roster of 400 bad IDs, in file mode and in Office mode on
 * the Excel test double, at 320 and 450 px, light and dark: the 400
 * findings are one entry (count, 依据 and 建议 once, a scrolling cell list)
 * so the page stays short; 下一个 goes from the active cell to the next bad
 * one; nothing is wider than the pane; dark follows the system in a browser
 * and Office's theme in Excel.
 */
const run = browserAvailable() ? describe : describe.skip;

const BAD = 400;

/** A compliant 河南 filing whose examiner roster has 420 people, 400 of them with a wrong ID check digit. */
function rosterSpec(): BookSpec {
  const spec = compliantSpec('ha-social', '首次备案');
  const roster = spec['考评人员'];
  const header = roster[0];
  const idCol = header.indexOf('身份证件号');
  const rows = Array.from({ length: BAD + 20 }, (_, i) => {
    const row = [...roster[1 + (i % (roster.length - 1))]];
    const id = validId(`19${70 + (i % 25)}0${1 + (i % 9)}1${i % 10}`, i, '410105');
    row[0] = i + 1;
    row[idCol] = i < BAD ? badCheckId(id) : id;
    return row;
  });
  return { ...spec, 考评人员: [header, ...rows] };
}

run('the pane at scale: 400 findings of one rule', () => {
  let site: StaticSite;
  let browser: Browser;
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await xlsxBuffer(rosterSpec());
    expect(makeModel(rosterSpec()).sheet('考评人员')!.rowCount).toBe(BAD + 21);
    const doublePage = await bundleDoublePage(path.join(__dirname, 'office-page', 'double-page.ts'));
    const html = readFileSync(path.join(ADDIN_DIST, 'taskpane.html'), 'utf8');
    const pane = /<script[^>]*\ssrc=["']?(taskpane\.[0-9a-f]+\.js)/.exec(html)![1];
    const officePage = (theme: string) =>
      html
        .replace(/<script[^>]*\ssrc=["']?office-js\/office\.js["']?[^>]*><\/script>/, `<script src="double.js" data-pane="${pane}" data-host="m365" data-file="roster.xlsx" data-theme="${theme}"></script>`)
        .replace(/<script[^>]*\ssrc=["']?taskpane\.[0-9a-f]+\.js["']?[^>]*><\/script>/, '');
    site = await serveFolder(ADDIN_DIST, { '/office-light.html': officePage('light'), '/office-dark.html': officePage('dark'), '/double.js': doublePage, '/roster.xlsx': bytes });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function checked(mode: 'file' | 'office', width: number, theme: 'light' | 'dark'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
    if (mode === 'office') {
      await page.goto(`${site.origin}/office-${theme}.html`);
      await page.getByRole('button', { name: '检查工作簿' }).click({ timeout: 30_000 });
    } else {
      await page.goto(`${site.origin}/taskpane.html`);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '打开工作簿…' }).click()]);
      await chooser.setFiles({ name: '考评人员名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    }
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    return page;
  }

  for (const mode of ['file', 'office'] as const) {
    for (const width of [320, 450]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${mode} mode, ${width} px, ${theme}: one entry for the 400 bad IDs, a short page, nothing wider than the pane`, async () => {
          const page = await checked(mode, width, theme);
          // Errors first: the roster's group is open on arrival.
          const group = page.locator('[data-testid=rule-group][data-rule="id.checksum"]');
          await group.waitFor();
          await expect(group.textContent()).resolves.toContain(`（${BAD} 处）`);
          await expect(group.getByText(/^依据：/).count()).resolves.toBe(1);
          await expect(group.getByTestId('cell-list').getAttribute('data-count')).resolves.toBe(String(BAD));
          // Virtualised: a few dozen rows drawn, not 400.
          expect(await group.getByTestId('cell-list').locator('li').count()).toBeLessThan(40);
          expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          const background = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
          expect(background === 'rgb(255, 255, 255)').toBe(theme === 'light');
          await screenshot(page, `scale-${mode}-${width}-${theme}`);
          await page.close();
        }, 120_000);
      }
    }
  }

  it('offers the profile\'s forms, the others behind 其他表格 with a warning', async () => {
    const page = await checked('file', 450, 'light');
    const own = formsFor(profileById('ha-social')!, '首次备案').map((f) => f.title);
    const group = page.getByRole('group', { name: '本机构适用的表格' });
    await group.waitFor({ timeout: 30_000 });
    expect(await group.getByRole('checkbox').count()).toBe(own.length);
    // No other region's form among them: 上海's 考核点推荐函 is only behind 其他表格.
    expect(await group.getByText('考核点推荐函').count()).toBe(0);
    await page.getByRole('button', { name: /^其他表格/ }).click();
    await page.getByText('以下表格属于其他地区或其他类型的机构').waitFor();
    expect(await page.getByRole('group', { name: '其他表格' }).getByRole('checkbox', { checked: true }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it('links 使用说明: an accessible link that opens help.html, as a new tab in a browser and in the default browser from Excel', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.origin}/taskpane.html`);
    const link = page.getByRole('link', { name: '使用说明' });
    await link.waitFor({ timeout: 30_000 });
    expect(await link.getAttribute('href')).toBe('help.html');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await page.getByRole('banner').count()).toBeLessThanOrEqual(1);
    // Reached from the keyboard, and Enter opens the help page beside the pane.
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('使用说明');
    const [help] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
    await help.waitForLoadState();
    expect(help.url()).toBe(`${site.origin}/help.html`);
    expect(await help.title()).toBe('备案检查 · 使用说明');
    await help.close();
    await page.close();

    // In Excel: Office.context.ui.openBrowserWindow with the page's full address, and nothing opened inside Office.
    const office = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await office.goto(`${site.origin}/office-light.html`);
    const pages = office.context().pages().length;
    await office.getByRole('link', { name: '使用说明' }).click({ timeout: 30_000 });
    await office.waitForFunction(() => (window as unknown as { beianDouble: { browserWindows: string[] } }).beianDouble.browserWindows.length > 0);
    expect(await office.evaluate(() => (window as unknown as { beianDouble: { browserWindows: string[] } }).beianDouble.browserWindows)).toEqual([`${site.origin}/help.html`]);
    expect(office.context().pages().length).toBe(pages);
    await office.close();
  }, 120_000);

  it('取消 in Excel stops a check that is still reading: no mark, no 检查结果, and the clerk is told', async () => {
    const page = await browser.newPage({ viewport: { width: 450, height: 900 } });
    await page.goto(`${site.origin}/office-light.html`);
    await page.getByRole('button', { name: '检查工作簿' }).waitFor({ timeout: 30_000 });
    // Each of Excel's round trips takes a second, as on a slow machine with a long roster: the check reads for several seconds.
    await page.evaluate(() => {
      const d = (window as unknown as { beianDouble: { sync(ctx: unknown): Promise<void> } }).beianDouble;
      const sync = d.sync.bind(d);
      d.sync = async (ctx) => {
        await new Promise((r) => setTimeout(r, 1000));
        return sync(ctx);
      };
    });
    const sheets = () => page.evaluate(() => (window as unknown as { beianDouble: { doc: { sheets: { name: string }[] } } }).beianDouble.doc.sheets.map((s) => s.name));
    const before = await sheets();
    await page.getByRole('button', { name: '检查工作簿' }).click();
    await page.getByRole('button', { name: '取消' }).click({ timeout: 10_000 });
    await page.getByText('已取消检查，工作簿未作改动。').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '检查工作簿' }).and(page.locator(':enabled')).waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
    expect(await sheets()).toEqual(before);
    await page.close();
  }, 120_000);

  it('与上次备案比较 in Excel: the earlier filing picked as a file, the changes listed, the changed cell marked and cleared', async () => {
    const earlier = rosterSpec();
    const nameCol = earlier['考评人员'][0].indexOf('姓名');
    const was = String(earlier['考评人员'][1][nameCol]);
    earlier['考评人员'][1][nameCol] = '王旧名';
    const page = await checked('office', 450, 'light');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择上次备案的工作簿…' }).click()]);
    await chooser.setFiles({ name: '去年备案.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsxBuffer(earlier) });
    await page.getByText('上次备案：去年备案.xlsx').waitFor({ timeout: 30_000 });
    await page.getByText(`姓名：“王旧名” 改为 “${was}”`, { exact: false }).waitFor();
    await page.getByRole('button', { name: '标记变更单元格' }).click();
    await page.getByText(/已标记 1 个变更单元格/).first().waitFor({ timeout: 15_000 });
    const state = () =>
      page.evaluate(
        (c) => {
          const ws = (window as unknown as { beianDouble: { doc: { sheet(n: string): { fill(r: number, c: number): { color: string }; notes: Map<number, string> } } } }).beianDouble.doc.sheet('考评人员');
          return { fill: ws.fill(2, c.col).color, note: [...ws.notes.values()].find((n) => n.includes('与上次备案相比')) ?? null };
        },
        { col: nameCol + 1 },
      );
    expect(await state()).toEqual({ fill: '#E4DFEC', note: '与上次备案相比已变更：原为“王旧名”' });
    await screenshot(page, 'office-compare-450');
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/已清除 \d+ 个单元格的标记/).first().waitFor({ timeout: 15_000 });
    expect((await state()).note).toBeNull();
    await page.close();
  }, 120_000);

  it('下一个 in Excel goes from the active cell to the next bad ID, and Alt+↓ to the one after', async () => {
    const page = await checked('office', 450, 'light');
    const selection = () => page.evaluate(() => (window as unknown as { beianDouble: { doc: { selection?: { address: string } | null } } }).beianDouble.doc.selection?.address ?? null);
    // The clerk clicks a cell in the roster (row 10).
    await page.evaluate(() => {
      const d = (window as unknown as { beianDouble: { doc: { sheet(n: string): { id: string }; selection: unknown; activeSheetId: string } } }).beianDouble.doc;
      d.activeSheetId = d.sheet('考评人员').id;
      d.selection = { sheetId: d.sheet('考评人员').id, address: 'A10' };
    });
    await page.getByRole('button', { name: '下一个' }).click();
    await page.waitForFunction(() => (window as unknown as { beianDouble: { doc: { selection?: { address: string } } } }).beianDouble.doc.selection?.address !== 'A10');
    const first = await selection();
    expect(first).toMatch(/^[A-Z]+10$/);
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction((was) => (window as unknown as { beianDouble: { doc: { selection?: { address: string } } } }).beianDouble.doc.selection?.address !== was, first);
    expect(await selection()).toMatch(/^[A-Z]+11$/);
    await expect(page.getByTestId('nav-position').textContent()).resolves.toMatch(/第 \d+ \/ \d+ 处：考评人员 [A-Z]+11/);
    await page.getByRole('button', { name: '上一个' }).click();
    await page.waitForFunction((was) => (window as unknown as { beianDouble: { doc: { selection?: { address: string } } } }).beianDouble.doc.selection?.address === was, first);
    await page.close();
  }, 120_000);
});
