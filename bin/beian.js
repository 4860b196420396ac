#!/usr/bin/env node
'use strict';
let entry;
try {
  entry = require('../dist/cli/process.js');
} catch (e) {
  const missing = e && e.code === 'MODULE_NOT_FOUND';
  process.stderr.write(missing ? 'beian：安装不完整（缺少编译后的程序或依赖），请在 beian 目录运行 npm ci\n' : 'beian：内部错误，程序无法启动；请加 --debug 重新运行并报告问题\n');
  if (process.argv.includes('--debug')) process.stderr.write(`${e && e.stack}\n`);
  process.exit(2);
}
entry.runProcess(process.argv);
