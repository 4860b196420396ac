'use strict';
/**
 * Runs every command of the CLI on one corpus file, in this process, one after
 * the other, and writes what happened to a JSON file: per command its exit
 * code, output, wall and CPU time, and the process's peak memory. The corpus test
 * spawns one driver per case, so each case's time and memory are its own.
 *
 * A command whose promise never settles is caught either by a watchdog timer
 * or, when the event loop drains, by 'beforeExit' — the same condition the
 * binary turns into exit 2. An unhandled rejection or uncaught exception is
 * recorded: every stream error must reach the command as a rejection.
 *
 * Usage: node driver.js <workbook> <output folder> <result.json>
 */
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { run } = require('../../dist/cli/main.js');

const [file, outDir, resultFile] = process.argv.slice(2);
const COMMAND_TIMEOUT_MS = 60000;

const commands = [
  { name: 'check', args: ['check', file] },
  { name: 'json', args: ['check', file, '--json'] },
  { name: 'annotate', args: ['check', file, '--annotate', path.join(outDir, 'annotated.xlsx')] },
  { name: 'fill', args: ['fill', file, '--all', '-o', path.join(outDir, 'forms')] },
  { name: 'summarize', args: ['summarize', file, '--kind', 'report', '-o', path.join(outDir, 'report.docx')] },
];

const result = { commands: [], escaped: [], maxRssKb: 0, inputChanged: false };
let current = null;
let finished = false;

// The binary silences libraries' console output the same way; here it would only clutter the test log.
for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[m] = () => undefined;

/** CPU time since `since`: what a command costs, whatever else the machine is doing. */
function cpuMs(since) {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function finish() {
  if (finished) return;
  finished = true;
  result.maxRssKb = process.resourceUsage().maxRSS;
  writeFileSync(resultFile, JSON.stringify(result));
}

process.on('unhandledRejection', (e) => result.escaped.push(`unhandledRejection during ${current?.name}: ${e && e.stack}`));
process.on('uncaughtException', (e) => result.escaped.push(`uncaughtException during ${current?.name}: ${e && e.stack}`));
process.on('beforeExit', () => {
  if (current) {
    result.commands.push({ name: current.name, code: null, out: current.out, err: current.err, ms: performance.now() - current.start, cpuMs: cpuMs(current.cpu), failure: 'no verdict: the event loop drained before the command settled' });
    current = null;
  }
  finish();
});

async function main() {
  const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
  const before = hash();
  for (const c of commands) {
    // Each command starts from a collected heap, so the peak is the worst single command's, as in the binary.
    global.gc?.();
    const state = { name: c.name, out: '', err: '', start: performance.now(), cpu: process.cpuUsage() };
    current = state;
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), COMMAND_TIMEOUT_MS);
      // Unreferenced, so that a command with nothing left to wait for lets the loop drain and 'beforeExit' say so.
      timer.unref();
    });
    const io = { out: (s) => (state.out += s), err: (s) => (state.err += s), tty: false, cwd: process.cwd(), today: new Date(Date.UTC(2026, 5, 1)) };
    const code = await Promise.race([run(c.args, io), timeout]);
    clearTimeout(timer);
    current = null;
    result.commands.push({ name: c.name, code: code === 'timeout' ? null : code, out: state.out, err: state.err, ms: performance.now() - state.start, cpuMs: cpuMs(state.cpu), failure: code === 'timeout' ? `no verdict within ${COMMAND_TIMEOUT_MS} ms` : undefined, rssKb: process.resourceUsage().maxRSS });
    if (code === 'timeout') break;
  }
  result.inputChanged = hash() !== before;
  finish();
  process.exit(0);
}

main().catch((e) => {
  result.escaped.push(`driver: ${e && e.stack}`);
  finish();
  process.exit(0);
});
