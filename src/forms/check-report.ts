import { z } from 'zod';
import { catalogue } from '../rules/catalogue';
import { SEVERITY_LABEL, SEVERITY_RANK, type Severity } from '../model/severity';
import { verdictOf, type Finding } from '../rules/finding';
import { ruleApplies } from '../rules/engine';
import { ALL_RULES } from '../rules/registry';
import type { FormDef } from './common';


const schema = z.object({
  orgName: z.string(),
  file: z.string(),
  profile: z.string(),
  business: z.string(),
  verdict: z.string(),
  errors: z.number(),
  warnings: z.number(),
  infos: z.number(),
  rules: z.array(z.object({ no: z.number(), title: z.string(), severity: z.string(), result: z.string() })),
  groups: z.array(
    z.object({
      sheet: z.string(),
      items: z.array(z.object({ no: z.number(), severity: z.string(), cell: z.string(), message: z.string(), basis: z.string(), hint: z.string() })),
    }),
  ),
});

/** Cells as a clerk finds them: a run down one column is one range (C5:C404), others listed in order. */
export function cellList(cells: readonly string[]): string {
  const out: string[] = [];
  let run: { col: string; from: number; to: number } | undefined;
  const flush = () => run && out.push(run.from === run.to ? `${run.col}${run.from}` : `${run.col}${run.from}:${run.col}${run.to}`);
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c);
    if (m && run && run.col === m[1] && Number(m[2]) === run.to + 1) {
      run.to++;
      continue;
    }
    flush();
    run = m ? { col: m[1], from: Number(m[2]), to: Number(m[2]) } : undefined;
    if (!m) out.push(c);
  }
  flush();
  return out.join('、');
}

/** One check's findings on a sheet in a sentence: the finding itself, or the check with how many cells and the first as an example. */
function entryMessage(fs: readonly Finding[], title: string | undefined): string {
  if (fs.length === 1 || fs.every((f) => f.message === fs[0].message)) return fs[0].message;
  return `${title ?? fs[0].message}：共 ${fs.length} 处，例如${fs[0].cell ? ` ${fs[0].cell}` : ''}“${fs[0].message}”`;
}

/** 检查报告: the findings by sheet, one entry per check listing its cells, with basis and hint; and a pass/fail line per applicable rule. */
export const CHECK_REPORT: FormDef<typeof schema> = {
  id: 'check-report',
  title: '备案材料检查报告',
  profiles: 'all',
  schema,
  build({ book, result, file }) {
    const { profile, business, findings, summary } = result;
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    const applicable = new Set(ALL_RULES.filter((r) => ruleApplies(r, profile, business)).flatMap((r) => [r.id, ...(r.emits ?? [])]));
    // A clerk reads checks by their title, never by id; ids sharing a title (a check and the codes it reports under) are one line.
    const byTitle = new Map<string, { title: string; severity: Severity; count: number }>();
    for (const e of catalogue(profile.id).filter((x) => applicable.has(x.id))) {
      const line = byTitle.get(e.title) ?? { title: e.title, severity: e.severity, count: 0 };
      line.count += counts.get(e.id) ?? 0;
      if (SEVERITY_RANK[e.severity] < SEVERITY_RANK[line.severity]) line.severity = e.severity;
      byTitle.set(e.title, line);
    }
    const rules = [...byTitle.values()].map((l, i) => ({ no: i + 1, title: l.title, severity: SEVERITY_LABEL[l.severity], result: l.count ? `未通过（${l.count} 项）` : '通过' }));
    const title = new Map(catalogue(profile.id).map((e) => [e.id, e.title]));
    // One entry per sheet and check: 400 cells failing one check are one entry listing the cells, not 400 entries.
    const bySheet = new Map<string, Map<string, Finding[]>>();
    for (const f of findings) {
      const sheet = f.sheet ?? '工作簿';
      const rules = bySheet.get(sheet) ?? new Map<string, Finding[]>();
      rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);
      bySheet.set(sheet, rules);
    }
    const groups = [...bySheet].map(([sheet, rules]) => ({
      sheet,
      items: [...rules.values()].map((fs, i) => ({
        no: i + 1,
        severity: SEVERITY_LABEL[fs[0].severity],
        cell: cellList(fs.map((f) => f.cell ?? f.range ?? '').filter(Boolean)),
        message: entryMessage(fs, title.get(fs[0].rule)),
        basis: fs[0].basis,
        hint: fs[0].hint ?? '',
      })),
    }));
    return {
      orgName: book.org?.text('orgName') ?? '',
      file,
      profile: profile.name,
      business,
      verdict: verdictOf(summary),
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      rules,
      groups,
    };
  },
};
