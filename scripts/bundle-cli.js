#!/usr/bin/env node
'use strict';
/**
 * The last step of `npm run build`: bundles the compiled CLI with esbuild
 * into the one module bin/beian.js loads, replacing that module in place.
 * Node then resolves, reads and compiles one file at start instead of about
 * a hundred and fifty, a good part of a small workbook's check (see
 * docs/performance.md). Command modules stay lazy inside the bundle: a
 * module runs when first required, as before.
 *
 * Dependencies stay in node_modules and load as usual, except the small
 * pure-JavaScript ones a check needs at start (BUNDLED). The rest are
 * loaded only by the commands that use them, and some read files of their
 * own at run time.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const BUNDLED = new Set(['commander', 'fflate', 'saxes', 'chinese-days']);

/** The module bin/beian.js requires, so that bin stays the one place naming the CLI's entry. */
function entry() {
  const bin = fs.readFileSync(path.join(root, 'bin/beian.js'), 'utf8');
  const m = /require\('\.\.\/(dist\/[^']+\.js)'\)/.exec(bin);
  if (!m) throw new Error("bin/beian.js requires no '../dist/….js' module");
  return path.join(root, m[1]);
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.has(d));
/**
 * The CLI's entry, and the office batch's worker thread: each worker loads
 * its module afresh, so one file instead of a tree saves every worker's
 * start (its dependencies bundled too, zod above all, but the .xls/.ods
 * reader it loads only for such a file).
 */
const bundles = [
  { file: entry(), external },
  { file: path.join(root, 'dist/cli/workbook-worker.js'), external: ['@e965/xlsx'] },
];
for (const b of bundles) {
  esbuild.buildSync({
    entryPoints: [b.file],
    outfile: b.file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // A package name also covers its subpaths (docxtemplater/js/…).
    external: b.external.flatMap((d) => [d, `${d}/*`]),
    logLevel: 'warning',
  });
}
