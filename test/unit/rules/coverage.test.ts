import { BUSINESS_TYPES } from '../../../src/model/schema';
import { PROFILES } from '../../../src/profiles/profiles';
import { basisTexts } from '../../../src/rules/basis';
import { catalogue } from '../../../src/rules/catalogue';
import { covers } from '../../../src/rules/coverage';
import { materialsBasis, requiredMaterials } from '../../../src/materials';
import { JURISDICTIONS } from '../../../src/jurisdictions';
import { PACKS } from '../../../src/rules/registry';
import { SOURCE_IDS, SOURCES } from '../../../src/sources';

/** Rules of `beian summarize`, which run across workbooks rather than in a pack. */
const OFFICE_RULES = ['office.shared-person', 'office.ha-social-cap', 'office.bt-social-cap', 'office.renewal-due'];
const OFFICE_CITATIONS = ['《河南省评价机构备案工作指南》二（四）', '《河南省评价机构备案工作指南》六（四）1', '《兵团技能人才评价机构管理办法》第七条（二）4', '《兵团技能人才评价机构管理办法》第十条、第十九条（一）1', '《兵团技能人才评价机构管理办法》第十九条（二）1'];

/** Every citation a finding can carry: rules, the codes they report under, materials, sheets and the office rules. */
function citations(): string[] {
  const out: string[] = [...OFFICE_CITATIONS];
  for (const pack of PACKS) {
    for (const r of pack.rules) {
      out.push(...basisTexts(r.basis));
      for (const e of r.emits ?? []) if (typeof e !== 'string') out.push(...basisTexts(e.basis));
    }
  }
  for (const p of PROFILES) {
    for (const b of BUSINESS_TYPES) {
      out.push(materialsBasis(p, b), ...requiredMaterials(p.id, b).map((m) => m.basis));
    }
  }
  return [...new Set(out)];
}

describe('coverage table', () => {
  it('lists every clause any finding cites (a rule citing a clause the table lacks fails here)', () => {
    const missing: string[] = [];
    for (const text of citations()) {
      for (const id of SOURCE_IDS) {
        const at = text.indexOf(SOURCES[id].short);
        if (at < 0) continue;
        const clauses = text.slice(at + SOURCES[id].short.length).split(/[；;]/)[0].split('、');
        const listed = JURISDICTIONS.find((j) => j.source.id === id)!.coverage.requirements;
        for (const clause of clauses) if (!listed.some((r) => covers(r.clause, clause))) missing.push(`${SOURCES[id].short}${clause}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only rules that exist, and every profile rule is in it', () => {
    const ids = new Set([...catalogue().map((e) => e.id), ...OFFICE_RULES]);
    const named = new Set(JURISDICTIONS.flatMap((j) => j.coverage.requirements.flatMap((r) => r.rules ?? [])));
    expect([...named].filter((id) => !ids.has(id))).toEqual([]);
    const profileRules = PACKS.filter((p) => p.id !== 'generic').flatMap((p) => p.rules.map((r) => r.id));
    expect(profileRules.filter((id) => !named.has(id))).toEqual([]);
  });

  it('gives each requirement either rules or a reason, never both', () => {
    for (const r of JURISDICTIONS.flatMap((j) => j.coverage.requirements)) expect(Boolean(r.rules?.length) !== Boolean(r.why)).toBe(true);
  });
});
