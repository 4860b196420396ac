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
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { measure, figures, line, root } = require('./lib');

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

const tasks = {
  /** One check in a fresh browser: { ms, peakMB, summary }. */
  async browser(file) {
    const { chromium } = require('playwright-core');
    const server = await serve(SITE);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
      await page.locator('input[type=file]').waitFor({ state: 'attached' });
      let peakMB = rendererMB();
      const sampler = setInterval(() => (peakMB = Math.max(peakMB, rendererMB())), 100);
      const t0 = process.hrtime.bigint();
      await page.locator('input[type=file]').setInputFiles(file);
      const summary = page.getByTestId('summary').or(page.getByRole('alert'));
      await summary.waitFor({ timeout: 300_000 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearInterval(sampler);
      peakMB = Math.max(peakMB, rendererMB());
      const text = (await summary.innerText()).split('\n')[0];
      if (!(await page.getByTestId('summary').count())) throw new Error(`the page could not check the file: ${text}`);
      return { browserMs: ms, peakMB, summary: text };
    } finally {
      await browser.close();
      server.close();
    }
  },
};

async function report(ctx) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`browser_vs_node needs ${CHROMIUM} (Debian's chromium package)`);
  if (!fs.existsSync(path.join(SITE, 'taskpane.html'))) throw new Error('dist/addin is missing: run `npm run build` first');
  const file = path.join(ctx.dir, `roster-${ctx.rows}.xlsx`);
  if (!fs.existsSync(file)) measure('check', 'make', [file, ctx.rows], { runs: 0 });
  const node = measure('check', 'check', [file], ctx);
  const page = measure('browser', 'browser', [file], { runs: ctx.runs });
  const ratio = page.browserMs / node.ms;
  return {
    lines: [
      `网页（Chromium，Web Worker）检查同一 ${ctx.rows} 行名册`,
      line('beian check, Node (peer for this line)', figures(node), '1.00×'),
      line(`web page worker (${page.summary})`, `${(page.browserMs / 1000).toFixed(2)} s, ${page.peakMB.toFixed(0)} MB tab`, `${ratio.toFixed(2)}×  (target ≤ 2.0×, tab < 400 MB)`),
    ],
    json: { browser_vs_node: ratio },
  };
}

module.exports = { tasks, report, fields: ['browser_vs_node'] };
