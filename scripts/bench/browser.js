'use strict';
/**
 * The web page's worker checking the same 100,000-row roster as check.js,
 * in Debian's Chromium driven by playwright-core, against the Node check of
 * that file measured in the same run. Each run is a fresh browser: open
 * taskpane.html from a local static server, pick the file, wait for the
 * verdict. The figure is that whole wait as a clerk sees it (worker start,
 * read, check, findings list); memory is the peak resident size of the
 * tab's renderer process (page and worker), sampled from /proc. Chromium
 * runs other renderers beside it (its own WebUI, a spare one for the next
 * tab); they are not the page's, so the figure is the largest single
 * renderer, not their sum (which counted them and their shared libraries
 * several times: 571 MB where the tab itself peaked at 312 MB).
 *
 * The tab's memory (`tab_mb_50k`): a 50,000-row roster checked, then 重新检查
 * three times; the figure is the renderer's peak resident size, the JS heap
 * after a full collection shows whether re-checks keep anything.
 *
 * Then the office batch (批量汇总) over 100 workbooks of office.js's inbox,
 * the page's Web Workers against `beian summarize` on all cores, timed from
 * picking the folder to the verdict. Lines only: the JSON has no field for it.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const os = require('node:os');
const { measure, runTask, figures, line, root } = require('./lib');

/** Workbooks of the office inbox the page's batch is timed on. */
const BATCH_WORKBOOKS = 100;

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SITE = path.join(root, 'dist', 'addin');

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Resident MB of the largest of this process's descendant Chromium renderers (Chromium's own WebUI renderer left out): the tab's. */
function rendererMB() {
  const procs = new Map();
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      procs.set(Number(pid), { ppid, pid: Number(pid) });
    } catch {
      // The process ended while we looked.
    }
  }
  const mine = (pid) => {
    for (let p = procs.get(pid); p; p = procs.get(p.ppid)) if (p.ppid === process.pid) return true;
    return false;
  };
  let kb = 0;
  for (const { pid } of procs.values()) {
    if (!mine(pid)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer') || cmdline.includes('--top-chrome-webui')) continue;
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb = Math.max(kb, Number(m[1]));
    } catch {
      // Gone.
    }
  }
  return kb / 1024;
}

/**
 * Opens taskpane.html in a fresh browser, lets `ready` prepare the page,
 * then times `act` until `done` shows (or an alert does): { browserMs,
 * peakMB, summary } with the tab's peak resident size meanwhile.
 */
async function timeInPage(ready, act, done) {
  const { chromium } = require('playwright-core');
  const server = await serve(SITE);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    const input = await ready(page);
    await input.waitFor({ state: 'attached' });
    let peakMB = rendererMB();
    const sampler = setInterval(() => (peakMB = Math.max(peakMB, rendererMB())), 100);
    const t0 = process.hrtime.bigint();
    await act(input);
    const summary = page.getByTestId(done).or(page.getByRole('alert'));
    await summary.waitFor({ timeout: 600_000 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    clearInterval(sampler);
    peakMB = Math.max(peakMB, rendererMB());
    const text = (await summary.innerText()).split('\n')[0];
    if (!(await page.getByTestId(done).count())) throw new Error(`the page could not finish: ${text}`);
    return { browserMs: ms, peakMB, summary: text };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Re-checks after the first check whose memory `tab` follows. */
const RECHECKS = 3;

/**
 * Each isolate of the page (the page and its worker) collected, then
 * their used JS heap summed, in MB. The worker is reached through the
 * browser's target list: playwright gives no CDP session for a worker.
 */
async function heapAfterGc(browser, page) {
  const tab = await page.context().newCDPSession(page);
  await tab.send('HeapProfiler.collectGarbage');
  let used = (await tab.send('Runtime.getHeapUsage')).usedSize;
  await tab.detach();
  const cdp = await browser.newBrowserCDPSession();
  let seq = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
  });
  const send = (sessionId, method) =>
    new Promise((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  for (const t of (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'worker')) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    await send(sessionId, 'HeapProfiler.collectGarbage');
    used += (await send(sessionId, 'Runtime.getHeapUsage')).usedSize;
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
  await cdp.detach();
  return used / 1048576;
}

/**
 * The file-mode tab's memory on `file`: the check, then 重新检查 `rechecks`
 * times. `peakMB` is the tab's renderer resident size at its highest
 * (sampled every 50 ms; the worker runs in that process), `heapMB` the
 * page's and worker's JS heap after a full collection, after each check.
 */
async function tabMemory(file, rechecks = RECHECKS) {
  const { chromium } = require('playwright-core');
  const server = await serve(SITE);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    let peakMB = rendererMB();
    const sampler = setInterval(() => (peakMB = Math.max(peakMB, rendererMB())), 50);
    const summary = page.getByTestId('summary');
    const heapMB = [];
    try {
      await page.locator('input[type=file]').first().setInputFiles(file);
      await summary.waitFor({ timeout: 600_000 });
      heapMB.push(await heapAfterGc(browser, page));
      for (let i = 0; i < rechecks; i++) {
        await page.getByRole('button', { name: '重新检查' }).click();
        // The pane drops the last result while it checks.
        await summary.waitFor({ state: 'detached' });
        await summary.waitFor({ timeout: 600_000 });
        heapMB.push(await heapAfterGc(browser, page));
      }
    } finally {
      clearInterval(sampler);
    }
    return { peakMB: Math.max(peakMB, rendererMB()), heapMB };
  } finally {
    await browser.close();
    server.close();
  }
}

const tasks = {
  /** The tab's memory over a check and its re-checks of `file`. */
  tab: (file) => tabMemory(file),
  /** One check of `file` in file mode. */
  browser: (file) =>
    timeInPage(
      async (page) => page.locator('input[type=file]'),
      (input) => input.setInputFiles(file),
      'summary',
    ),
  /** The office batch over the folder `dir` (批量汇总, all of the browser's workers). */
  batch: (dir) =>
    timeInPage(
      async (page) => {
        await page.getByRole('tab', { name: '批量汇总（主管部门）' }).click();
        await page.getByLabel('检查日期（计算期限）').fill('2026-06-01');
        return page.locator('input[webkitdirectory]');
      },
      (input) => input.setInputFiles(dir),
      'batch-summary',
    ),
};

async function report(ctx) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`browser_vs_node needs ${CHROMIUM} (Debian's chromium package)`);
  if (!fs.existsSync(path.join(SITE, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build` first');
  const file = path.join(ctx.dir, `roster-${ctx.rows}.xlsx`);
  if (!fs.existsSync(file)) measure('check', 'make', [file, ctx.rows], { runs: 0 });
  const node = measure('check', 'check', [file], ctx);
  // The tab's memory on a 50,000-row roster, through a check and three 重新检查.
  const file50k = path.join(ctx.dir, 'roster-50000.xlsx');
  if (!fs.existsSync(file50k)) measure('check', 'make', [file50k, 50_000], { runs: 0 });
  const tab = runTask('browser', 'tab', [file50k]);
  const page = measure('browser', 'browser', [file], { runs: ctx.runs });
  const ratio = page.browserMs / node.ms;
  // The office batch: the page's Web Workers against `beian summarize` on all cores, over the office workload's inbox (fewer workbooks: a browser per run).
  const count = Math.min(ctx.workbooks, BATCH_WORKBOOKS);
  const inbox = path.join(ctx.dir, `inbox-${count}`);
  if (!fs.existsSync(inbox)) runTask('office', 'make', [inbox, count]);
  const cli = measure('office', 'summarize', [inbox, os.availableParallelism(), path.join(ctx.dir, 'browser-batch.docx')], { runs: ctx.runs });
  const batch = measure('browser', 'batch', [inbox], { runs: ctx.runs });
  return {
    lines: [
      `网页（Chromium，Web Worker）检查同一 ${ctx.rows} 行名册`,
      line('beian check, Node (peer for this line)', figures(node), '1.00×'),
      line(`web page worker (${page.summary})`, `${(page.browserMs / 1000).toFixed(2)} s, ${page.peakMB.toFixed(0)} MB tab`, `${ratio.toFixed(2)}×  (target ≤ 2.0×, tab < 400 MB)`),
      line('tab, 50,000 rows, check + 3 re-checks: peak', `${tab.peakMB.toFixed(0)} MB`, '(target < 400 MB)'),
      line('  JS heap after GC, after each check', tab.heapMB.map((m) => m.toFixed(1)).join(' / ') + ' MB', '(flat)'),
      `网页批量汇总 ${count} 份工作簿（${os.availableParallelism()} 核）`,
      line(`beian summarize --jobs ${os.availableParallelism()} (peer for this line)`, figures(cli), '1.00×'),
      line('web page batch (Web Workers)', `${(batch.browserMs / 1000).toFixed(2)} s, ${batch.peakMB.toFixed(0)} MB tab`, `${(batch.browserMs / cli.ms).toFixed(2)}×`),
    ],
    json: { browser_vs_node: ratio, web_batch_vs_cli: batch.browserMs / cli.ms, tab_mb_50k: tab.peakMB },
  };
}

module.exports = { tasks, report, tabMemory, fields: ['browser_vs_node', 'web_batch_vs_cli', 'tab_mb_50k'] };
