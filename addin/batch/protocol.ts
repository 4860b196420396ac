import type { SummaryKind } from '../../src/forms/summaries';
import type { InputError } from '../../src/read/input-error';
import type { ArchiveEntry } from '../../src/summarize/archive';
import type { Batch } from '../../src/summarize/batch';
import type { ComparisonSources } from '../../src/summarize/comparisons';

/** The files an office's batch hands out, as `beian summarize` writes them: -o, --xlsx, --json and --follow-up. */
export type BatchOutput = 'word' | 'xlsx' | 'json' | 'followUp';

/**
 * What the batch page asks one of its Web Workers (addin/batch/worker.ts).
 * A received workbook travels as its bytes, moved, not copied; an archive
 * as a Blob (a File is a handle: nothing is copied until the worker reads
 * the entry it needs); dates as epoch milliseconds.
 */
export type BatchTask =
  /** List a .zip of submissions. */
  | { type: 'list'; archive: Blob; shown: string }
  /** Check one received file, read by the page, or read and check one entry of an archive. */
  | { type: 'check'; file: string; from: { bytes: Uint8Array } | { archive: Blob; entry: ArchiveEntry }; asOf: number }
  /** What the batch is compared with: the register of filed organisations and the earlier batch's JSON, read. */
  | { type: 'sources'; register?: Blob; previous?: Blob }
  /** One output of a compiled batch; `links` maps a file to the received path it is in. */
  | { type: 'output'; batch: Batch; what: BatchOutput; kind: SummaryKind; maskIds: boolean; links: Record<string, string>; base: string };

/** What the batch is compared with, read; or why a picked file cannot serve, as one Chinese line. */
export type SourcesAnswer = { sources: ComparisonSources } | { refused: string };

/** A worker's answer; a failure carries the InputError's reason when it was one (the file's fault, not beian's). */
export type BatchAnswer = { ok: true; value: unknown } | { ok: false; message: string; reason?: InputError['reason'] };
