import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The add-in's Office.js code under Microsoft's eslint-plugin-office-addins
 * rules (eslint.config.js): every load before its read, a sync between them,
 * isNullObject rather than null tests, no sync in a loop unless a comment
 * says why. The rules know the request context by the name the Office
 * docs give it, `context`: the adapter uses that name so they can see it.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
// ESLint loads its config file with import(), which jest's module sandbox refuses: the same file, required and handed over.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CONFIG = require(path.join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

describe('Office.js code under the office-addins lint rules', () => {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG });

  it('finds nothing in addin/', async () => {
    // lintFiles' file search also goes through import(): the files are listed here instead.
    const files = (readdirSync(path.join(ROOT, 'addin'), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(ROOT, 'addin', f));
    const results = (await Promise.all(files.map((f) => eslint.lintText(readFileSync(f, 'utf8'), { filePath: f })))).flat();
    expect(results.length).toBeGreaterThan(50);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`));
    expect(problems).toEqual([]);
  }, 120_000);

  it('reports a read before load, a sync in a loop and a null test of a null object', async () => {
    const bad = `
      export async function f(context: Excel.RequestContext, names: string[]) {
        const range = context.workbook.worksheets.getItem('A').getRange('A1');
        const v = range.values;
        for (const n of names) {
          context.workbook.worksheets.getItem(n).load('name');
          await context.sync();
        }
        const used = context.workbook.worksheets.getItem('B').getUsedRangeOrNullObject();
        await context.sync();
        if (used === null) return v;
        return used;
      }`;
    const [r] = await eslint.lintText(bad, { filePath: path.join(ROOT, 'addin', 'office', 'lint-probe.ts') });
    expect(new Set(r.messages.map((m) => m.ruleId))).toEqual(
      new Set(['office-addins/load-object-before-read', 'office-addins/call-sync-before-read', 'office-addins/no-context-sync-in-loop', 'office-addins/test-for-null-using-isNullObject']),
    );
  });
});
