import { z } from 'zod';
import type { SourceId } from '../sources';
import { figureText, knownZero, NOT_GIVEN, type Figure, type FilingFacts, type SummaryFacts } from './summary-facts';

/**
 * A document compiled across many workbooks (a jurisdiction's renewal and
 * termination summaries, its 公示 list, the office report), built from the
 * facts the office's batch compiled: these forms only lay them out.
 */
export interface SummaryFormDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  title: string;
  schema: S;
  build(facts: SummaryFacts): z.infer<S>;
}

/** A jurisdiction's summaries by the kind an office chooses, and the name the no-filing note gives its place. */
export interface JurisdictionSummaries {
  place: string;
  renewal?: readonly SummaryFormDef[];
  termination?: readonly SummaryFormDef[];
}

export { NOT_GIVEN };

export const given = (v: string) => v || NOT_GIVEN;
/** A filing's 评价人次 or 取证人次 as a cell prints it (see {@link figureText}). */
export const count = (f: FilingFacts, key: Figure) => String(figureText(f.evaluations, key));

/** 是/否 as declared, else what the period's evaluation rows show (是 where one gives some, 否 only where all give 0), else 未填报. */
export function declaredOrShown(declared: string, f: FilingFacts, key: Figure): string {
  if (declared === '是' || declared === '否') return declared;
  if ((f.evaluations?.[key] ?? 0) > 0) return '是';
  return knownZero(f.evaluations, key) ? '否' : NOT_GIVEN;
}

/** The opposite of a 是/否 declaration (证书数据已全部上传 → 是否有尚未入网的证书数据). */
export const negated = (v: string) => (v === '是' ? '否' : v === '否' ? '是' : NOT_GIVEN);

export const askSchema = z.array(z.object({ items: z.string(), orgs: z.string() }));

/** The organisations whose rows print 未填报, grouped by the columns they left unanswered, for the office to ask. */
export function toAsk(rows: readonly Record<string, unknown>[], headers: Readonly<Record<string, string>>): z.infer<typeof askSchema> {
  const groups = new Map<string, string[]>();
  for (const r of rows) {
    const missing = Object.entries(headers)
      // A cell that is 未填报, or a figure partly so.
      .filter(([k]) => String(r[k]).includes(NOT_GIVEN))
      .map(([, h]) => h)
      .join('、');
    if (missing) groups.set(missing, [...(groups.get(missing) ?? []), String(r.orgName)]);
  }
  return [...groups].map(([items, orgs]) => ({ items, orgs: orgs.join('、') }));
}

/** The filings of one jurisdiction and business type, in input order. */
export const filingsOf = (facts: SummaryFacts, source: SourceId, business: string) => facts.filings.filter((f) => f.source === source && f.business === business);

/** A 合计 over the filings that give the figure (a blank is not 0); 未填报 when none does (never a 0 nobody wrote). */
function total(fs: readonly FilingFacts[], key: 'assessed' | 'certified'): string {
  const given = fs.flatMap((f) => (f.evaluations?.[key] == null ? [] : [f.evaluations[key]]));
  return given.length ? String(given.reduce((n, v) => n + v, 0)) : NOT_GIVEN;
}

export const totalSchema = { orgs: z.number(), totalAssessed: z.string(), totalCertified: z.string() };

export const totals = (fs: readonly FilingFacts[]) => ({ orgs: fs.length, totalAssessed: total(fs, 'assessed'), totalCertified: total(fs, 'certified') });
