'use strict';
/**
 * Shared pieces of `npm run bench`: every measurement runs in its own
 * process (so that peak memory, maxRSS, is its own), several times after a
 * warm-up, and reports the median.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const dist = (p) => path.join(root, 'dist', p);

/** Runs `task` of workload module `mod` once in a fresh Node process; returns its JSON result. */
function runTask(mod, task, args = [], nodeArgs = []) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', ...nodeArgs, path.join(__dirname, 'task.js'), mod, task, ...args.map(String)], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${mod}/${task} failed: ${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One warm-up run, then `runs` measured ones; each field of the result is the median over the runs. */
function measure(mod, task, args = [], { runs = 3, nodeArgs = [] } = {}) {
  runTask(mod, task, args, nodeArgs);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(runTask(mod, task, args, nodeArgs));
  const out = { ...all[all.length - 1] };
  for (const k of Object.keys(out)) if (typeof out[k] === 'number') out[k] = median(all.map((r) => r[k]));
  return out;
}

/** Times `f` in-process: one warm-up call, then the median of `runs` calls, in ms. */
function timeInProcess(f, runs = 20) {
  f();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

function figures(r) {
  return `${(r.ms / 1000).toFixed(2)} s, ${r.maxRssMB.toFixed(0)} MB`;
}

function line(name, fig, ratio = '') {
  return `${name.padEnd(56)} ${fig.padEnd(20)} ${ratio}`;
}

module.exports = { root, dist, runTask, measure, median, timeInProcess, figures, line };
