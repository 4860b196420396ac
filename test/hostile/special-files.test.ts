import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { xlsxBuffer } from '../helpers/book';
import { Surgeon } from './corpus';
import { readZip } from '../helpers/zip';
import { badCheckId, validId } from '../helpers/people';
import { leftovers, lineProblems, MAX_WALL_MS } from './verdicts';

/**
 * Special files and a hostile file system, through the real binary: FIFOs,
 * devices, sockets, symlink loops, directories named .xlsx, files over the
 * size limit, unreadable files, read-only and full disks, outputs that are
 * the input. Each run must end in time with one Chinese line and exit 2 —
 * never hang, never print a stack or English, never leave half a file.
 */

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'beian.js');
const root = mkdtempSync(path.join(os.tmpdir(), 'beian-special-'));
const isRoot = process.getuid?.() === 0;
/** Root ignores file permissions; permission cases then run the binary as nobody. */
const NOBODY = 65534;
/** The user the permission cases run as, or null when, as root, nobody cannot run node or read the checkout (e.g. both under /root). */
let permissionUser: number | undefined | null;
function permissionCases(): boolean {
  if (permissionUser === undefined) {
    permissionUser = isRoot ? (spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: root }).status === 0 ? NOBODY : null) : undefined;
    if (permissionUser === null) process.stderr.write('special-files: running as root and nobody cannot run this checkout, so the unreadable-file and unwritable-folder cases are skipped\n');
  }
  return permissionUser !== null;
}
const asUser = () => ({ uid: permissionUser ?? undefined });

interface Run {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

function beianProcess(args: string[], opts: { uid?: number; preload?: string; closeStdoutAfter?: number; stdout?: number } = {}): Promise<Run> {
  const start = performance.now();
  const node = opts.preload ? ['-r', opts.preload, BIN, ...args] : [BIN, ...args];
  const child = spawn(process.execPath, node, {
    cwd: root,
    env: { ...process.env, BEIAN_TODAY: '2026-06-01', NO_COLOR: '1' },
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    // A reader that stops early, as `| head -c N` does.
    if (opts.closeStdoutAfter !== undefined && out.length >= opts.closeStdoutAfter) child.stdout?.destroy();
  });
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), MAX_WALL_MS);
  return new Promise((resolve) => child.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err, ms: performance.now() - start }))));
}

function expectRefusal(r: Run, ...mentions: string[]): void {
  expect(lineProblems(r.err, [root], true)).toEqual([]);
  expect(r.code).toBe(2);
  expect(r.ms).toBeLessThan(MAX_WALL_MS);
  for (const m of mentions) expect(r.err).toContain(m);
}

const p = (name: string) => path.join(root, name);
// A spawned binary on a busy machine can take many seconds to start; a hang is caught by MAX_WALL_MS per process.
jest.setTimeout(240_000);
let sample: string;

beforeAll(async () => {
  sample = p('sample.xlsx');
  writeFileSync(sample, await sampleBuffer());
  chmodSync(root, 0o755);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('inputs that are not regular files are refused before a byte is read', () => {
  let socketServer: Server;
  beforeAll(async () => {
    spawnSync('mkfifo', [p('fifo.xlsx')]);
    symlinkSync('/dev/zero', p('zero.xlsx'));
    symlinkSync('loop-b.xlsx', p('loop-a.xlsx'));
    symlinkSync('loop-a.xlsx', p('loop-b.xlsx'));
    mkdirSync(p('folder.xlsx'));
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer.listen(p('socket.xlsx'), resolve));
    writeFileSync(p('huge.xlsx'), '');
    // Sparse: 201 MB on paper, nothing on disk; only its size is ever looked at.
    truncateSync(p('huge.xlsx'), 201 * 1024 * 1024);
  });
  afterAll(() => new Promise((resolve) => socketServer.close(resolve)));

  it.each([
    ['fifo.xlsx', '命名管道'],
    ['zero.xlsx', '设备'],
    ['loop-a.xlsx', '循环'],
    ['folder.xlsx', '目录'],
    ['socket.xlsx', '套接字'],
    ['huge.xlsx', '超过上限'],
    ['missing.xlsx', '找不到'],
  ])('%s: check, fill and summarize refuse it with one line', async (name, why) => {
    if (name === 'fifo.xlsx' && !existsSync(p(name))) throw new Error('mkfifo is missing');
    expectRefusal(await beianProcess(['check', name]), name, why);
    expectRefusal(await beianProcess(['fill', name, '--all', '-o', 'forms-' + name]), why);
    const s = await beianProcess(['summarize', name, '--kind', 'report', '-o', `report-${name}.docx`]);
    expect(s.ms).toBeLessThan(MAX_WALL_MS);
    expect(s.code === 2 || s.err.includes(why)).toBe(true);
    expect(lineProblems(s.err, [root], false)).toEqual([]);
  }, 240_000);

  it('a FIFO given as --holidays or as a user template does not hang either', async () => {
    expectRefusal(await beianProcess(['check', 'sample.xlsx', '--holidays', 'fifo.xlsx']), '命名管道');
    mkdirSync(p('templates'));
    spawnSync('mkfifo', [p('templates/team.docx')]);
    expectRefusal(await beianProcess(['fill', 'sample.xlsx', '--form', 'team', '-o', 'forms-t', '--templates', 'templates']), '命名管道');
  });

  it('a file the user may not read', async () => {
    if (!permissionCases()) return;
    writeFileSync(p('secret.xlsx'), readFileSync(sample));
    chmodSync(p('secret.xlsx'), 0o000);
    expectRefusal(await beianProcess(['check', p('secret.xlsx')], asUser()), '没有权限读取');
  });
});

describe('outputs: refused before the work, written whole or not at all', () => {
  it('the input itself, by the same path, a symlink, a hard link', async () => {
    symlinkSync('sample.xlsx', p('alias.xlsx'));
    linkSync(sample, p('hard.xlsx'));
    const before = readFileSync(sample);
    for (const out of ['sample.xlsx', 'alias.xlsx', 'hard.xlsx', './sample.xlsx']) expectRefusal(await beianProcess(['check', 'sample.xlsx', '--annotate', out, '--force']), '就是输入文件');
    expect(readFileSync(sample)).toEqual(before);
  });

  it('an existing file without --force, a folder, a path under a file, a name too long', async () => {
    writeFileSync(p('taken.xlsx'), 'mine');
    expectRefusal(await beianProcess(['check', 'sample.xlsx', '--annotate', 'taken.xlsx']), '已存在', '--force');
    expect(readFileSync(p('taken.xlsx'), 'utf8')).toBe('mine');
    expectRefusal(await beianProcess(['check', 'sample.xlsx', '--annotate', 'folder.xlsx']), '是目录');
    expectRefusal(await beianProcess(['check', 'sample.xlsx', '--annotate', 'taken.xlsx/x.xlsx']), '不是目录');
    expectRefusal(await beianProcess(['fill', 'sample.xlsx', '--all', '-o', 'taken.xlsx']), '需要目录');
    expectRefusal(await beianProcess(['check', 'sample.xlsx', '--annotate', `${'长'.repeat(100)}.xlsx`]), '过长');
    expectRefusal(await beianProcess(['template', '--profile', 'xj-xcert', '-o', 'taken.xlsx']), '已存在');
  });

  it('a folder the user may not write into', async () => {
    if (!permissionCases()) return;
    mkdirSync(p('locked'));
    chmodSync(p('locked'), 0o555);
    const r = await beianProcess(['check', p('sample.xlsx'), '--annotate', p('locked/x.xlsx')], asUser());
    expectRefusal(r, '没有权限写入');
    expect(r.out).toBe('');
    expectRefusal(await beianProcess(['template', '--profile', 'xj-xcert', '-o', p('locked/t.xlsx')], asUser()), '没有权限写入');
  });

  // A read-only and a full file system need a mount; a user namespace gives one without privileges where the kernel allows it.
  const unshare = spawnSync('unshare', ['-rm', 'true']).status === 0;
  (unshare ? it : it.skip)('a read-only disk and a full disk (tmpfs in a mount namespace)', async () => {
    mkdirSync(p('ro'));
    mkdirSync(p('full'));
    writeFileSync(p('full-keep.xlsx'), 'old');
    const script = [
      `mount -t tmpfs -o ro,size=64k tmpfs ${p('ro')}`,
      `mount -t tmpfs -o size=24k tmpfs ${p('full')}`,
      `cp ${p('full-keep.xlsx')} ${p('full/keep.xlsx')}`,
      `node ${BIN} check ${sample} --annotate ${p('ro/x.xlsx')} >/dev/null 2>${p('ro.err')}; echo $? >${p('ro.code')}`,
      `node ${BIN} check ${sample} --annotate ${p('full/keep.xlsx')} --force >/dev/null 2>${p('full.err')}; echo $? >${p('full.code')}`,
      `node ${BIN} fill ${sample} --all -o ${p('full/forms')} >/dev/null 2>${p('fill.err')}; echo $? >${p('fill.code')}`,
      `cat ${p('full/keep.xlsx')} >${p('full.after')}; ls -a ${p('full')} ${p('full/forms')} >${p('full.ls')}`,
    ].join(' && ');
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script], { env: { ...process.env, BEIAN_TODAY: '2026-06-01' }, timeout: 60_000 });
    expect(r.status).toBe(0);
    const read = (f: string) => readFileSync(p(f), 'utf8');
    expect(read('ro.code').trim()).toBe('2');
    expect(read('ro.err')).toContain('只读');
    expect(read('full.code').trim()).toBe('2');
    expect(read('full.err')).toContain('磁盘空间不足');
    expect(read('full.after')).toBe('old');
    expect(read('fill.code').trim()).toBe('2');
    expect(read('fill.err')).toContain('磁盘空间不足');
    expect(read('full.ls')).not.toMatch(/\.beian-[0-9a-f]+\.tmp/);
    for (const f of ['ro.err', 'full.err', 'fill.err']) expect(lineProblems(read(f), [root], true)).toEqual([]);
  });
  if (!unshare) process.stderr.write('special-files: unshare -rm is not permitted here; the read-only and full disks are covered only by the in-process ENOSPC test (test/unit/cli/files.test.ts)\n');
});

describe('the process', () => {
  it('a reader that closes the pipe early ends the output quietly; the exit code is still the verdict', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => (i % 2 ? validId('19800101', i % 900) : badCheckId(validId('19800101', i % 900))));
    const big = p('big.xlsx');
    writeFileSync(
      big,
      await xlsxBuffer({ 考评人员: [['序号', '姓名', '身份证件号', '考评职业（工种）'], ...ids.map((id, i) => [i + 1, `人员${i}`, id, '电工'])], 机构信息: [['项目', '内容'], ['适用规则', 'ha-employer']] }),
    );
    const r = await beianProcess(['check', 'big.xlsx', '--json'], { closeStdoutAfter: 1000 });
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
  });

  it('a report that cannot be written out (stdout on a full disk) is exit 2, not the verdict', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      expectRefusal(await beianProcess(['check', 'sample.xlsx'], { stdout: full }), '没有完整写出', '磁盘空间不足');
    } finally {
      closeSync(full);
    }
  });

  const preload = (name: string, code: string) => {
    const f = p(name);
    writeFileSync(f, code);
    return f;
  };

  it('a promise that never settles is exit 2 with one line, not a silent 0', async () => {
    // Every open() of the run hangs forever, as an inflate stream whose error nobody listened to did.
    const never = preload('never.js', "require('node:fs').promises.open = () => new Promise(() => {});");
    const r = await beianProcess(['check', 'sample.xlsx'], { preload: never });
    expectRefusal(r, '没有得出结果');
    expect(r.out).toBe('');
  });

  it('an error nobody caught is exit 2 with one line; --debug adds the stack', async () => {
    const boom = preload('boom.js', "setTimeout(() => { throw new TypeError('Cannot read properties of undefined') }, 0); require('node:fs').promises.open = () => new Promise(() => {});");
    expectRefusal(await beianProcess(['check', 'sample.xlsx'], { preload: boom }), '内部错误');
    const debug = await beianProcess(['check', 'sample.xlsx', '--debug'], { preload: boom });
    expect(debug.code).toBe(2);
    expect(debug.err).toContain('Cannot read properties of undefined');
  });

  it("libraries' console output and Node's warnings stay off the terminal unless --debug", async () => {
    // As a library would, once it is in use: after the binary has started.
    const chatty = preload('chatty.js', "setImmediate(() => { console.warn('Worksheet name exceeds 31 chars. This will be truncated'); console.log('library says hi'); process.emitWarning('Something deprecated', 'DeprecationWarning'); });");
    const r = await beianProcess(['check', 'sample.xlsx'], { preload: chatty });
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).not.toMatch(/library says hi|Worksheet name/);
    const debug = await beianProcess(['check', 'sample.xlsx', '--debug'], { preload: chatty });
    expect(debug.err).toContain('Something deprecated');
  });

  it('a workbook with a sheet name over 31 characters prints no library warning', async () => {
    const long = p('long-name.xlsx');
    const surgeon = new Surgeon(readZip(readFileSync(sample)));
    writeFileSync(long, surgeon.zip({ 'xl/workbook.xml': (x) => x.replace('name="考评员名册"', `name="${'考评员名册'.repeat(8)}"`) }));
    const r = await beianProcess(['check', 'long-name.xlsx', '--annotate', 'long-name-marked.xlsx']);
    expect([0, 1]).toContain(r.code);
    expect(r.err).toBe('');
  });

  it('no temporary file is left anywhere in the working folder', () => {
    expect(leftovers(root)).toEqual([]);
    expect(readdirSync(root).filter((n) => n.startsWith('.beian-'))).toEqual([]);
  });
});
