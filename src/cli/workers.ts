import * as os from 'node:os';
import * as path from 'node:path';
import { fromPlain, type PlainWorkbook } from '../model/transfer';
import type { Workbook } from '../model/workbook';
import { InputError } from '../read/input-error';
import { DEADLINE_REASON, FILE_DEADLINE_MS, INTERNAL_REASON, OUT_OF_MEMORY_REASON } from '../summarize/failures';
import type { Submission } from '../summarize/submission';
import type { WorkerAnswer, WorkerTask } from './workbook-worker';
import type { InboxEntry } from './inbox';
import { describeFailure } from './io';
import { DeadlineError, mapLimited, WorkerFailure, WorkerPool } from './pool';

/**
 * Workers run the compiled core: dist/cli/workbook-worker.js seen from dist/cli
 * and from src/cli alike (under ts-jest; `npm test` builds dist first).
 */
const WORKER = path.resolve(__dirname, '..', '..', 'dist', 'cli', 'workbook-worker.js');

/**
 * A worker's heap: ample for the 200 MB file limit, and a hostile file that
 * would need more is stopped, not the machine. Twice V8's default young
 * generation lets a workbook's short-lived objects die young: about a
 * quarter less CPU per workbook, GC threads included (scripts/bench/office.js).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64 };

/**
 * One core's worth is left to the main thread and V8's compiler and
 * collector threads, which run beside every worker: on two cores one
 * worker already keeps both busy, and a second adds its own start-up,
 * compiling and collecting for no gain (docs/performance.md).
 */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

function pool(jobs: number): WorkerPool<WorkerTask, WorkerAnswer> {
  return new WorkerPool<WorkerTask, WorkerAnswer>(WORKER, jobs, { deadlineMs: FILE_DEADLINE_MS, resourceLimits: RESOURCE_LIMITS });
}

/**
 * A buffer of its own, so that handing it to a worker moves it instead of
 * copying. A view (a pooled read, a stored entry of an archive) is copied by
 * the constructor: a Node Buffer's slice() would be another view, and moving
 * it would take the whole archive away from the entries still to read.
 */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** One Chinese line for a worker that could not finish. */
function workerFailureReason(e: unknown): string {
  if (e instanceof DeadlineError) return DEADLINE_REASON;
  if (e instanceof WorkerFailure && e.code === 'ERR_WORKER_OUT_OF_MEMORY') return OUT_OF_MEMORY_REASON;
  return INTERNAL_REASON;
}

export interface InboxOptions {
  jobs: number;
  asOf: Date;
  holidays?: unknown;
  /** Called as each file is done, in completion order. */
  onDone?: (entry: InboxEntry) => void;
}

/**
 * Checks every received file on `jobs` worker threads. Results keep the
 * inbox's order whatever the number of workers, and one file that fails
 * in any way becomes one unreadable entry, never the end of the batch.
 */
export async function checkInbox(entries: readonly InboxEntry[], opts: InboxOptions): Promise<Submission[]> {
  const workers = pool(opts.jobs);
  const one = async (entry: InboxEntry): Promise<Submission> => {
    if (!entry.load) return { file: entry.file, status: 'unreadable', reason: entry.reason ?? '' };
    let bytes: Uint8Array;
    try {
      bytes = movable(await entry.load());
    } catch (e) {
      return { file: entry.file, status: 'unreadable', reason: describeFailure(e) };
    }
    try {
      const a = await workers.run({ type: 'check', file: entry.file, bytes, asOf: opts.asOf.getTime(), holidays: opts.holidays }, [bytes.buffer as ArrayBuffer]);
      return a.ok ? (a.value as Submission) : { file: entry.file, status: 'unreadable', reason: INTERNAL_REASON };
    } catch (e) {
      return { file: entry.file, status: 'unreadable', reason: workerFailureReason(e) };
    }
  };
  try {
    return await mapLimited(entries, opts.jobs, async (entry) => {
      const s = await one(entry);
      opts.onDone?.(entry);
      return s;
    });
  } finally {
    await workers.close();
  }
}

/**
 * Reads an .xls or .ods in a worker thread under the file time limit: the
 * third-party reader behind them is stopped if a file makes it loop.
 */
export async function readInWorker(bytes: Uint8Array): Promise<Workbook> {
  const worker = pool(1);
  // The caller keeps its bytes; the worker gets a copy to own.
  const own = new Uint8Array(bytes);
  try {
    const a = await worker.run({ type: 'read', bytes: own }, [own.buffer as ArrayBuffer]).catch((e: unknown) => {
      throw new InputError(workerFailureReason(e), 'corrupt', (e as Error)?.message);
    });
    if (!a.ok) throw a.reason ? new InputError(a.message, a.reason) : new Error(a.message);
    return fromPlain(a.value as PlainWorkbook);
  } finally {
    await worker.close();
  }
}
