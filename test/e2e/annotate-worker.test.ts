import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { annotateXlsx, type AnnotateMeta } from '../../src/annotate';
import { profileById } from '../../src/profiles/profiles';
import type { Finding } from '../../src/rules/finding';
import { unzipParts } from '../helpers/package';

/**
 * The annotator in a Web Worker in Chromium, as the web page runs it: the
 * compiled module and what it requires, bundled with nothing but a require
 * shim (a Node API would fail there), fed a workbook's bytes. Its copy must
 * hold the same parts as the one Node makes.
 */

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DIST = path.resolve(__dirname, '../../dist');

const NODE_MODULES = path.resolve(__dirname, '../../node_modules');
/**
 * Packages the core takes from npm, each in the form a browser bundler picks
 * (fflate's "browser" export; saxes, which reads an earlier copy's restore
 * data, and the character tables it requires are plain scripts).
 */
const BROWSER_PACKAGES: Record<string, string> = {
  fflate: path.join(NODE_MODULES, 'fflate/lib/browser.cjs'),
  saxes: path.join(NODE_MODULES, 'saxes/saxes.js'),
  'xmlchars/xml/1.0/ed5': path.join(NODE_MODULES, 'xmlchars/xml/1.0/ed5.js'),
  'xmlchars/xml/1.1/ed2': path.join(NODE_MODULES, 'xmlchars/xml/1.1/ed2.js'),
  'xmlchars/xmlns/1.0/ed3': path.join(NODE_MODULES, 'xmlchars/xmlns/1.0/ed3.js'),
};

/** dist/<entries> and every module they require, as one script defining `bundleRequire`; any other bare module name throws. */
function bundle(...entries: string[]): string {
  const modules = new Map<string, string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const source = readFileSync(file, 'utf8');
    modules.set(file, source);
    for (const m of source.matchAll(/require\("([^"]+)"\)/g)) {
      if (BROWSER_PACKAGES[m[1]]) visit(BROWSER_PACKAGES[m[1]]);
      if (!m[1].startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), m[1]);
      visit(existsSync(`${base}.js`) ? `${base}.js` : path.join(base, 'index.js'));
    }
  };
  for (const entry of entries) visit(path.join(DIST, entry));
  const packages = Object.fromEntries(Object.entries(BROWSER_PACKAGES).map(([name, file]) => [name, path.relative(DIST, file)]));
  const defs = [...modules]
    .map(([file, source]) => `${JSON.stringify(path.relative(DIST, file))}: function (module, exports, require) {\n${source}\n}`)
    .join(',\n');
  return `
const defs = {${defs}};
const packages = ${JSON.stringify(packages)};
const cache = {};
function load(id) {
  if (cache[id]) return cache[id].exports;
  const module = (cache[id] = { exports: {} });
  const dir = id.split('/').slice(0, -1);
  defs[id](module, module.exports, (spec) => {
    if (packages[spec]) return load(packages[spec]);
    if (!spec.startsWith('.')) throw new Error('not bundled: ' + spec);
    const parts = [...dir];
    for (const seg of spec.split('/')) seg === '..' ? parts.pop() : seg !== '.' && parts.push(seg);
    const name = parts.join('/');
    return load(defs[name + '.js'] ? name + '.js' : name + '/index.js');
  });
  return module.exports;
}
const bundleRequire = load;`;
}

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('机构信息').addRows([['项目', '内容'], ['单位名称', '甲公司']]);
  const ws = wb.addWorksheet('考评人员');
  ws.addRows([['序号', '姓名', '身份证件号'], [1, '张三', '11010519491231002X'], [2, '李四', '110105194912310023']]);
  ws.getCell('B3').note = '原有批注';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const FINDINGS: Finding[] = [
  { rule: 'id.checksum', severity: 'error', sheet: '考评人员', cell: 'C3', row: 3, column: '身份证件号', message: '校验位应为 X', basis: 'GB 11643-1999', hint: '核对证件号码' },
  { rule: 'x.note', severity: 'warning', sheet: '考评人员', cell: 'B3', row: 3, column: '姓名', message: '姓名存疑', basis: '测试', hint: null },
  { rule: 'x.empty', severity: 'info', sheet: '考评人员', cell: 'D2', row: 2, column: null, message: '缺少', basis: '测试', hint: null },
];

const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const message = '浏览器测试需要 Debian 的 Chromium（apt-get install -y chromium）';
  if (process.env.CI === 'true') {
    it('has Chromium', () => {
      throw new Error(message);
    });
  } else {
    console.warn(`\n!!! 跳过浏览器测试：${message}\n`);
    it.skip('annotates in a Web Worker (Chromium missing)', () => undefined);
  }
} else {
  describe('annotateXlsx in a Web Worker', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    }, 60000);
    afterAll(async () => browser?.close());

    it('makes the same annotated copy as Node', async () => {
      const input = await workbook();
      const meta: AnnotateMeta = { file: 'a.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 1, infos: 1 }, titles: {} };
      const worker = `${bundle('annotate/index.js')}
self.onmessage = async (e) => {
  try {
    const { annotateXlsx } = bundleRequire('annotate/index.js');
    const { input, findings, meta } = e.data;
    const out = await annotateXlsx(new Uint8Array(input), findings, meta);
    self.postMessage({ out, hasProcess: typeof process !== 'undefined' });
  } catch (err) {
    self.postMessage({ error: String(err && err.stack || err) });
  }
};`;
      const page = await browser.newPage();
      const result = await page.evaluate(
        async ({ source, input, findings, meta }) => {
          const w = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          const reply = await new Promise<{ out?: Uint8Array; error?: string; hasProcess?: boolean }>((resolve) => {
            w.onmessage = (e) => resolve(e.data);
            w.onerror = (e) => resolve({ error: e.message });
            w.postMessage({ input, findings, meta });
          });
          return { out: reply.out ? Array.from(reply.out) : undefined, error: reply.error, hasProcess: reply.hasProcess };
        },
        // The profile travels as data (its functions stay behind), as a worker message carries it.
        { source: worker, input: Array.from(input), findings: FINDINGS, meta: { ...meta, profile: JSON.parse(JSON.stringify(meta.profile)) } },
      );
      expect(result.error).toBeUndefined();
      expect(result.hasProcess).toBe(false);
      const inBrowser = unzipParts(new Uint8Array(result.out!));
      const inNode = unzipParts(await annotateXlsx(input, FINDINGS, meta));
      expect([...inBrowser.keys()]).toEqual([...inNode.keys()]);
      for (const [name, bytes] of inNode) expect([name, Buffer.from(inBrowser.get(name)!).toString('utf8')]).toEqual([name, Buffer.from(bytes).toString('utf8')]);
      const notes = [...inBrowser].filter(([n]) => /comments\d*\.xml$/.test(n)).map(([, b]) => Buffer.from(b).toString());
      expect(notes.join()).toContain('原有批注');
      expect(notes.join()).toContain('校验位应为 X');
    }, 60000);
  });
}
