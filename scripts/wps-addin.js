#!/usr/bin/env node
'use strict';
/**
 * After webpack: the WPS 加载项 in dist/wps/ and what an office needs to
 * deploy it in dist/wps-deploy/.
 *
 * dist/wps/ is the add-in's folder as WPS loads it (online mode: served at a
 * URL ending in /wps/, beside the Excel add-in's files): ribbon.xml, the
 * entry page index.html with ribbon.js, the icons, and the pane — the same
 * taskpane.html and bundles as dist/addin, without office.js (WPS has its own
 * object model) and without the Excel-only manifest and save dialog.
 *
 * dist/wps-deploy/ follows the conventions of WPS's wpsjs toolkit:
 *   jsplugins.xml   the office's list for online mode (oem.ini [Server] JSPluginsServer points at it)
 *   publish.xml     the same entry for one person (copied into the jsaddons folder)
 *   beian-wps-offline-<version>.zip  offline: the folder beian_<version>/ (dist/wps as it is),
 *                   the publish.xml naming it, and install scripts for Windows and Linux
 *
 *   BEIAN_WPS_URL=http://intranet/beian/wps/ npm run build   online address (default: BEIAN_ADDIN_URL + wps/)
 */
const fs = require('node:fs');
const path = require('node:path');
const { zipSync, strToU8 } = require('fflate');
const { version } = require('../package.json');

const ROOT = path.resolve(__dirname, '..');
const ADDIN = path.join(ROOT, 'dist', 'addin');
const OUT = path.join(ROOT, 'dist', 'wps');
const DEPLOY = path.join(ROOT, 'dist', 'wps-deploy');
const ENTRY = path.join(ROOT, 'addin', 'wps', 'entry');
const NAME = 'beian';
const FOLDER = `${NAME}_${version}`;
/** Excel-only files of dist/addin. */
const SKIP = new Set(['office-js', 'manifest.xml']);

function onlineUrl(env = process.env) {
  const raw = env.BEIAN_WPS_URL || (env.BEIAN_ADDIN_URL ? `${env.BEIAN_ADDIN_URL.replace(/\/?$/, '/')}wps/` : 'https://localhost:3000/wps/');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BEIAN_WPS_URL 不是有效的网址：${raw}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`BEIAN_WPS_URL 必须以 http:// 或 https:// 开头：${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const xmlAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function jspluginsOnline(url) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${xmlAttr(url)}"/>\n</jsplugins>\n`;
}

function publishOffline() {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${version}" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`;
}

const INSTALL_BAT = [
  '@echo off',
  'chcp 65001 >nul',
  'rem 备案检查 WPS 加载项（离线包）：复制到当前用户的 WPS 加载项目录，然后重启 WPS。',
  'set "dest=%APPDATA%\\kingsoft\\wps\\jsaddons"',
  'if not exist "%dest%" mkdir "%dest%"',
  `xcopy /E /I /Y "%~dp0${FOLDER}" "%dest%\\${FOLDER}" >nul`,
  'if exist "%dest%\\publish.xml" (',
  '  echo 已有 publish.xml：请把本目录 publish.xml 中的 jsplugin 一行加入 "%dest%\\publish.xml"。',
  ') else (',
  '  copy /Y "%~dp0publish.xml" "%dest%\\publish.xml" >nul',
  ')',
  'echo 已安装。请关闭全部 WPS 窗口后重新打开 WPS 表格，功能区会出现“备案检查”选项卡。',
  'pause',
  '',
].join('\r\n');

const INSTALL_SH = [
  '#!/bin/sh',
  '# 备案检查 WPS 加载项（离线包）：复制到当前用户的 WPS 加载项目录，然后重启 WPS。',
  'set -e',
  'here=$(cd "$(dirname "$0")" && pwd)',
  'dest="$HOME/.local/share/Kingsoft/wps/jsaddons"',
  'mkdir -p "$dest"',
  `rm -rf "$dest/${FOLDER}"`,
  `cp -R "$here/${FOLDER}" "$dest/${FOLDER}"`,
  'if [ -f "$dest/publish.xml" ]; then',
  '  echo "已有 publish.xml：请把本目录 publish.xml 中的 jsplugin 一行加入 $dest/publish.xml"',
  'else',
  '  cp "$here/publish.xml" "$dest/publish.xml"',
  'fi',
  'echo "已安装。请关闭全部 WPS 窗口（信创系统可运行 quickstartoffice restart）后重新打开 WPS 表格。"',
  '',
].join('\n');

function copyDir(from, to, skip = new Set()) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip.has(e.name)) continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

function filesOf(dir, prefix) {
  const out = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, filesOf(p, `${prefix}${e.name}/`));
    else out[`${prefix}${e.name}`] = [new Uint8Array(fs.readFileSync(p)), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return out;
}

function main() {
  if (!fs.existsSync(path.join(ADDIN, 'taskpane.html'))) throw new Error('dist/addin 不存在：请先运行 webpack');
  const url = onlineUrl();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.rmSync(DEPLOY, { recursive: true, force: true });
  copyDir(ADDIN, OUT, new Set([...SKIP, ...fs.readdirSync(ADDIN).filter((f) => f.startsWith('save-dialog'))]));
  // The pane without office.js: WPS gives the pane its own object model, and there is no Office to wait for.
  const pane = path.join(OUT, 'taskpane.html');
  const html = fs.readFileSync(pane, 'utf8');
  const stripped = html.replace(/\s*<!--[^>]*office\.js[^>]*-->\s*<script src="office-js\/office\.js"><\/script>/, '').replace(/\s*<script src="office-js\/office\.js"><\/script>/, '');
  if (stripped.includes('office-js/office.js')) throw new Error('taskpane.html：找不到 office.js 的 script 标签');
  fs.writeFileSync(pane, stripped);
  for (const f of fs.readdirSync(ENTRY)) fs.copyFileSync(path.join(ENTRY, f), path.join(OUT, f));

  fs.mkdirSync(DEPLOY, { recursive: true });
  fs.writeFileSync(path.join(DEPLOY, 'jsplugins.xml'), jspluginsOnline(url));
  fs.writeFileSync(path.join(DEPLOY, 'publish.xml'), jspluginsOnline(url));
  const zip = zipSync(
    {
      ...filesOf(OUT, `${FOLDER}/`),
      'publish.xml': [strToU8(publishOffline()), { mtime: new Date('2026-01-01T00:00:00Z') }],
      'install-windows.bat': [strToU8(INSTALL_BAT), { mtime: new Date('2026-01-01T00:00:00Z') }],
      'install.sh': [strToU8(INSTALL_SH), { mtime: new Date('2026-01-01T00:00:00Z'), os: 3, attrs: 0o755 << 16 }],
    },
    { level: 9 },
  );
  fs.writeFileSync(path.join(DEPLOY, `beian-wps-offline-${version}.zip`), zip);
  process.stdout.write(`WPS 加载项：dist/wps/（在线地址 ${url}），部署文件：dist/wps-deploy/\n`);
}

if (require.main === module) main();

module.exports = { onlineUrl, jspluginsOnline, publishOffline, FOLDER };
