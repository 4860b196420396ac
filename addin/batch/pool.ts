import { DEADLINE_REASON, FILE_DEADLINE_MS, INTERNAL_REASON, OUT_OF_MEMORY_REASON } from '../../src/summarize/failures';
import { DeadlineError, TaskPool, WorkerFailure } from '../../src/summarize/task-pool';
import type { BatchAnswer, BatchTask } from './protocol';

/**
 * Workers for a machine with `cores` logical processors: one fewer, as
 * `beian summarize` starts (the page's own thread and the browser's
 * compiler and collector threads take the last one: a second worker on two
 * cores made the batch slower), at least one, at most four.
 */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min((cores || 2) - 1, 4));
}

/** Chromium ends a worker that runs out of memory without a message. */
const CRASHED = 'crashed';

/** The batch's task pool on Web Workers, each started by `spawn`, with the CLI's time limit per file. */
export class WebWorkerPool extends TaskPool<BatchTask, BatchAnswer> {
  constructor(spawn: () => Worker, size: number) {
    super(
      (events) => {
        const w = spawn();
        w.onmessage = (e: MessageEvent<BatchAnswer>) => events.answer(e.data);
        w.onerror = (e) => {
          e.preventDefault();
          events.fail(e.message ? new WorkerFailure(e.message) : new WorkerFailure('', CRASHED));
        };
        return { post: (input, transfer) => w.postMessage(input, transfer as Transferable[]), terminate: () => w.terminate() };
      },
      size,
      FILE_DEADLINE_MS,
    );
  }
}

/** One Chinese line for a file whose worker could not finish, in the CLI's words. */
function workerFailureReason(e: unknown): string {
  if (e instanceof DeadlineError) return DEADLINE_REASON;
  if (e instanceof WorkerFailure && e.code === CRASHED) return OUT_OF_MEMORY_REASON;
  return INTERNAL_REASON;
}

/**
 * Runs a task for one received file: its value, or why the file could not be read, as
 * one Chinese line (the file's own fault as the reader put it, a stopped
 * worker or a fault of beian named as the CLI names them).
 */
export async function forFile<T>(pool: WebWorkerPool, task: BatchTask, transfer: Transferable[] = []): Promise<{ value: T } | { reason: string }> {
  let a: BatchAnswer;
  try {
    a = await pool.run(task, transfer);
  } catch (e) {
    return { reason: workerFailureReason(e) };
  }
  if (a.ok) return { value: a.value as T };
  return { reason: a.reason ? a.message : INTERNAL_REASON };
}

/** Runs a task for the whole batch: its value, or an Error whose message is one Chinese line. */
export async function request<T>(pool: WebWorkerPool, task: BatchTask): Promise<T> {
  const r = await forFile<T>(pool, task);
  if ('reason' in r) throw new Error(r.reason);
  return r.value;
}
