import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Locator, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const ADDIN_DIST = path.resolve(__dirname, '..', '..', 'dist', 'addin');
/** Screenshots for people to look at; gitignored. */
export const SHOTS = path.resolve(__dirname, 'screenshots');

/**
 * Whether the browser tests can run. Without Debian's chromium they skip
 * with a loud message, except under CI=true, where a missing browser fails.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `浏览器端到端测试需要 ${CHROMIUM}（Debian 的 chromium 包），本机没有，已跳过。`;
  if (process.env.CI === 'true') throw new Error(msg);
  process.stderr.write(`\n*** ${msg} ***\n\n`);
  return false;
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Guard {
  /** Requests to any other origin (aborted). */
  foreign: string[];
  /** CSP violations: what was blocked, and the script that tried. */
  csp(): Promise<{ blocked: string; source: string }[]>;
}

/**
 * Watches a page that must run on an intranet with nothing but its own
 * files: any request to another origin is aborted and recorded, and every
 * Content-Security-Policy violation is recorded with the script behind it.
 */
export async function guardPage(page: Page, origin: string): Promise<Guard> {
  const foreign: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: { blocked: string; source: string }[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push({ blocked: e.blockedURI, source: e.sourceFile }));
  });
  return { foreign, csp: () => page.evaluate(() => (window as unknown as { cspViolations: { blocked: string; source: string }[] }).cspViolations) };
}

/** A fresh page `width` px wide, guarded, with the site's taskpane.html open (file mode: no Office around it). */
export async function openTaskpane(browser: Browser, origin: string, width: number): Promise<{ page: Page; guard: Guard }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const guard = await guardPage(page, origin);
  await page.goto(`${origin}/taskpane.html`);
  return { page, guard };
}

/** Clicks a download button; the file is saved in `dir` (its name after `prefix`) and returned. */
export async function downloadFrom(page: Page, button: string | RegExp, dir: string, prefix = ''): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(dir, `${prefix}${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), bytes: readFileSync(file) };
}

/** Drops files on an element as a file manager would (a synthetic drop: files only, no folder entries). */
export async function dropFiles(zone: Locator, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const plain = files.map((f) => ({ name: f.name, data: [...f.bytes] }));
  await zone.evaluate((el, list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, plain);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A test page's script (a host double that then starts the shipped pane), bundled for the browser as one file. */
export async function bundleDoublePage(entry: string): Promise<Uint8Array> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'silent' });
  return out.outputFiles[0].contents;
}
