import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import PizZip from 'pizzip';
import type { Browser, Page } from 'playwright-core';
import { CHANGE_FILL, RESULT_SHEET } from '../../src/annotate/mark-plan';
import { SEVERITY_FILL as FILL } from '../../src/model/severity';
import { checkBook } from '../../src/check';
import { formById } from '../../src/forms';
import { openWorkbook } from '../../src/open';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { ADDIN_DIST, browserAvailable, downloadFrom, dropFiles, launch, openTaskpane, screenshot, type Guard } from './browser';
import { serveFolder, type StaticSite } from './serve';

/**
 * The pane as a plain web page (file mode), as a WPS or LibreOffice user
 * gets it: open the sample workbook, see its findings, download the marked
 * copy, the Word forms and the check report, all without any request to
 * another host.
 */
const run = browserAvailable() ? describe : describe.skip;

/** A note's plain text, as exceljs reads it (a string, or rich text runs). */
function noteText(note: ExcelJS.Cell['note']): string | null {
  if (!note) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

run('file mode in Chromium', () => {
  let site: StaticSite;
  let browser: Browser;
  let dir: string;
  let samplePath: string;
  let expected: Awaited<ReturnType<typeof expectedCheck>>;

  async function expectedCheck(bytes: Uint8Array) {
    // The page checks "today" like the CLI does; the same core gives the same verdict.
    return checkBook(await openWorkbook(bytes));
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'beian-e2e-'));
    const bytes = await sampleBuffer();
    samplePath = path.join(dir, '示例工作簿.xlsx');
    writeFileSync(samplePath, bytes);
    expected = await expectedCheck(bytes);
    site = await serveFolder(ADDIN_DIST);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openPane(width: number): Promise<{ page: Page; guard: Guard }> {
    const opened = await openTaskpane(browser, site.origin, width);
    await opened.page.getByRole('button', { name: '打开工作簿…' }).waitFor();
    return opened;
  }

  const download = (page: Page, button: string | RegExp) => downloadFrom(page, button, dir);

  it('checks the sample, lists its findings and hands out valid files', async () => {
    const { page, guard } = await openPane(360);
    await screenshot(page, 'file-mode-360-empty');
    await page.locator('input[type=file]').setInputFiles(samplePath);
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toContain(`未通过：${expected.summary.errors} 项错误`);
    // A planted mistake shows with its message, basis and hint.
    const checksum = expected.findings.find((f) => f.rule === 'id.checksum')!;
    await page.getByRole('button', { name: new RegExp(checksum.sheet!) }).first().click();
    const item = page.locator('li', { hasText: checksum.message }).first();
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain(`依据：${checksum.basis}`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await screenshot(page, 'file-mode-360-findings');

    const marked = await download(page, '标注后的工作簿');
    expect(marked.name).toBe('示例工作簿（已标注）.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(marked.bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(RESULT_SHEET)).toBeDefined();
    const cell = wb.getWorksheet(checksum.sheet!)!.getCell(checksum.cell!);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(FILL.error);

    const report = await download(page, '检查报告（Word）');
    expect(report.name).toBe(`${formById('check-report')!.title}-示例工作簿.docx`);
    expect(new PizZip(report.bytes).file('word/document.xml')!.asText()).toContain(checksum.message);

    const forms = await download(page, /^生成 Word/);
    expect(forms.name).toBe('备案表格-示例工作簿.zip');
    // Three downloads in a row: only the last confirmation covers the list, not a pile of three.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.fui-Toast')).some((t) => t.textContent?.includes('备案表格-示例工作簿.zip')));
    await page.waitForTimeout(1000);
    await expect(page.locator('.fui-Toast').count()).resolves.toBe(1);
    const zip = new PizZip(forms.bytes);
    const docs = Object.keys(zip.files).filter((n) => n.endsWith('.docx'));
    expect(docs.length).toBeGreaterThan(1);
    for (const name of docs) expect(new PizZip(zip.file(name)!.asUint8Array()).file('word/document.xml')).not.toBeNull();

    expect(guard.foreign).toEqual([]);
    // Outside Office, office.js tries to frame Microsoft's telemetry service; the page's CSP blocks it. Nothing of ours even tries.
    for (const v of await guard.csp()) expect(v).toEqual({ blocked: expect.stringMatching(/^https:\/\/telemetryservice\./), source: expect.stringMatching(new RegExp(`^${site.origin}/office-js/`)) });
    await page.close();
  });

  it('takes a workbook dropped on the page and fits a 450 px pane', async () => {
    const { page, guard } = await openPane(450);
    await dropFiles(page.getByTestId('drop-zone'), [{ name: '拖入的工作簿.xlsx', bytes: readFileSync(samplePath) }]);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await expect(page.getByText('当前：拖入的工作簿.xlsx').count()).resolves.toBe(1);
    // 重新检查 checks the bytes the worker read the first time: the page keeps no copy.
    const first = await page.getByTestId('summary').textContent();
    await page.getByRole('button', { name: '重新检查' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('summary').textContent()).resolves.toBe(first);
    // Nothing wider than the pane: no horizontal scrolling at the pane's width.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(450);
    await screenshot(page, 'file-mode-450-findings');
    expect(guard.foreign).toEqual([]);
    await page.close();
  });

  it('compares the workbook with the earlier filing the user picks and hands out the change list and the copy with the changed cell marked', async () => {
    // The earlier filing: the sample with another contact.
    const earlier = new ExcelJS.Workbook();
    await earlier.xlsx.load(readFileSync(samplePath) as unknown as ArrayBuffer);
    earlier.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.value === '马丽娜' && (c.value = '马丽')))));
    const earlierPath = path.join(dir, '上次备案.xlsx');
    writeFileSync(earlierPath, new Uint8Array(await earlier.xlsx.writeBuffer()));
    const { page, guard } = await openPane(360);
    await page.locator('input[type=file]').setInputFiles(samplePath);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await page.getByLabel('选择上次备案的工作簿').setInputFiles(earlierPath);
    const section = page.getByRole('region', { name: '与上次备案比较' });
    await section.getByText('上次备案：上次备案.xlsx').waitFor({ timeout: 30_000 });
    await expect(section.textContent()).resolves.toContain('联系人：“马丽” 改为 “马丽娜”');
    await expect(section.textContent()).resolves.toContain('共有 1 项变化');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await screenshot(page, 'file-mode-360-compare');
    const list = await download(page, '变更清单（Word）');
    expect(list.name).toBe('备案信息变更清单-示例工作簿.docx');
    expect(new PizZip(list.bytes).file('word/document.xml')!.asText()).toContain('马丽');

    // 标注变更的工作簿: the annotated copy, and the changed cell in the change fill with the earlier value.
    const plain = await download(page, '标注后的工作簿');
    const marked = await download(page, '标注变更的工作簿');
    expect(marked.name).toBe('示例工作簿（已标注变更）.xlsx');
    await page.getByText(`已下载：${marked.name}`).first().waitFor();
    const [a, b] = await Promise.all([plain, marked].map(async (f) => new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ArrayBuffer)));
    const contact = b.getWorksheet('机构信息')!.getColumn(2).values.indexOf('马丽娜');
    const cell = b.getWorksheet('机构信息')!.getCell(contact, 2);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(CHANGE_FILL);
    expect(noteText(cell.note)).toBe('与上次备案相比已变更：原为“马丽”');
    // Every other cell as in the annotated copy: value, fill and note.
    const cells = (wb: ExcelJS.Workbook) =>
      wb.worksheets.filter((ws) => ws.state !== 'veryHidden').flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row) => row.eachCell((c) => void (c.address !== cell.address || ws.name !== '机构信息' ? out.push(JSON.stringify([ws.name, c.address, c.value, c.fill, noteText(c.note)])) : undefined)));
        return out;
      });
    expect(cells(b)).toEqual(cells(a));

    // Another organisation's workbook picked by mistake: its one line shows where the clerk is, not only in the bar far above.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(readFileSync(earlierPath) as unknown as ArrayBuffer);
    other.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (c.value === '91650102MA7N3K8Q50' && (c.value = '91650102MA7N3K8Q6X')))));
    const otherPath = path.join(dir, '别的机构.xlsx');
    writeFileSync(otherPath, new Uint8Array(await other.xlsx.writeBuffer()));
    await section.getByRole('button', { name: '选择上次备案的工作簿…' }).scrollIntoViewIfNeeded();
    await page.getByLabel('选择上次备案的工作簿').setInputFiles(otherPath);
    await page.getByRole('alert').getByText(/不是同一机构的备案/).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.fui-Toast')).some((t) => {
        const r = t.getBoundingClientRect();
        return /不是同一机构的备案/.test(t.textContent ?? '') && r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    );
    expect(guard.foreign).toEqual([]);
    await page.close();
  });

  it('上一个/下一个 bring the finding gone to into view, and a rule’s head keeps its level and action on one line each at 320 px', async () => {
    const { page } = await openPane(320);
    await page.locator('input[type=file]').setInputFiles(samplePath);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    // From nowhere, 上一个 goes to the last finding: far down the list, below the fold.
    await page.getByRole('button', { name: '上一个' }).click();
    const row = page.locator('[data-testid=cell-list] [aria-current=true]');
    await row.waitFor();
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid=cell-list] [aria-current=true]')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight + 1;
    });
    // 错误/警告 and 修正 N 处 stay whole: no badge or button squeezed to a character a line.
    const lines = await page.locator('[data-testid=rule-group] > div:first-child').evaluateAll((heads) =>
      heads.flatMap((h) =>
        Array.from(h.querySelectorAll('.fui-Badge, button')).map((el) => {
          // The lines its text takes: the distinct tops of the text's line boxes.
          const tops = new Set<number>();
          const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = walk.nextNode(); t; t = walk.nextNode()) {
            const r = document.createRange();
            r.selectNodeContents(t);
            for (const box of Array.from(r.getClientRects())) tops.add(Math.round(box.top));
          }
          return [el.textContent, tops.size];
        }),
      ),
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    await page.close();
  });

  it('says on the page when a workbook whose structure is protected gets no 检查结果 sheet', async () => {
    const zip = new PizZip(readFileSync(samplePath));
    zip.file('xl/workbook.xml', zip.file('xl/workbook.xml')!.asText().replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
    const locked = path.join(dir, '结构受保护.xlsx');
    writeFileSync(locked, zip.generate({ type: 'nodebuffer' }));
    const { page } = await openPane(360);
    await page.locator('input[type=file]').setInputFiles(locked);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    const marked = await download(page, '标注后的工作簿');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(marked.bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(RESULT_SHEET)).toBeUndefined();
    // The bar at the top (out of sight from the download button, the same line also comes as a toast).
    const line = page.getByRole('status').getByText('工作簿结构受保护，未添加“检查结果”工作表（问题单元格已标注）');
    await line.waitFor({ timeout: 10_000 });
    await expect(line.textContent()).resolves.toBe(`已下载：${marked.name}。工作簿结构受保护，未添加“检查结果”工作表（问题单元格已标注）`);
    await page.close();
  });

  it('says in one Chinese line why a file that is not a workbook cannot be checked', async () => {
    const { page } = await openPane(360);
    const bad = path.join(dir, '名册.xlsx');
    writeFileSync(bad, 'not a zip at all');
    await page.locator('input[type=file]').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/\bat \w+ \(|Error:/);
    await page.close();
  });

  it('explains itself where Excel shows it in a webview too old for the pane', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 600 } });
    // Excel 2019's EdgeHTML: no Object.fromEntries, and the bundle does not even parse (here: never arrives).
    await page.addInitScript(() => delete (Object as { fromEntries?: unknown }).fromEntries);
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(`${site.origin}/taskpane.html`);
    await expect(page.getByText('此版本 Excel 内置的浏览器').textContent()).resolves.toContain('无法显示检查面板');
    await page.close();
  });
});
