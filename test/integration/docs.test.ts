import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROFILES } from '../../src/profiles/profiles';
import { citedSources } from '../../src/rules/basis';
import { catalogue, catalogueMarkdown } from '../../src/rules/catalogue';
import { beian } from '../helpers/cli';

describe('rule catalogue', () => {
  it('docs/rules.md is what `beian rules --format md` prints (run `npm run docs` after changing rules)', () => {
    const committed = readFileSync(path.join(__dirname, '../../docs/rules.md'), 'utf8');
    expect(committed).toBe(catalogueMarkdown(catalogue()));
  });

  it('every rule id is unique and every entry cites a basis', () => {
    const entries = catalogue();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.basis.trim()).not.toBe('');
      expect(e.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('cites documents by their short titles, never a file name', () => {
    for (const e of catalogue()) expect(e.basis).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt/);
  });

  it.each(PROFILES.map((p) => [p.id, p.source] as const))('%s cites only its own document (%s)', (id, source) => {
    const foreign = catalogue(id).filter((e) => citedSources(e.basis).some((s) => s !== source));
    expect(foreign.map((e) => `${e.id}: ${e.basis}`)).toEqual([]);
  });

  it('beian profiles gives each document’s full title and number', async () => {
    const r = await beian(['profiles']);
    expect(r.out).toContain('《河南省职业技能等级评价机构备案工作指南（2024年版）》，豫职评〔2024〕4号');
  });

  it('beian rules --profile filters and --format json parses', async () => {
    const r = await beian(['rules', '--profile', 'xj-xcert', '--format', 'json']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as { profiles: string[] | 'all' }[];
    expect(entries.every((e) => e.profiles === 'all' || e.profiles.includes('xj-xcert'))).toBe(true);
    expect(entries.some((e) => e.profiles === 'all')).toBe(true);
  });

  it('beian profiles lists every profile', async () => {
    const r = await beian(['profiles', '--json']);
    expect(JSON.parse(r.out).map((p: { id: string }) => p.id)).toContain('bt-qualification');
  });
});
