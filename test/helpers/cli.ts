import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured streams and a fixed "today". */
export async function beian(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    tty: false,
    cwd,
    today: new Date(Date.UTC(2026, 5, 1)),
  });
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'beian-test-'));
}
