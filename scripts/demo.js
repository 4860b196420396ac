#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: makes the bundled sample workbook, checks it, writes the
 * marked-up copy and the Word forms into out/. The sample has mistakes on
 * purpose, so the check's exit code 1 is the expected outcome here.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'out');
const bin = path.join(root, 'bin', 'beian.js');
fs.mkdirSync(out, { recursive: true });

function beian(args, okCodes = [0]) {
  process.stdout.write(`\n$ beian ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit', cwd: root });
  if (!okCodes.includes(r.status)) {
    process.stderr.write(`demo: beian ${args[0]} exited with ${r.status}\n`);
    process.exit(1);
  }
}

const sample = path.join('out', '示例-新疆X证书机构.xlsx');
beian(['sample', '-o', sample, '--force']);
beian(['check', sample, '--annotate', path.join('out', '示例-检查标注.xlsx'), '--force'], [0, 1]);
beian(['fill', sample, '--all', '-o', path.join('out', '表格'), '--force']);
process.stdout.write(`\n示例输出已写入 ${out}\n`);
