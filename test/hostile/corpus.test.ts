import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCorpus, type CaseClass, type CorpusCase } from './corpus';
import { commandProblems, leftovers, MAX_RSS_KB, outputText, type CommandResult } from './verdicts';

/**
 * Every hostile workbook through every command, each case in its own process
 * (test/hostile/driver.js) so that its time and peak memory are its own.
 * Asserted per case: no command exits 0 or 1 without its whole report, a
 * refusal is one Chinese line, no command takes over 10 s, the process stays
 * under 1 GB, the input is unchanged, no temporary file is left, nothing
 * escapes to the console. Across the corpus: no network connection is made,
 * no file outside the package is read, nothing is written outside the
 * output folder.
 */

const DRIVER = path.join(__dirname, 'driver.js');
const PARALLEL = 2;
const SECRET = 'SECRET-MARKER-7f3a9c';

interface CaseResult {
  commands: CommandResult[];
  escaped: string[];
  maxRssKb: number;
  inputChanged: boolean;
  wallMs: number;
  spawnError?: string;
}

const root = mkdtempSync(path.join(os.tmpdir(), 'beian-hostile-'));
const secretPath = path.join(root, 'secret.txt');
let server: Server;
let connections = 0;
let cases: CorpusCase[] = [];
const results = new Map<string, CaseResult>();

function runDriver(c: CorpusCase): Promise<CaseResult> {
  const file = path.join(root, 'cases', `${c.id}.xlsx`);
  const outDir = path.join(root, 'out', c.id);
  const resultFile = path.join(root, 'results', `${c.id}.json`);
  mkdirSync(outDir, { recursive: true });
  const start = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--expose-gc', DRIVER, file, outDir, resultFile], { timeout: 400_000, maxBuffer: 16 << 20, env: { ...process.env, BEIAN_TODAY: '2026-06-01' } }, (error, stdout, stderr) => {
      const wallMs = performance.now() - start;
      if (!existsSync(resultFile)) {
        resolve({ commands: [], escaped: [], maxRssKb: 0, inputChanged: false, wallMs, spawnError: `driver died: ${error?.message} ${stderr.slice(0, 2000)}` });
        return;
      }
      const r = JSON.parse(readFileSync(resultFile, 'utf8')) as CaseResult;
      if (stdout.trim() || stderr.trim()) r.escaped.push(`console output: ${(stdout + stderr).slice(0, 500)}`);
      resolve({ ...r, wallMs });
    });
  });
}

beforeAll(async () => {
  writeFileSync(secretPath, SECRET);
  server = createServer((sock) => {
    connections++;
    sock.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  // BEIAN_CORPUS_ONLY=<regex> runs the matching cases only, when working on one of them.
  const only = process.env.BEIAN_CORPUS_ONLY ? new RegExp(process.env.BEIAN_CORPUS_ONLY) : null;
  cases = (await buildCorpus({ secretPath, port })).filter((c) => !only || only.test(c.id));
  mkdirSync(path.join(root, 'cases'));
  mkdirSync(path.join(root, 'results'));
  for (const c of cases) writeFileSync(path.join(root, 'cases', `${c.id}.xlsx`), c.bytes());
  const queue = [...cases];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) results.set(c.id, await runDriver(c));
    }),
  );
}, 900_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  // The worst time and memory per class of case, for docs/security.md and the note.
  const byClass = new Map<CaseClass, { ms: number; msCase: string; rss: number; rssCase: string; n: number }>();
  let cpu = 0;
  for (const c of cases) {
    const r = results.get(c.id);
    if (!r) continue;
    const w = byClass.get(c.cls) ?? { ms: 0, msCase: '', rss: 0, rssCase: '', n: 0 };
    w.n++;
    for (const cmd of r.commands) {
      cpu += cmd.cpuMs;
      if (cmd.cpuMs > w.ms) Object.assign(w, { ms: cmd.cpuMs, msCase: `${c.id} ${cmd.name}` });
    }
    if (r.maxRssKb > w.rss) Object.assign(w, { rss: r.maxRssKb, rssCase: c.id });
    byClass.set(c.cls, w);
  }
  const lines = [...byClass].map(([cls, w]) => `${cls.padEnd(9)} ${String(w.n).padStart(3)} cases  worst ${(w.ms / 1000).toFixed(2)} s CPU (${w.msCase})  worst ${(w.rss / 1024).toFixed(0)} MB (${w.rssCase})`);
  process.stdout.write(`\nhostile corpus: ${cases.length} cases × 5 commands, ${(cpu / 1000).toFixed(0)} s CPU in the commands\n${lines.join('\n')}\n`);
  // BEIAN_CORPUS_KEEP=1 keeps the corpus and every output, to look at them.
  if (process.env.BEIAN_CORPUS_KEEP) process.stdout.write(`corpus kept in ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
});

describe('hostile corpus', () => {
  it('builds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(process.env.BEIAN_CORPUS_ONLY ? 1 : 80);
  });

  it('every case ends in a verdict with its report or one Chinese line, within time and memory', () => {
    const problems: string[] = [];
    for (const c of cases) {
      const r = results.get(c.id)!;
      const outDir = path.join(root, 'out', c.id);
      const file = path.join(root, 'cases', `${c.id}.xlsx`);
      const own = (p: string) => problems.push(`${c.id} (${c.what}): ${p}`);
      if (r.spawnError) {
        own(r.spawnError);
        continue;
      }
      for (const e of r.escaped) own(e);
      if (r.maxRssKb > MAX_RSS_KB) own(`peak memory ${(r.maxRssKb / 1024).toFixed(0)} MB`);
      if (r.inputChanged) own('the input file changed');
      if (r.commands.length !== 5) own(`only ${r.commands.length} of 5 commands ran`);
      for (const cmd of r.commands) for (const p of commandProblems(cmd, outDir, [file, outDir, root])) own(`${cmd.name}: ${p}`);
      const check = r.commands.find((x) => x.name === 'check');
      if (c.expect === 'refuse' && check?.code !== 2) own(`expected a refusal, got exit ${check?.code}`);
      if (c.expect === 'read' && check?.code !== 0 && check?.code !== 1) own(`expected a verdict, got exit ${check?.code}: ${check?.err.trim()}`);
      const json = r.commands.find((x) => x.name === 'json');
      if (check && json && check.code !== json.code) own(`check exits ${check.code} but check --json ${json.code}`);
      for (const t of leftovers(outDir)) own(`temporary file left: ${t}`);
    }
    expect(problems).toEqual([]);
  });

  it('no case reaches the network, a file outside the package, or a folder outside the output', () => {
    expect(connections).toBe(0);
    const leaks: string[] = [];
    for (const c of cases) {
      const r = results.get(c.id)!;
      const texts = [...r.commands.flatMap((x) => [x.out, x.err]), outputText(path.join(root, 'out', c.id))];
      if (texts.some((t) => t.includes(SECRET))) leaks.push(`${c.id}: the secret file's content reached an output`);
      if (texts.some((t) => t.includes('root:x:0:0'))) leaks.push(`${c.id}: /etc/passwd reached an output`);
    }
    const strays = [os.tmpdir(), root, path.join(root, 'out'), path.dirname(root)].flatMap((d) => (existsSync(d) ? readdirSync(d).filter((n) => n.startsWith('beian-escape')) : []));
    expect(leaks).toEqual([]);
    expect(strays).toEqual([]);
  });
});
