'use strict';
/** Child-process entry of the bench: `node task.js <workload> <task> [args…]` prints one JSON line. */
const path = require('node:path');

async function main() {
  const [mod, task, ...args] = process.argv.slice(2);
  const workload = require(path.join(__dirname, `${mod}.js`));
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const extra = (await workload.tasks[task](...args)) ?? {};
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  // CPU time as well: on a shared machine it varies far less than wall time.
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e.message}\n`);
  process.exit(1);
});
