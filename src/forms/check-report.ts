import { z } from 'zod';
import { profileLabel } from '../profiles/profiles';
import { catalogue } from '../rules/catalogue';
import type { Severity } from '../model/severity';
import { ruleApplies } from '../rules/engine';
import { ALL_RULES } from '../rules/registry';
import type { FormDef } from './common';

const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

const schema = z.object({
  orgName: z.string(),
  file: z.string(),
  profile: z.string(),
  business: z.string(),
  verdict: z.string(),
  errors: z.number(),
  warnings: z.number(),
  infos: z.number(),
  rules: z.array(z.object({ no: z.number(), id: z.string(), title: z.string(), severity: z.string(), result: z.string() })),
  groups: z.array(
    z.object({
      sheet: z.string(),
      items: z.array(z.object({ no: z.number(), severity: z.string(), cell: z.string(), message: z.string(), basis: z.string(), hint: z.string() })),
    }),
  ),
});

/** 检查报告: every finding by sheet with basis and hint, and a pass/fail line per applicable rule. */
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
    const rules = catalogue(profile.id)
      .filter((e) => applicable.has(e.id))
      .map((e, i) => ({ no: i + 1, id: e.id, title: e.title, severity: SEVERITY[e.severity], result: counts.get(e.id) ? `未通过（${counts.get(e.id)} 项）` : '通过' }));
    const groups = new Map<string, z.infer<typeof schema>['groups'][number]['items']>();
    for (const f of findings) {
      const sheet = f.sheet ?? '工作簿';
      let items = groups.get(sheet);
      if (!items) groups.set(sheet, (items = []));
      items.push({ no: items.length + 1, severity: SEVERITY[f.severity], cell: f.cell ?? '', message: f.message, basis: f.basis, hint: f.hint ?? '' });
    }
    return {
      orgName: book.org?.text('orgName') ?? '',
      file,
      profile: profile.name,
      business,
      verdict: summary.errors ? '未通过' : '通过',
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      rules,
      groups: [...groups].map(([sheet, items]) => ({ sheet, items })),
    };
  },
};
