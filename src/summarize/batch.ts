import { crossWorkbookFindings, type CrossFinding } from './cross-rules';
import { deduplicate } from './duplicates';
import { orgKey } from './org-key';
import type { CheckedSubmission, Submission } from './submission';

/** A file the batch passed over on purpose (a lock file, a hidden file, not a workbook), with why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Another filing of the same organisation that the summaries also use (e.g. its 增量备案 beside its 备案续期). */
export interface OtherFiling {
  file: string;
  business: string;
}

/**
 * A received file in the batch; a superseded duplicate names the file used
 * instead, and a used one names the organisation's other filings in use.
 */
export type BatchEntry = Submission & { supersededBy?: string; otherFilings?: OtherFiling[] };

/**
 * What an office's batch produced: every received file in input order,
 * the submissions the summaries use (one per organisation), and the
 * findings only visible across them. Outputs (JSON, results workbook, Word)
 * are all built from this, on any host.
 */
export interface Batch {
  asOf: Date;
  entries: BatchEntry[];
  used: CheckedSubmission[];
  cross: CrossFinding[];
  skipped: SkippedFile[];
}

export function compileBatch(submissions: readonly Submission[], asOf: Date, skipped: readonly SkippedFile[] = []): Batch {
  const checked = submissions.filter((s): s is CheckedSubmission => s.status === 'ok');
  const { used, supersededBy, findings } = deduplicate(checked);
  const byOrg = new Map<string, CheckedSubmission[]>();
  for (const s of used) byOrg.set(orgKey(s), [...(byOrg.get(orgKey(s)) ?? []), s]);
  const others = (s: CheckedSubmission): OtherFiling[] => byOrg.get(orgKey(s))!.filter((o) => o !== s).map((o) => ({ file: o.file, business: o.business }));
  const entry = (s: Submission): BatchEntry => {
    if (s.status !== 'ok') return s;
    if (supersededBy.has(s)) return { ...s, supersededBy: supersededBy.get(s) };
    const list = others(s);
    return list.length ? { ...s, otherFilings: list } : s;
  };
  return {
    asOf,
    entries: submissions.map(entry),
    used,
    cross: [...findings, ...crossWorkbookFindings(used, asOf)],
    skipped: [...skipped],
  };
}

/** Whether the office must act: a used workbook with errors, a cross-workbook error, or a file that could not be read. */
export function batchHasErrors(batch: Batch): boolean {
  return (
    batch.used.some((s) => s.summary.errors > 0) || batch.cross.some((f) => f.severity === 'error') || batch.entries.some((e) => e.status === 'unreadable')
  );
}
