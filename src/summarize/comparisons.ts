import type { Batch } from './batch';
import { filingChanges } from './changes';
import type { EarlierBatch } from './earlier';
import { comparePrevious } from './previous';
import type { RegisterRow } from './register';
import type { CheckedSubmission, Submission } from './submission';
import { compareRegister } from './unfiled';

export interface ComparisonSources {
  /** The earlier batch, from its JSON. */
  earlier?: EarlierBatch;
  /** The office's register of filed organisations. */
  register?: readonly RegisterRow[];
  /** Days ahead of 有效期止 a renewal is looked for; by default each document's own. */
  window?: number;
}

/**
 * The batch with what the office compares it with: the changes between an
 * organisation's filings (always), the earlier batch and the register (when
 * given). The CLI and the page both end a batch here.
 */
export function withComparisons(batch: Batch, submissions: readonly Submission[], sources: ComparisonSources = {}): Batch {
  const checked = submissions.filter((s): s is CheckedSubmission => s.status === 'ok');
  const out: Batch = { ...batch, changes: filingChanges(checked, sources.earlier) };
  if (sources.earlier) out.previous = comparePrevious(batch, sources.earlier);
  if (sources.register) out.register = compareRegister(sources.register, submissions, batch.used, batch.asOf, { window: sources.window });
  return out;
}
