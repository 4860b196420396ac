import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

/**
 * The layer rules of src/: the core runs in Node, in a browser worker and in
 * Office's runtime, so only src/cli/ may use Node and nothing in src/ may use
 * Office.js; and each layer imports only the layers below it, so a module's
 * neighbours are found by its folder. (The reader's own browser-safety,
 * packages included, is read/browser-safe.test.ts.)
 */

const SRC = path.resolve(__dirname, '../../src');
const BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const layerOf = (folder: string): number => LAYERS.findIndex((l) => l.includes(folder));

/** Bottom first; a folder may import its own layer and those listed before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['data', 'model', 'calendar', 'places'],
  ['validate'],
  // render/zip is the zip writer the documents are packed with.
  ['read', 'zip', 'render/zip'],
  ['recognise', 'filing', 'open'],
  // A jurisdiction's folder holds its rules, profiles, materials and forms; these read one another,
  // and its forms and summaries are written with the kit every form uses (forms/common, boxes, build,
  // the summary facts and form kit, the change documents' diff of two filings, and the chart kit).
  ['rules', 'sources', 'profiles', 'materials', 'jurisdictions', 'check', 'live', 'forms/common', 'forms/boxes', 'forms/build', 'forms/summary-facts', 'forms/summary-form', 'forms/change-document', 'diff/compare', 'diff/text', 'diff/word', 'charts/chart'],
  ['annotate', 'charts', 'render', 'template', 'sample', 'summarize', 'forms', 'diff', 'fix'],
  ['cli'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f) : /\.tsx?$/.test(n) ? [f] : [];
  });
}

/** Code without comments, so that prose mentioning Buffer or Office does not count. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function imports(c: string): string[] {
  return [...c.matchAll(/(?:from|import|require\()\s*'([^']+)'/g)].map((m) => m[1]);
}

/** The part of src/ a file is in: a listed subfolder or module ('forms/common'), else its top folder ('check' for src/check.ts). */
function folderOf(file: string): string {
  const [top, sub] = path.relative(SRC, file).replace(/\.tsx?$/, '').split(path.sep);
  return sub !== undefined && layerOf(`${top}/${sub}`) >= 0 ? `${top}/${sub}` : top;
}

const ALL = files(SRC).map((f) => ({ file: path.relative(SRC, f), folder: folderOf(f), code: code(f) }));

describe('layer rules of src/', () => {
  it('every top folder of src/ has a layer', () => {
    expect([...new Set(ALL.map((f) => f.folder))].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('only src/cli uses Node: no Node module, no Node global elsewhere', () => {
    const found = ALL.filter((f) => f.folder !== 'cli').flatMap((f) => [
      ...imports(f.code).filter((s) => BUILTIN.has(s)).map((s) => `${f.file}: ${s}`),
      ...(f.code.match(/\b(Buffer|process|__dirname|__filename)\b/g) ?? []).map((g) => `${f.file}: ${g}`),
    ]);
    expect(found).toEqual([]);
  });

  it('nothing in src/ uses Office.js or the add-in', () => {
    const found = ALL.flatMap((f) => [
      ...imports(f.code).filter((s) => /office-js|^@microsoft\/office|addin\//.test(s)).map((s) => `${f.file}: ${s}`),
      ...(f.code.match(/\b(Office|Excel|OfficeExtension)\.\w+/g) ?? []).map((g) => `${f.file}: ${g}`),
    ]);
    expect(found).toEqual([]);
  });

  it('each layer imports only its own and lower layers', () => {
    const upward: string[] = [];
    for (const f of ALL) {
      for (const spec of imports(f.code).filter((s) => s.startsWith('.'))) {
        const target = folderOf(path.resolve(SRC, path.dirname(f.file), spec));
        if (layerOf(target) > layerOf(f.folder)) upward.push(`${f.file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
