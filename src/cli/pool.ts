import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { TaskPool, WorkerFailure } from '../summarize/task-pool';

export { DeadlineError, mapLimited, WorkerFailure } from '../summarize/task-pool';

export interface PoolOptions {
  /** Time one task may take before its worker is stopped. */
  deadlineMs: number;
  resourceLimits?: ResourceLimits;
}

/** The batch's task pool on Node's worker threads, each running `script`. */
export class WorkerPool<I, O> extends TaskPool<I, O> {
  constructor(script: string, size: number, options: PoolOptions) {
    super(
      (events) => {
        // A library's console output in a worker goes where the main thread's goes: to --debug only, never to the terminal.
        const w = new Worker(script, { resourceLimits: options.resourceLimits, stdout: true, stderr: true });
        for (const stream of [w.stdout, w.stderr]) stream.on('data', (chunk: Buffer) => console.error(chunk.toString().trimEnd()));
        w.on('message', (value: unknown) => events.answer(value));
        w.on('error', (e: Error & { code?: string }) => events.fail(new WorkerFailure(e.message, e.code)));
        w.on('exit', (code) => events.fail(new WorkerFailure(`worker exited with code ${code}`)));
        return { post: (input, transfer) => w.postMessage(input, transfer as Transferable[]), terminate: () => w.terminate() };
      },
      size,
      options.deadlineMs,
    );
  }
}
