'use strict';
/** Child-process entry of the bench: `node task.js <workload> <task> [args…]` prints one JSON line. */
const path = require('node:path');

async function main() {
  const [mod, task, ...args] = process.argv.slice(2);
  const workload = require(path.join(__dirname, `${mod}.js`));
  const t0 = process.hrtime.bigint();
  const extra = (await workload.tasks[task](...args)) ?? {};
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e.message}\n`);
  process.exit(1);
});
