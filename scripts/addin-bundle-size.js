#!/usr/bin/env node
'use strict';
/**
 * After `webpack`: prints the gzip size of what taskpane.html loads before
 * the pane is usable (the page and its own scripts) and of every on-demand
 * chunk, and exits 1 when the initial load passes the limit. office.js is
 * Office's own file, listed apart: the pane cannot shrink it.
 *
 *   node scripts/addin-bundle-size.js [--limit-kb 450]
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const OUT = path.resolve(__dirname, '..', 'dist', 'addin');
const i = process.argv.indexOf('--limit-kb');
const LIMIT = (i >= 0 ? Number(process.argv[i + 1]) : 450) * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(OUT, file)), { level: 9 }).length;

const html = fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8');
const own = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !src.startsWith('office-js/'));
const initialFiles = ['taskpane.html', ...own];
const initial = initialFiles.reduce((sum, f) => sum + gz(f), 0);
const lazy = fs
  .readdirSync(path.join(OUT, 'chunks'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ name: `chunks/${f}`, size: gz(`chunks/${f}`) }))
  .sort((a, b) => b.size - a.size);

const lines = [`加载项首屏（gzip）：${kb(initial)}，上限 ${kb(LIMIT)}`, ...initialFiles.map((f) => `  ${f}  ${kb(gz(f))}`), '按需加载（gzip）：'];
for (const c of lazy) lines.push(`  ${c.name}  ${kb(c.size)}`);
lines.push(`office.js（Office 的文件，另计）：${kb(gz('office-js/office.js'))}`);
process.stdout.write(`${lines.join('\n')}\n`);
if (initial > LIMIT) {
  process.stderr.write(`加载项首屏 ${kb(initial)}（gzip）超过上限 ${kb(LIMIT)}：把大的依赖改为按需加载（import()）\n`);
  process.exitCode = 1;
}
