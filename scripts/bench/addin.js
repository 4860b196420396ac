'use strict';
/**
 * The add-in's Office.js cost on a 100,000-row roster, in the Excel test
 * double (test/excel-double): context.sync() count and the largest request
 * and response for check + mark, for clear, and for a live re-check of one
 * edited cell. Sync counts and bytes are exact; the times are only a guide.
 * Figures for the add-in's line of docs/performance.md. The live re-check's
 * CPU time (the add-in and the double together) from the edit to the
 * pane's new findings, the median of five edits, at 10,000 and 100,000
 * rows: `live_recheck_ms_10k` and `live_recheck_ms_100k`. CPU, not wall:
 * the machine is shared, and wall time there measures the neighbours.
 */
const fs = require('node:fs');
const path = require('node:path');
const { root, runTask, line } = require('./lib');

/** The add-in and the double are TypeScript outside dist/: transpile them on require. */
function requireTs(file) {
  const ts = require('typescript');
  if (!require.extensions['.ts']) {
    require.extensions['.ts'] = (module, filename) => {
      const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
        fileName: filename,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      });
      module._compile(out.outputText, filename);
    };
  }
  return require(path.join(root, file));
}

const TODAY = new Date(Date.UTC(2026, 5, 1));
const MB = (b) => (b / 1048576).toFixed(2);

const tasks = {
  async addin(rows) {
    const { ExcelDouble, HOSTS } = requireTs('test/excel-double/index.ts');
    const { rosterWorkbook } = requireTs('test/excel-double/roster.ts');
    const { ExcelHost } = requireTs('addin/office/office-host.ts');
    const d = new ExcelDouble(rosterWorkbook(Number(rows)), { host: HOSTS.m365 });
    const env = { excel: d.Excel, office: d.Office };
    const pane = new ExcelHost({ env, today: () => TODAY, debounceMs: 0 });
    const phase = async (f) => {
      d.resetStats();
      const t = Date.now();
      const cpu = process.cpuUsage();
      const r = await f();
      const used = process.cpuUsage(cpu);
      return { r, ms: Date.now() - t, cpuMs: (used.user + used.system) / 1000, syncs: d.stats.syncs, request: d.maxRequest, response: d.maxResponse, bytes: d.stats.responses.reduce((a, b) => a + b, 0) };
    };
    // checkAndMark reads, checks and marks in one call; its progress says where reading ends.
    let readSyncs = 0;
    const check = await phase(() => pane.checkAndMark({}, (p) => p.step === '检查' && (readSyncs = d.stats.syncs)));
    const marks = check.r.plan.sheets.reduce((n, s) => n + s.marks.length, 0);
    const part = (from, to) => ({ syncs: to - from, request: Math.max(...d.stats.requests.slice(from, to)), response: Math.max(...d.stats.responses.slice(from, to)) });
    const read = part(0, readSyncs);
    const mark = part(readSyncs, d.stats.syncs);
    let done;
    const stop = await pane.watch((v) => done(v));
    // Rows 20, 60, … hold the roster's wrong check digits: the clerk corrects five of them, one at a time.
    const edits = [];
    for (const row of [20, 60, 100, 140, 180]) {
      const id = String(d.doc.sheet('考评人员').value(row, 3));
      const updated = new Promise((r) => (done = r));
      edits.push(
        await phase(async () => {
          d.user.edit('考评人员', `C${row}`, fixedId(id));
          await updated;
        }),
      );
      await d.whenIdle();
    }
    stop();
    const live = edits.sort((a, b) => a.cpuMs - b.cpuMs)[2];
    const clear = await phase(() => new ExcelHost({ env, today: () => TODAY }).clearMarks());
    for (const p of [check, live, clear]) delete p.r;
    return { marks, check, read, mark, live, clear };
  },
};

/** The ID with its check digit recomputed (the roster's bad rows carry a wrong one). */
function fixedId(id) {
  const { idCheckChar } = requireTs('src/validate/gb11643-id.ts');
  return id.slice(0, 17) + idCheckChar(id.slice(0, 17));
}

async function report(ctx) {
  const r = runTask('addin', 'addin', [ctx.rows], ['--max-old-space-size=4096']);
  const small = runTask('addin', 'addin', [10_000], ['--max-old-space-size=4096']);
  const fig = (p) => `${p.syncs} 次 sync，最大请求 ${MB(p.request)} MB，最大响应 ${MB(p.response)} MB，${(p.ms / 1000).toFixed(2)} s（CPU ${(p.cpuMs / 1000).toFixed(2)} s）`;
  const floor = Math.ceil(r.check.bytes / (5 * 1048576));
  const part = (p) => `${p.syncs} 次 sync，最大请求 ${MB(p.request)} MB，最大响应 ${MB(p.response)} MB`;
  return {
    lines: [
      `Office.js 加载项（Excel 测试替身，Microsoft 365）：${ctx.rows} 行名册，${r.marks} 个标记`,
      line('check + mark', fig(r.check), `（5 MB 响应下限 ${floor} 次）`),
      line('  of which reading', part(r.read)),
      line('  of which marking (fills, notes, 检查结果, restore data)', part(r.mark)),
      line('live re-check of one edited cell', fig(r.live)),
      line('live re-check of one edited cell, 10,000 rows', fig(small.live)),
      line('clear (new session)', fig(r.clear)),
    ],
    json: { live_recheck_ms_10k: small.live.cpuMs, live_recheck_ms_100k: ctx.rows === 100_000 ? r.live.cpuMs : null },
  };
}

module.exports = { tasks, report, fields: ['live_recheck_ms_10k', 'live_recheck_ms_100k'] };
