#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: figures and ratios against peers measured in the same run
 * (machines are shared and noisy: quote the ratios). Each workload lives in
 * scripts/bench/<name>.js and exports its child-process `tasks`, a `report`
 * that measures and prints, and the JSON `fields` it fills.
 *
 *   node scripts/bench.js [--json] [--rows N] [--runs N] [--workbooks N] [--only a,b]
 *
 * With --json the last line of stdout is one JSON object with every field of
 * docs/performance.md's targets; a field whose workload cannot run is null, with the reason on stderr.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root } = require('./bench/lib');

/** Workloads in the order they print. */
const WORKLOADS = ['check', 'annotate', 'render', 'batch', 'cold', 'office', 'addin', 'browser'];
/** Every field of the JSON line, in order. */
const FIELDS = ['check_vs_read', 'check_mb', 'annotate_vs_check', 'browser_vs_node', 'render_vs_floor', 'cold_vs_openpyxl', 'batch_docs_per_s', 'office_wb_per_s', 'office_ms_per_wb', 'office_speedup', 'office_cpu_ms_per_wb', 'office_projected_speedup', 'web_batch_vs_cli', 'live_recheck_ms_10k', 'live_recheck_ms_100k', 'tab_mb_50k'];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist/check.js'))) throw new Error('run `npm run build` first');
  const json = process.argv.includes('--json');
  const only = option('--only', null)?.split(',');
  const ctx = {
    rows: Number(option('--rows', 100000)),
    runs: Number(option('--runs', 3)),
    /** Workbooks in the office's inbox (target: 500). */
    workbooks: Number(option('--workbooks', 500)),
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'beian-bench-')),
  };
  const result = Object.fromEntries(FIELDS.map((f) => [f, null]));
  const known = new Set();
  for (const name of WORKLOADS) {
    const w = require(`./bench/${name}.js`);
    w.fields.forEach((f) => known.add(f));
    if (only && !only.includes(name)) continue;
    try {
      const r = await w.report(ctx);
      process.stdout.write(`\n${r.lines.join('\n')}\n`);
      Object.assign(result, r.json);
    } catch (e) {
      process.stderr.write(`bench ${name}: ${e.message}\n`);
    }
  }
  for (const f of FIELDS) if (result[f] === null) process.stderr.write(`bench: ${f} = null (${known.has(f) ? 'its workload failed or was not selected' : 'no workload measures it yet'})\n`);
  if (!process.env.BEIAN_BENCH_KEEP) fs.rmSync(ctx.dir, { recursive: true, force: true });
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exit(1);
});
