import { readdirSync } from 'fs';
import { join, relative } from 'path';
import { catalogue } from '../../../src/rules/catalogue';
import { ALL_RULES } from '../../../src/rules/registry';
import { ALL_VALIDATOR_CODES } from '../../../src/validate';
import { findingsOf, idsOf, key, type RuleCases } from '../../helpers/rule-tester';

const TEST_ROOT = join(__dirname, '../..');
const CATALOGUED = new Set(catalogue().map((e) => e.id));
/** Ids findings carry that the catalogue does not list: none. */
const uncatalogued = (seen: { rule: string }[]) => seen.map((f) => f.rule).filter((id) => !CATALOGUED.has(id));

/** Every `*.cases.ts` under test/: one table per rule module (format: test/helpers/rule-tester.ts). */
function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : caseFiles(join(dir, e.name));
    return e.name.endsWith('.cases.ts') ? [join(dir, e.name)] : [];
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const TABLES: { file: string; table: RuleCases }[] = caseFiles(TEST_ROOT).map((file) => ({ file: relative(TEST_ROOT, file), table: require(file).default as RuleCases }));

for (const { file, table } of TABLES) {
  describe(`${table.title} (${file})`, () => {
    const tableIds = new Set(table.rules.flatMap(idsOf));

    if (table.valid.length) {
      it.each(table.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => {
        const ids = new Set(c.rules ?? tableIds);
        const all = findingsOf(c);
        expect(all.filter((f) => ids.has(f.rule)).map(key)).toEqual([]);
        expect(uncatalogued(all)).toEqual([]);
      });
    }

    it.each(table.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => {
      const named = new Set(c.expect.map((e) => e.rule));
      const all = findingsOf(c);
      expect(uncatalogued(all)).toEqual([]);
      const seen = all.filter((f) => named.has(f.rule));
      expect(seen.map(key).sort()).toEqual(c.expect.map(key).sort());
      for (const e of c.expect) {
        const same = seen.filter((f) => key(f) === key(e));
        if (e.message) expect(same.map((f) => f.message).join('\n')).toContain(e.message);
        if (e.basis) expect([...new Set(same.map((f) => f.basis))]).toEqual([e.basis]);
      }
    });

    it('tests only rules of its own table', () => {
      const foreign = table.invalid.flatMap((c) => c.expect.map((e) => e.rule)).filter((id) => !tableIds.has(id));
      expect(foreign).toEqual([]);
    });
  });
}

describe('every rule has invalid cases', () => {
  const expected = new Set(TABLES.flatMap(({ table }) => table.invalid.flatMap((c) => c.expect.map((e) => e.rule))));
  const tested = new Set(TABLES.flatMap(({ table }) => table.rules.map((r) => r.id)));

  it('every rule id of the catalogue', () => {
    expect(catalogue().map((e) => e.id).filter((id) => !expected.has(id))).toEqual([]);
  });

  it('every code a validator can emit', () => {
    expect(ALL_VALIDATOR_CODES.map((c) => c.code).filter((id) => !expected.has(id))).toEqual([]);
  });

  it('every rule of the packs belongs to a table', () => {
    expect(ALL_RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
