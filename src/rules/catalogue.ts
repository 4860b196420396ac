import { SEVERITY_LABEL, type Severity } from '../model/severity';
import { PROFILES, profileById, ProfileId } from '../profiles/profiles';
import { SOURCE_IDS, SOURCES } from '../sources';
import { ALL_VALIDATOR_CODES } from '../validate';
import { Basis, basisTexts, resolveBasis } from './basis';
import { JURISDICTIONS } from '../jurisdictions';
import { BATCH_PACK, batchRules } from './batch-rules';
import { PACKS } from './registry';

export interface CatalogueEntry {
  id: string;
  pack: string;
  title: string;
  severity: Severity;
  profiles: readonly string[] | 'all';
  business: readonly string[] | 'all';
  /** The clause cited: for one profile the one its findings carry, else every one, separated by "；". */
  basis: string;
  hint: string | null;
}

const VALIDATOR = new Map(ALL_VALIDATOR_CODES.map((c) => [c.code, c]));

/**
 * Every rule id a finding can carry, for one profile or all: the rules
 * themselves and the codes they report under. The whole catalogue also lists
 * the office batch's cross-workbook rules; a profile's is what checking one
 * of its workbooks can report.
 */
export function catalogue(profileId?: ProfileId): CatalogueEntry[] {
  const profile = profileId ? profileById(profileId) : undefined;
  const text = (b: Basis) => (profile ? resolveBasis(b, profile) : basisTexts(b).join('；'));
  const out: CatalogueEntry[] = [];
  const seen = new Set<string>();
  for (const pack of PACKS) {
    for (const r of pack.rules) {
      if (profile && r.profiles !== 'all' && !r.profiles.includes(profile.id)) continue;
      const base = { pack: pack.id, profiles: r.profiles, business: r.business ?? ('all' as const) };
      const add = (e: CatalogueEntry) => {
        if (seen.has(e.id) || !e.basis) return;
        seen.add(e.id);
        out.push(e);
      };
      if (!r.umbrella) add({ ...base, id: r.id, title: r.title, severity: r.severity, basis: text(r.basis), hint: r.hint ?? null });
      for (const code of r.emits ?? []) {
        if (typeof code !== 'string') {
          add({ ...base, id: code.id, title: code.title, severity: code.severity, basis: text(code.basis), hint: null });
          continue;
        }
        const v = VALIDATOR.get(code);
        add({ ...base, id: code, title: v?.title ?? r.title, severity: v?.severity ?? r.severity, basis: v?.basis ?? text(r.basis), hint: null });
      }
    }
  }
  if (!profile) {
    for (const r of batchRules()) {
      out.push({ id: r.id, pack: BATCH_PACK.id, title: r.title, severity: r.severity, profiles: r.profiles, business: 'all', basis: text(r.basis), hint: null });
    }
  }
  return out;
}

/** Titles by finding id, built once. */
let titles: Map<string, string> | undefined;

/**
 * The title a clerk reads for a finding's check, as `beian rules` lists it:
 * what every result shown to a clerk names a check by (never its id).
 */
export function checkTitle(rule: string): string {
  titles ??= new Map(catalogue().map((e) => [e.id, e.title]));
  return titles.get(rule) ?? rule;
}

/** The titles of the checks that reported these findings, by finding id: what the annotated copy's 检查结果 names them by. */
export function checkTitles(findings: readonly { rule: string }[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.rule, checkTitle(f.rule)]));
}

function cellText(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The documents, with the short title findings cite and the full title and number. */
export function sourcesMarkdown(): string[] {
  return [
    '## 依据文件',
    '',
    '检查结果的“依据”列按下表简称引用文件及条款。',
    '',
    '| 简称 | 全称及文号 | 适用规则 |',
    '|---|---|---|',
    ...SOURCE_IDS.map((id) => {
      const profiles = PROFILES.filter((p) => p.source === id).map((p) => `\`${p.id}\``).join('、');
      return `| ${SOURCES[id].short} | ${SOURCES[id].full} | ${profiles} |`;
    }),
  ];
}

/** The rule tables of docs/rules.md: one per pack. */
export function catalogueTables(entries: CatalogueEntry[]): string[] {
  const lines: string[] = [];
  const packs = [...new Set(entries.map((e) => e.pack))];
  for (const pack of packs) {
    lines.push('', `## ${[...PACKS, BATCH_PACK].find((p) => p.id === pack)?.title ?? pack} (\`${pack}\`)`, '', '| id | 级别 | 规则 | 适用规则 | 业务类型 | 依据 |', '|---|---|---|---|---|---|');
    for (const e of entries.filter((x) => x.pack === pack)) {
      const profiles = e.profiles === 'all' ? '全部' : e.profiles.join(', ');
      const business = e.business === 'all' ? '全部' : e.business.join('、');
      lines.push(`| \`${e.id}\` | ${SEVERITY_LABEL[e.severity]} | ${cellText(e.title)} | ${profiles} | ${business} | ${cellText(e.basis)} |`);
    }
  }
  return lines;
}

const rulesText = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join('、');

/** 解读: how rules read clauses that can be read two ways, for offices to see and challenge. */
export function readingsMarkdown(): string[] {
  const lines = ['', '## 解读（Readings）', '', '条文可有不同理解时，beian 采用的理解如下；如有异议，请向 beian 维护人员反馈。', '', '| 文件 | 条款 | 规则 | 解读 |', '|---|---|---|---|'];
  for (const { coverage: c } of JURISDICTIONS) {
    for (const r of c.requirements) {
      if (r.reading) lines.push(`| ${SOURCES[c.source].short} | ${r.clause} | ${rulesText(r.rules ?? [])} | ${cellText(r.reading)} |`);
    }
  }
  return lines;
}

/** 覆盖情况: every requirement a workbook could show, with the rules checking it or why none can. */
export function coverageMarkdown(): string[] {
  const all = JURISDICTIONS.flatMap((j) => j.coverage.requirements);
  const lines = [
    '',
    '## 覆盖情况（Coverage）',
    '',
    `五个文件中工作簿可能涉及的要求共 ${all.length} 项：有规则检查的 ${all.filter((r) => r.rules).length} 项，无法检查的 ${all.filter((r) => !r.rules).length} 项（原因见各表）。`,
  ];
  for (const { coverage: c } of JURISDICTIONS) {
    const n = c.requirements.filter((r) => r.rules).length;
    lines.push('', `### ${SOURCES[c.source].short}（检查 ${n} 项，无法检查 ${c.requirements.length - n} 项）`, '', '| 条款 | 要求 | 检查规则 | 无法检查的原因 |', '|---|---|---|---|');
    for (const r of c.requirements) lines.push(`| ${r.clause} | ${cellText(r.text)} | ${r.rules ? rulesText(r.rules) : '—'} | ${r.why ? cellText(r.why) : ''} |`);
  }
  return lines;
}

/** docs/rules.md: the documents, every rule, the readings and the coverage; for one profile only its rules. */
export function catalogueMarkdown(entries: CatalogueEntry[], whole = true): string {
  const lines = [
    '# beian rule catalogue',
    '',
    'Generated by `beian rules --format md`; do not edit by hand (a test fails when this file is stale).',
    '',
    `Profiles: ${PROFILES.map((p) => `\`${p.id}\` ${p.name}`).join('; ')}.`,
    '',
    ...sourcesMarkdown(),
    ...catalogueTables(entries),
    ...(whole ? [...readingsMarkdown(), ...coverageMarkdown()] : []),
  ];
  return lines.join('\n') + '\n';
}
