import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The built pane's scripts as browsers load them: every chunk of the page
 * runs in the page's one global scope, and every chunk a worker loads in
 * the worker's, so a name one file declares at its top level replaces
 * another file's. The minifier puts its helpers there: a chunk loaded later
 * whose `ae` was Object.defineProperty replaced the file worker's own `ae`
 * helper, and the annotated copy failed. Each of our files keeps its names
 * in a function of its own; Microsoft's office.js and the plain-ES5 notice
 * for old webviews are served as written.
 */
const DIST = path.resolve(__dirname, '../../dist/addin');
const AS_WRITTEN = new Set(['old-webview.js']);

function scripts(dir: string, under = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(under, e.name);
    if (e.isDirectory()) return rel === 'office-js' ? [] : scripts(path.join(dir, e.name), rel);
    return e.name.endsWith('.js') && !AS_WRITTEN.has(rel) ? [rel] : [];
  });
}

/** What a script declares in the global scope: its top-level var, let, const, function and class names. */
function topLevelNames(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(DIST, file), 'utf8'), ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  return source.statements.flatMap((s) => {
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.map((d) => d.name.getText(source));
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) return [s.name.text];
    return [];
  });
}

describe("the built pane's scripts", () => {
  it('declare nothing in the global scope they share with the other chunks', () => {
    const files = scripts(DIST);
    // The pane, the save dialog, both workers and their chunks.
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => f.startsWith('chunks/beian-')).length).toBe(2);
    expect(Object.fromEntries(files.map((f) => [f, topLevelNames(f)]).filter(([, names]) => names.length))).toEqual({});
  });
});
