import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Whether headless LibreOffice is installed (Calc writes the .xls and .ods fixtures). */
export const HAS_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

export const LIBREOFFICE_MISSING = '需要 LibreOffice Calc 把生成的 .xlsx 另存为 .xls/.ods（apt-get install -y libreoffice-calc-nogui）';

/**
 * Declares `body` when LibreOffice is there; otherwise says so loudly and
 * skips, except on CI, where a missing tool is a failure.
 */
export function withLibreOffice(name: string, body: () => void): void {
  if (HAS_SOFFICE) describe(name, body);
  else if (process.env.CI === 'true') {
    it(`${name}: has LibreOffice`, () => {
      throw new Error(LIBREOFFICE_MISSING);
    });
  } else {
    console.warn(`\n!!! 跳过“${name}”：${LIBREOFFICE_MISSING}\n`);
    it.skip(`${name} (LibreOffice missing)`, () => undefined);
  }
}

const FILTERS = { xls: 'xls:MS Excel 97', ods: 'ods' } as const;

/** Saves each .xlsx as .xls or .ods next to itself, with one LibreOffice run per format. */
export function saveAs(files: readonly string[], format: keyof typeof FILTERS): string[] {
  // A profile of its own: parallel test workers must not share LibreOffice's profile lock.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'beian-lo-'));
  const dir = path.dirname(files[0]);
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', FILTERS[format], '--outdir', dir, ...files], {
    stdio: 'ignore',
    timeout: 120000,
  });
  return files.map((f) => f.replace(/\.xlsx$/, `.${format}`));
}
