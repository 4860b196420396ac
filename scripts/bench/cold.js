'use strict';
/**
 * Cold start: `beian check` of a 1,000-row examiner roster as a whole
 * process, against openpyxl merely reading the same file in read-only mode
 * (Debian's python3-openpyxl under /usr/bin/python3), and Node starting with
 * nothing to do. The runs alternate, so that the machine's load falls on
 * all alike; each figure is a median. The JSON field is the wall-time ratio;
 * the CPU times, printed beside it, hold better on a busy shared machine.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { root, runTask, median } = require('./lib');

const PYTHON = '/usr/bin/python3';
const OPENPYXL_READ = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True)))
`;
/** Runs a command and prints its wall time and CPU time (user + system, all its threads) in ms. */
const HARNESS = `
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = (time.perf_counter() - t) * 1000
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": r.returncode, "wall": wall, "cpu": (u.ru_utime + u.ru_stime) * 1000, "err": r.stderr.decode()[-300:]}))
`;

/** Wall and CPU time of one process; throws when it fails (beian check exits 1 for findings, which is fine). */
function timed(name, cmd, args, ok = [0]) {
  const r = spawnSync(PYTHON, ['-c', HARNESS, cmd, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, BEIAN_TODAY: '2026-06-01' } });
  if (r.status !== 0) throw new Error(`${PYTHON} cannot time ${name}: ${(r.stderr || '').trim().split('\n').pop()}`);
  const m = JSON.parse(r.stdout);
  if (!ok.includes(m.status)) throw new Error(`${name} exited ${m.status}: ${m.err.trim().split('\n').pop()}`);
  return m;
}

async function report(ctx) {
  const file = path.join(ctx.dir, 'roster-1000.xlsx');
  if (!fs.existsSync(file)) runTask('check', 'make', [file, 1000]);
  const runners = {
    openpyxl: () => timed('openpyxl', PYTHON, ['-c', OPENPYXL_READ, file]),
    beian: () => timed('beian check', process.execPath, [path.join(root, 'bin/beian.js'), 'check', file], [0, 1]),
    node: () => timed('node -e 0', process.execPath, ['-e', '0']),
  };
  const runs = Math.max(15, ctx.runs * 5);
  const all = { openpyxl: [], beian: [], node: [] };
  for (let i = -2; i < runs; i++) {
    for (const [name, run] of Object.entries(runners)) {
      const t = run();
      if (i >= 0) all[name].push(t);
    }
  }
  const wall = (name) => median(all[name].map((t) => t.wall));
  const cpu = (name) => median(all[name].map((t) => t.cpu));
  const row = (label, name) =>
    `  ${label}${wall(name).toFixed(0).padStart(6)} ms  ${(wall(name) / wall('openpyxl')).toFixed(2)}×    CPU ${cpu(name).toFixed(0).padStart(5)} ms  ${(cpu(name) / cpu('openpyxl')).toFixed(2)}×`;
  return {
    lines: [
      `冷启动：检查 1,000 行名册的完整进程（${runs} 次交替运行的中位数；墙钟时间，及进程各线程合计 CPU 时间）`,
      row('openpyxl 只读读取（对照）  ', 'openpyxl'),
      row('beian check（目标 ≤ 1.0×） ', 'beian'),
      row('node -e 0（Node 启动本身） ', 'node'),
    ],
    json: { cold_vs_openpyxl: wall('beian') / wall('openpyxl') },
  };
}

module.exports = { tasks: {}, report, fields: ['cold_vs_openpyxl'] };
