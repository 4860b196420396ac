import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { existsSync } from 'node:fs';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const { onlineUrl, jspluginsOnline, publishOffline, FOLDER } = require('../../../../scripts/wps-addin') as {
  onlineUrl(env: Record<string, string | undefined>): string;
  jspluginsOnline(url: string): string;
  publishOffline(): string;
  FOLDER: string;
};

/** The WPS 加载项's own files (addin/wps/entry) and what the build writes for an office (scripts/wps-addin.js). */
describe('the WPS 加载项 package', () => {
  const ribbon = readFileSync(path.join(root, 'addin', 'wps', 'entry', 'ribbon.xml'), 'utf8');
  const entry = readFileSync(path.join(root, 'addin', 'wps', 'entry', 'ribbon.js'), 'utf8');

  it('ribbon.xml: a 备案检查 group on its own tab, 打开检查窗格 and 检查, each handled by the entry page with the Excel icon', () => {
    expect(ribbon).toMatch(/<tab id="beianTab" label="备案检查">/);
    expect(ribbon).toMatch(/<group id="beianGroup" label="备案检查">/);
    const buttons = [...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)"[^>]*onAction="(\w+)"[^>]*getImage="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(buttons).toEqual([
      ['beianShowPane', '打开检查窗格'],
      ['beianCheck', '检查'],
    ]);
    for (const fn of ['OnAddinLoad', 'OnAction', 'GetImage']) expect(entry).toContain(`function ${fn}(`);
    expect(entry).toContain("'assets/icon-32.png'");
    expect(entry).toContain("'beianCheck'");
  });

  it('the online address: BEIAN_WPS_URL, else the Excel add-in’s address + wps/; http is fine for WPS, nothing else is', () => {
    expect(onlineUrl({ BEIAN_WPS_URL: 'http://10.0.0.8/beian/wps' })).toBe('http://10.0.0.8/beian/wps/');
    expect(onlineUrl({ BEIAN_ADDIN_URL: 'https://intranet/beian/' })).toBe('https://intranet/beian/wps/');
    expect(() => onlineUrl({ BEIAN_WPS_URL: 'ftp://x/' })).toThrow('http://');
    expect(jspluginsOnline('http://10.0.0.8/beian/wps/')).toContain('<jspluginonline name="beian" type="et" url="http://10.0.0.8/beian/wps/"/>');
    expect(publishOffline()).toContain(`<jsplugin name="beian" type="et" url="${FOLDER}"`);
  });

  const built = existsSync(path.join(root, 'dist', 'wps', 'ribbon.xml')) || process.env.CI === 'true';
  (built ? it : it.skip)('npm run build writes dist/wps (the pane without office.js) and an offline package WPS can unpack into jsaddons', () => {
    const wps = path.join(root, 'dist', 'wps');
    const pane = readFileSync(path.join(wps, 'taskpane.html'), 'utf8');
    expect(pane).not.toContain('office.js');
    for (const f of ['ribbon.xml', 'index.html', 'ribbon.js', 'assets/icon-32.png', 'help.html']) expect(existsSync(path.join(wps, f))).toBe(true);
    expect(existsSync(path.join(wps, 'manifest.xml'))).toBe(false);
    const deploy = path.join(root, 'dist', 'wps-deploy');
    expect(readFileSync(path.join(deploy, 'jsplugins.xml'), 'utf8')).toContain('<jspluginonline name="beian" type="et"');
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const zip = unzipSync(new Uint8Array(readFileSync(path.join(deploy, `beian-wps-offline-${version}.zip`))));
    const names = Object.keys(zip);
    expect(names).toEqual(expect.arrayContaining([`${FOLDER}/ribbon.xml`, `${FOLDER}/index.html`, `${FOLDER}/taskpane.html`, 'publish.xml', 'install-windows.bat', 'install.sh']));
    expect(strFromU8(zip['publish.xml'])).toContain(`url="${FOLDER}"`);
    expect(strFromU8(zip['install.sh'])).toContain('.local/share/Kingsoft/wps/jsaddons');
    expect(strFromU8(zip['install-windows.bat'])).toContain('%APPDATA%\\kingsoft\\wps\\jsaddons');
  });
});
