import { z } from 'zod';
import { addDocxCharts } from '../charts/docx-charts';
import { JURISDICTION_SUMMARIES } from '../jurisdictions/forms';
import { SEVERITY_LABEL } from '../model/severity';
import { joinDocx } from '../render/join';
import { renderDocx } from '../render/render';
import type { FilingFacts, SummaryFacts } from './summary-facts';
import { NOT_GIVEN, type SummaryFormDef } from './summary-form';

const noneSchema = z.object({ title: z.string(), message: z.string() });

/** What the office gets when no filing of the kind is one these summaries cover. */
export const NO_SUMMARY: SummaryFormDef<typeof noneSchema> = {
  id: 'summary-none',
  title: '汇总说明',
  schema: noneSchema,
  build: () => ({ title: '', message: '' }),
};

const tallySchema = z.array(z.object({ name: z.string(), count: z.number(), passed: z.number(), failed: z.number() }));

function tally(filings: readonly FilingFacts[], key: (f: FilingFacts) => string): z.infer<typeof tallySchema> {
  const m = new Map<string, { count: number; failed: number }>();
  for (const f of filings) {
    const e = m.get(key(f)) ?? { count: 0, failed: 0 };
    e.count++;
    if (f.errors) e.failed++;
    m.set(key(f), e);
  }
  return [...m].map(([name, e]) => ({ name, count: e.count, passed: e.count - e.failed, failed: e.failed }));
}

const reportSchema = z.object({
  total: z.number(),
  passed: z.number(),
  failed: z.number(),
  unchecked: z.number(),
  superseded: z.number(),
  byProfile: tallySchema,
  byBusiness: tallySchema,
  byCity: z.array(z.object({ name: z.string(), count: z.number(), passed: z.number(), failed: z.number(), renewals: z.number(), terminations: z.number() })),
  byCheck: z.array(z.object({ no: z.number(), title: z.string(), severity: z.string(), count: z.number(), workbooks: z.number() })),
  occupations: z.array(z.object({ name: z.string(), assessed: z.union([z.number(), z.string()]), certified: z.union([z.number(), z.string()]), rate: z.string(), note: z.string() })),
  failing: z.array(z.object({ no: z.number(), orgName: z.string(), file: z.string(), errors: z.number(), warnings: z.number() })),
  cross: z.array(z.object({ no: z.number(), severity: z.string(), message: z.string(), basis: z.string() })),
  files: z.array(z.object({ no: z.number(), file: z.string(), status: z.string(), reason: z.string() })),
});

/**
 * 备案工作汇总报告 (offices): counts by profile, business, 地市/师市 and
 * result, the findings per check, evaluation by occupation, failing
 * organisations, the findings only visible across workbooks, and the files
 * that could not be checked.
 */
export const OFFICE_REPORT: SummaryFormDef<typeof reportSchema> = {
  id: 'office-report',
  title: '备案工作汇总报告',
  schema: reportSchema,
  build(facts) {
    const failing = facts.filings.filter((f) => f.errors);
    const byCity = tally(facts.filings, (f) => f.org.city || NOT_GIVEN).map((t) => ({
      ...t,
      renewals: facts.filings.filter((f) => (f.org.city || NOT_GIVEN) === t.name && f.business === '备案续期').length,
      terminations: facts.filings.filter((f) => (f.org.city || NOT_GIVEN) === t.name && f.business === '终止备案').length,
    }));
    return {
      total: facts.received,
      passed: facts.filings.length - failing.length,
      failed: failing.length,
      unchecked: facts.unchecked.length,
      superseded: facts.superseded,
      byProfile: tally(facts.filings, (f) => f.profile),
      byBusiness: tally(facts.filings, (f) => f.business),
      byCity,
      byCheck: facts.findingsByCheck.map((c, i) => ({ no: i + 1, title: c.title, severity: SEVERITY_LABEL[c.severity], count: c.count, workbooks: c.workbooks })),
      occupations: facts.occupations
        .filter((o) => o.evaluated)
        .map(({ name, assessed, certified, unreported }) => ({
          name,
          assessed: assessed ?? NOT_GIVEN,
          certified: certified ?? NOT_GIVEN,
          rate: assessed && certified !== null ? `${((certified / assessed) * 100).toFixed(1)}%` : '—',
          // The sums leave out organisations whose workbook gives no evaluation data: the office should know they are partial.
          note: unreported ? `其中 ${unreported} 家未填报评价数据，人次不含这些机构` : '',
        })),
      failing: failing.map((f, n) => ({ no: n + 1, orgName: f.org.name || f.file, file: f.file, errors: f.errors, warnings: f.warnings })),
      cross: facts.cross.map((f, i) => ({ no: i + 1, severity: SEVERITY_LABEL[f.severity], message: f.message, basis: f.basis })),
      files: facts.unchecked.map((e, n) => ({ no: n + 1, file: e.file, status: e.status === 'unreadable' ? '无法读取' : '非备案工作簿', reason: e.reason })),
    };
  },
};

const partsOf = (kind: 'renewal' | 'termination') => JURISDICTION_SUMMARIES.flatMap((j) => j[kind] ?? []);

export const SUMMARY_FORMS: readonly SummaryFormDef[] = [...JURISDICTION_SUMMARIES.flatMap((j) => [...(j.renewal ?? []), ...(j.termination ?? [])]), NO_SUMMARY, OFFICE_REPORT];

/** A summary an office chooses: its document's title, and each jurisdiction's part that has rows. */
interface SummaryKindDef {
  title: string;
  /** The business the summary is about, for the note when no filing is one. */
  business?: string;
  parts: readonly SummaryFormDef[];
}

/** The summary an office chooses (`summarize --kind`, the web page's 汇总类型). */
export const SUMMARY_KINDS = {
  renewal: { title: '备案续期汇总表', business: '备案续期', parts: partsOf('renewal') },
  termination: { title: '终止备案汇总表', business: '终止备案', parts: partsOf('termination') },
  report: { title: '备案工作汇总报告', parts: [OFFICE_REPORT] },
} as const satisfies Record<string, SummaryKindDef>;

export type SummaryKind = keyof typeof SUMMARY_KINDS;

export function isSummaryKind(kind: string): kind is SummaryKind {
  return Object.hasOwn(SUMMARY_KINDS, kind);
}

/** Whether a part has anything to show: a list part with no rows is left out. */
const shows = (data: object) => !('rows' in data) || (data as { rows: unknown[] }).rows.length > 0;

/**
 * The parts of a summary with their data: one per jurisdiction with rows,
 * each under its own document's title, or a note saying no filing is of
 * the kind these summaries cover.
 */
export function summaryParts(kind: SummaryKind, facts: SummaryFacts): { form: SummaryFormDef; data: object }[] {
  const def: SummaryKindDef = SUMMARY_KINDS[kind];
  const parts = def.parts.map((form) => ({ form, data: form.schema.parse(form.build(facts)) as object })).filter((p) => shows(p.data));
  if (parts.length) return parts;
  const places = JURISDICTION_SUMMARIES.map((j) => j.place).join('或');
  const message = `本次收到的工作簿中没有${places}的${def.business}申请，没有需要汇总的机构。`;
  return [{ form: NO_SUMMARY, data: { title: def.title, message } }];
}

/**
 * The summary as one Word file: each part rendered into its own template,
 * one after the other, each with its own page numbers; the charts drawn
 * where a template has their place (the report, after its totals).
 */
export async function summaryDocx(kind: SummaryKind, facts: SummaryFacts, template: (id: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  const parts = summaryParts(kind, facts);
  const doc = joinDocx(await Promise.all(parts.map(async (p) => renderDocx(await template(p.form.id), p.data))));
  return addDocxCharts(doc, facts.charts);
}
