import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { tempDir } from '../helpers/cli';
import { Surgeon, wrongRoster } from '../hostile/corpus';
import { readZip } from '../helpers/zip';

/**
 * Ctrl-C or a stop from the system ends a run within a second, whatever it
 * is doing: reading, checking and annotating work in slices that give the
 * process a turn to hear the signal. The run says so in one line, exits as
 * shells expect (130, 143), and leaves no output, not even half of one.
 */

const root = path.resolve(__dirname, '..', '..');
let dir: string;
/** A roster wrong in every row in several ways: seconds of reading and checking, and of annotating. */
let roster: string;

beforeAll(async () => {
  dir = tempDir();
  const surgeon = new Surgeon(readZip(await sampleBuffer()));
  roster = path.join(dir, '名册-60000.xlsx');
  writeFileSync(roster, wrongRoster(surgeon, 60_000));
});

interface Stopped {
  code: number | null;
  err: string;
  /** Milliseconds from the signal to the exit. */
  afterSignal: number;
  /** Whether the check had begun its report, and the annotated copy printed its line, when the signal came. */
  reported: boolean;
  written: boolean;
}

/** Runs `check --annotate`, sending `signal` when `when` says the moment has come. */
function interrupt(file: string, signal: NodeJS.Signals, out: string, when: (stdout: string, elapsedMs: number) => boolean): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/beian.js'), 'check', file, '--annotate', out], { cwd: dir });
    const start = performance.now();
    let stdout = '';
    let err = '';
    let sentAt = 0;
    let reported = false;
    let written = false;
    const poll = setInterval(() => maybeSend(), 20);
    const maybeSend = () => {
      if (sentAt || !when(stdout, performance.now() - start)) return;
      reported = stdout.startsWith('检查');
      written = stdout.includes('已写入');
      sentAt = performance.now();
      child.kill(signal);
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      maybeSend();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, err, afterSignal: sentAt ? performance.now() - sentAt : Infinity, reported, written });
    });
  });
}

/** Ended within a second of the signal, with the exit code shells expect, one line, and no output or temporary file. */
function expectStopped(r: Stopped, code: number, out: string): void {
  expect(r.code).toBe(code);
  expect(r.afterSignal).toBeLessThan(1000);
  expect(r.err).toBe('beian：已中断，未写完的输出文件已删除\n');
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('a run stopped by a signal', () => {
  it('Ctrl-C while annotating: exit 130 within a second, one line, no annotated copy', async () => {
    const out = path.join(dir, '标注-中断.xlsx');
    // The report starts when the check is done and the annotation begins (its megabytes reach the pipe while the copy is made).
    const r = await interrupt(roster, 'SIGINT', out, (stdout) => stdout.length > 0);
    expect([r.reported, r.written]).toEqual([true, false]);
    expectStopped(r, 130, out);
  }, 120_000);

  it('a stop (SIGTERM) while reading and checking: exit 143 within a second, no annotated copy', async () => {
    const out = path.join(dir, '标注-终止.xlsx');
    // Past the start of the process, well before any report: the big roster takes seconds to read and check even on a fast machine.
    const r = await interrupt(roster, 'SIGTERM', out, (_stdout, ms) => ms > 900);
    expect(r.reported).toBe(false);
    expectStopped(r, 143, out);
  }, 120_000);
});
