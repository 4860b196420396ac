import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { tempDir } from '../helpers/cli';

/**
 * The installed command as `npx beian` runs it: bin/beian.js and the bundle
 * `npm run build` makes of the CLI (scripts/bundle-cli.js). The other CLI
 * tests run src/ in-process; these spawn the built program.
 */

const root = path.resolve(__dirname, '../..');
const dir = tempDir();

function beian(args: string[], nodeArgs: string[] = []) {
  return spawnSync(process.execPath, [...nodeArgs, path.join(root, 'bin/beian.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, BEIAN_TODAY: '2026-06-01' } });
}

describe('the built beian command', () => {
  const sample = path.join(dir, 'sample.xlsx');

  beforeAll(() => {
    expect(beian(['sample', '-o', sample]).status).toBe(0);
  });

  it('checks a workbook and fills a form from the templates shipped with it', () => {
    const check = beian(['check', sample]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('未通过：错误');
    const fill = beian(['fill', sample, '--form', 'team', '-o', path.join(dir, 'out')]);
    expect(fill.status).toBe(0);
    const docx = path.join(dir, 'out', '队伍建设情况.docx');
    expect(existsSync(docx)).toBe(true);
    expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml'])).toContain('队伍建设情况');
  });

  it('a check starts without the Word renderer, zod or the office batch', () => {
    // Prints, at exit, the packages the process loaded.
    const hook = path.join(dir, 'loaded.js');
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...new Set(Object.keys(require.cache).map((f) => /node_modules[\\\\/]((@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean))]) + '\\n'));",
    );
    const r = beian(['check', sample], ['-r', hook]);
    expect(r.status).toBe(1);
    const loaded: string[] = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]);
    for (const heavy of ['docxtemplater', 'pizzip', 'zod', 'cli-progress']) expect(loaded).not.toContain(heavy);
  });
});
