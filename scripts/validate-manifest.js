#!/usr/bin/env node
'use strict';
/**
 * `npm run validate [-- FILE…]`: checks add-in manifests (default: manifest.xml)
 * against the Office XSDs in addin/manifest-schemas/, offline, with libxml2
 * compiled to WebAssembly. Exit 0 when every file is valid, 1 otherwise.
 */
const fs = require('node:fs');
const path = require('node:path');
const { validateXML } = require('xmllint-wasm');

const root = path.resolve(__dirname, '..');
const SCHEMAS = path.join(root, 'addin', 'manifest-schemas');
const ENTRY = 'OfficeAppManifestV1_1.xsd';

async function validate(file) {
  const xsds = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMAS, f), 'utf8') });
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: fs.readFileSync(file, 'utf8') }],
    schema: [load(ENTRY)],
    preload: xsds.filter((f) => f !== ENTRY).map(load),
  });
}

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(root, 'manifest.xml')];
  let ok = true;
  for (const file of files) {
    const r = await validate(file);
    if (r.valid) process.stdout.write(`清单有效：${path.relative(process.cwd(), file) || file}\n`);
    else {
      ok = false;
      process.stdout.write(`清单无效：${file}\n`);
      for (const e of r.errors) process.stdout.write(`  第 ${e.loc?.lineNumber ?? '?'} 行：${e.message}\n`);
    }
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  process.stderr.write(`无法校验清单：${e.message}\n`);
  process.exitCode = 2;
});
