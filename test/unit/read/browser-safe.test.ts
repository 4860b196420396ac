import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The reader runs in the web page's Web Worker and in Office's browser
 * runtime: nothing reachable from readWorkbook may import a Node module or
 * use a Node global, and the packages it uses must resolve to browser builds.
 */

const SRC = path.resolve(__dirname, '../../../src');
const NODE_MODULES = path.resolve(__dirname, '../../../node_modules');
const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function imports(code: string): string[] {
  return [...code.matchAll(/(?:from|import|require\()\s*'([^']+)'/g)].map((m) => m[1]);
}

/** Code without comments, so that prose mentioning Buffer or process does not count. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function reachable(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const spec of imports(code(file))) {
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), `${spec}.ts`));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the reader is browser-safe', () => {
  const { files, packages } = reachable(path.join(SRC, 'read/read-workbook.ts'));

  it('imports no Node module and uses no Node global, in any of its modules', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const c = code(f);
      expect({ file: path.relative(SRC, f), node: imports(c).filter((s) => BUILTIN.has(s)) }).toEqual({ file: path.relative(SRC, f), node: [] });
      expect({ file: path.relative(SRC, f), globals: c.match(/\b(Buffer|process|__dirname|require)\b/g) ?? [] }).toEqual({ file: path.relative(SRC, f), globals: [] });
    }
  });

  it('uses only fflate, saxes and (for .xls/.ods) SheetJS, whose browser builds need nothing from Node', () => {
    expect([...packages].sort()).toEqual(['@e965/xlsx', 'fflate', 'saxes']);
    const fflate = JSON.parse(readFileSync(path.join(NODE_MODULES, 'fflate/package.json'), 'utf8'));
    const browser = path.join(NODE_MODULES, 'fflate', fflate.exports['.'].require.default.replace('node.cjs', 'browser.cjs'));
    const saxes = path.join(NODE_MODULES, 'saxes', JSON.parse(readFileSync(path.join(NODE_MODULES, 'saxes/package.json'), 'utf8')).main);
    for (const f of [browser, saxes]) expect(imports(readFileSync(f, 'utf8')).filter((s) => BUILTIN.has(s))).toEqual([]);
    // What a bundler takes of SheetJS (package.json "module"/"import"), and the code pages loaded beside it; its only mention of fs is in a Flow comment.
    const sheetjs = JSON.parse(readFileSync(path.join(NODE_MODULES, '@e965/xlsx/package.json'), 'utf8'));
    for (const f of [sheetjs.module, sheetjs.exports['./dist/cpexcel'].import]) {
      expect({ f, node: imports(code(path.join(NODE_MODULES, '@e965/xlsx', f))).filter((s) => BUILTIN.has(s)) }).toEqual({ f, node: [] });
    }
  });
});
