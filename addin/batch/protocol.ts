import type { SummaryKind } from '../../src/forms/summaries';
import type { InputError } from '../../src/read/input-error';
import type { ArchiveEntry } from '../../src/summarize/archive';
import type { Batch, SkippedFile } from '../../src/summarize/batch';
import type { Submission } from '../../src/summarize/submission';

/** The files an office's batch hands out, as `beian summarize` writes them: -o, --xlsx and --json. */
export type BatchOutput = 'word' | 'xlsx' | 'json';

/**
 * What the batch page asks one of its Web Workers (addin/batch/worker.ts).
 * Files travel as Blobs (a File is a handle: nothing is copied until the
 * worker reads it); dates as epoch milliseconds.
 */
export type BatchTask =
  /** List a .zip of submissions. */
  | { type: 'list'; archive: Blob; shown: string }
  /** Read and check one received file, or one entry of an archive. */
  | { type: 'check'; file: string; source: Blob; entry?: ArchiveEntry; asOf: number }
  /** The checked files as one batch: duplicates resolved, cross-workbook rules run. */
  | { type: 'compile'; submissions: Submission[]; asOf: number; skipped: SkippedFile[] }
  /** One output of a compiled batch; `links` maps a file to the received path it is in. */
  | { type: 'output'; batch: Batch; what: BatchOutput; kind: SummaryKind; maskIds: boolean; links: Record<string, string>; base: string };

/** A worker's answer; a failure carries the InputError's reason when it was one (the file's fault, not beian's). */
export type BatchAnswer = { ok: true; value: unknown } | { ok: false; message: string; reason?: InputError['reason'] };
