import { z } from 'zod';
import type { FilingSnapshot } from '../diff/compare';
import { organisationKey } from './org-key';

/**
 * An earlier batch as its `summarize --json` recorded it: the filings it
 * used (superseded resubmissions and files that could not be checked left
 * out). A JSON written before the batch recorded occupations, evaluations
 * or people has those as undefined, and nothing is compared on them.
 */
export interface EarlierBatch {
  asOf: string;
  filings: EarlierFiling[];
}

export interface EarlierFiling {
  file: string;
  /** The organisation as the batch matches organisations: its credit code, else its name. */
  key: string;
  org: string;
  creditCode: string;
  city: string;
  filingNo: string;
  validTo: string;
  business: string;
  occupations?: { name: string; code: string }[];
  /** A figure null where the row left it blank. */
  evaluations?: { occupation: string; code: string; assessed: number | null; certified: number | null }[];
  /** Examiners, experts and supervisors; IDs as the JSON keeps them (first 6 and last 4 characters). */
  people?: { name: string; id: string }[];
  /** What a later filing of the organisation is compared with. */
  filing?: FilingSnapshot;
}

const text = z.string().catch('');
// A figure the JSON records as null, or not as a number, is unknown: never read as 0.
const count = z.number().nullable().catch(null);

const workbook = z.object({
  file: text,
  status: z.string(),
  org: text,
  creditCode: text,
  city: text,
  filingNo: text,
  validTo: text,
  business: text,
  supersededBy: z.string().optional(),
  occupations: z.array(z.object({ name: text, code: text })).optional(),
  evaluations: z.array(z.object({ occupation: text, code: text, assessed: count, certified: count })).optional(),
  people: z.array(z.object({ name: text, id: text })).optional(),
  filing: z
    .object({
      orgName: text,
      creditCode: text,
      basic: z.record(z.string(), z.string()),
      declared: z.record(z.string(), z.string()).catch({}),
      groups: z.record(z.string(), z.record(z.string(), z.object({ label: text, values: z.record(z.string(), z.string()) }))),
    })
    .optional()
    .catch(undefined),
});

const json = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), workbooks: z.array(z.unknown()) });

/** The earlier JSON is not a summary's: the one line the office reads. */
export class NotASummary extends Error {}

/** The earlier batch from the text of its JSON; throws {@link NotASummary} when it is no `summarize --json` output. */
export function readEarlierBatch(textOfJson: string): EarlierBatch {
  let data: unknown;
  try {
    data = JSON.parse(textOfJson);
  } catch {
    throw new NotASummary('不是 JSON 文件');
  }
  const top = json.safeParse(data);
  if (!top.success) throw new NotASummary('不是批量汇总导出的汇总结果数据（没有检查日期和各工作簿的结果）');
  const filings: EarlierFiling[] = [];
  for (const w of top.data.workbooks) {
    const r = workbook.safeParse(w);
    if (!r.success || r.data.status !== 'ok' || r.data.supersededBy) continue;
    const { status: _status, supersededBy: _superseded, filing, ...f } = r.data;
    const creditCode = f.creditCode.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    filings.push({ ...f, creditCode, key: organisationKey(creditCode, f.org, f.file), ...(filing ? { filing: filing as FilingSnapshot } : {}) });
  }
  return { asOf: top.data.asOf, filings };
}
