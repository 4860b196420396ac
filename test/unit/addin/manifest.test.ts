import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const { deployUrl, rewriteManifest } = require('../../../scripts/addin-manifest') as {
  deployUrl(raw?: string): string | null;
  rewriteManifest(xml: string, url: string | null): string;
};

/** `npm run validate` itself, offline, on the given manifests. */
function validate(...files: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'validate', '--', ...files], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('the add-in manifest', () => {
  const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-manifest-'));

  it('validates offline against the Office XSDs (npm run validate)', () => {
    const r = validate();
    expect(r.out).toContain('清单有效');
    expect(r.code).toBe(0);
  });

  it('asks for ExcelApi 1.7, Workbook, ReadWriteDocument and a zh-CN name', () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    for (const size of [16, 32, 80]) expect(manifest).toContain(`assets/icon-${size}.png`);
  });

  it('points at the deployment address given by BEIAN_ADDIN_URL, and stays valid', () => {
    const url = deployUrl('https://intranet.example/beian');
    expect(url).toBe('https://intranet.example/beian/');
    const deployed = rewriteManifest(manifest, url);
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain('<SourceLocation DefaultValue="https://intranet.example/beian/taskpane.html"/>');
    const file = path.join(dir, 'manifest.xml');
    writeFileSync(file, deployed);
    expect(validate(file).code).toBe(0);
  });

  it('refuses a deployment address Office would not load', () => {
    expect(() => deployUrl('http://intranet.example/beian/')).toThrow(/https/);
    expect(() => deployUrl('intranet/beian')).toThrow(/不是有效的网址/);
    expect(deployUrl('')).toBeNull();
  });

  it('fails validation, naming the line, when an element is misplaced', () => {
    const file = path.join(dir, 'bad.xml');
    writeFileSync(file, manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteDocument</Permissions><Requirements/>'));
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/清单无效[\s\S]*第 \d+ 行/);
  });
});
