import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** A task that outran its time limit; its worker was stopped. */
export class DeadlineError extends Error {}

/** A worker that died under a task (out of memory, a crash). */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface PoolOptions {
  /** Time one task may take before its worker is stopped. */
  deadlineMs: number;
  resourceLimits?: ResourceLimits;
}

interface Job {
  input: unknown;
  transfer: readonly Transferable[];
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

/**
 * A fixed number of worker threads running one script, one task each at a
 * time. A task that takes too long or kills its worker rejects alone: the
 * worker is replaced and the other tasks go on.
 */
export class WorkerPool<I, O> {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly options: PoolOptions,
  ) {}

  run(input: I, transfer: readonly Transferable[] = []): Promise<O> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, transfer, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    // A library's console output in a worker goes where the main thread's goes: to --debug only, never to the terminal.
    const w = new Worker(this.script, { resourceLimits: this.options.resourceLimits, stdout: true, stderr: true });
    for (const stream of [w.stdout, w.stderr]) stream.on('data', (chunk: Buffer) => console.error(chunk.toString().trimEnd()));
    w.on('message', (value: unknown) => this.settle(w, true, (job) => job.resolve(value)));
    w.on('error', (e: Error & { code?: string }) => this.settle(w, false, (job) => job.reject(new WorkerFailure(e.message, e.code))));
    w.on('exit', (code) => {
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      this.settle(w, false, (job) => job.reject(new WorkerFailure(`worker exited with code ${code}`)));
    });
    return w;
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length && (this.idle.length || this.busy.size < this.size)) {
      const job = this.queue.shift()!;
      const w = this.idle.pop() ?? this.spawn();
      const timer = setTimeout(() => this.settle(w, false, (j) => j.reject(new DeadlineError(`task exceeded ${this.options.deadlineMs} ms`))), this.options.deadlineMs);
      this.busy.set(w, { job, timer });
      w.postMessage(job.input, job.transfer as Transferable[]);
    }
  }

  /** Ends a worker's task: a worker that answered is reused, any other is stopped and later replaced. */
  private settle(w: Worker, answered: boolean, act: (job: Job) => void): void {
    const current = this.busy.get(w);
    if (!current) return;
    this.busy.delete(w);
    clearTimeout(current.timer);
    if (answered && !this.closed) this.idle.push(w);
    else void w.terminate();
    act(current.job);
    this.dispatch();
  }
}

/** Runs `f` over `items` with at most `limit` at a time; results keep the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, f: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
