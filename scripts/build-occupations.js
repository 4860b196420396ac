#!/usr/bin/env node
'use strict';
/**
 * Converts src/data/occupations-2022.csv into src/data/occupations-2022.json,
 * the compact table src/validate/occupations.ts imports: one
 * [code, level, name, marks] row per line, in CSV order, duplicates kept.
 * Run after editing the CSV: node scripts/build-occupations.js
 */
const fs = require('fs');
const path = require('path');

const DATA = path.join(__dirname, '..', 'src', 'data');
const CSV_PATH = path.join(DATA, 'occupations-2022.csv');
const JSON_PATH = path.join(DATA, 'occupations-2022.json');

/** The JSON text for a CSV text; throws on a malformed line so a bad edit cannot ship. */
function csvToJson(csv) {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'code,level,name,marks') throw new Error(`unexpected header: ${header}`);
  const rows = lines.map((line, i) => {
    const f = line.split(',');
    const level = Number(f[1]);
    if (f.length !== 4 || !/^\d-\d\d-\d\d-\d\d$/.test(f[0]) || !(level >= 1 && level <= 4) || !f[2]) {
      throw new Error(`line ${i + 2} is not code,level,name,marks: ${line}`);
    }
    return [f[0], level, f[2], f[3]];
  });
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (require.main === module) {
  const json = csvToJson(fs.readFileSync(CSV_PATH, 'utf8'));
  fs.writeFileSync(JSON_PATH, json);
  console.log(`${path.relative(process.cwd(), JSON_PATH)}: ${json.split('\n').length - 3} rows`);
}

module.exports = { csvToJson, CSV_PATH, JSON_PATH };
