/** A task that outran its time limit; its worker was stopped. */
export class DeadlineError extends Error {}

/** A worker that died under a task (out of memory, a crash), or answered with a failure. */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** One worker as the pool drives it, whatever runs it: Node's worker threads (the CLI) or a browser's Web Workers (the web page). */
export interface PoolWorker {
  post(input: unknown, transfer: readonly unknown[]): void;
  terminate(): unknown;
}

/** What a host's worker reports to the pool: its answer to the current task, or that it died. */
export interface PoolEvents {
  answer(value: unknown): void;
  fail(e: WorkerFailure): void;
}

interface Job {
  input: unknown;
  transfer: readonly unknown[];
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

/**
 * A fixed number of workers, one task each at a time. A task that takes too
 * long or kills its worker rejects alone: the worker is replaced and the
 * other tasks go on. Hosts give the pool a way to start a worker.
 */
export class TaskPool<I, O> {
  private readonly idle: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<PoolWorker, { job: Job; timer: ReturnType<typeof setTimeout> }>();
  private closed = false;

  constructor(
    private readonly spawn: (events: PoolEvents) => PoolWorker,
    private readonly size: number,
    private readonly deadlineMs: number,
  ) {}

  run(input: I, transfer: readonly unknown[] = []): Promise<O> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, transfer, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Starts every worker now, so that their start-up is over before the first task comes. */
  warm(): void {
    while (!this.closed && this.idle.length + this.busy.size < this.size) this.idle.push(this.start());
  }

  /** Stops every worker; tasks still queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((w) => w.terminate()));
  }

  private start(): PoolWorker {
    const w: PoolWorker = this.spawn({
      answer: (value) => this.settle(w, true, (job) => job.resolve(value)),
      fail: (e) => {
        const i = this.idle.indexOf(w);
        if (i >= 0) this.idle.splice(i, 1);
        this.settle(w, false, (job) => job.reject(e));
      },
    });
    return w;
  }

  private dispatch(): void {
    while (!this.closed && this.queue.length && (this.idle.length || this.busy.size < this.size)) {
      const job = this.queue.shift()!;
      const w = this.idle.pop() ?? this.start();
      const timer = setTimeout(() => this.settle(w, false, (j) => j.reject(new DeadlineError(`task exceeded ${this.deadlineMs} ms`))), this.deadlineMs);
      this.busy.set(w, { job, timer });
      w.post(job.input, job.transfer);
    }
  }

  /** Ends a worker's task: a worker that answered is reused, any other is stopped and later replaced. */
  private settle(w: PoolWorker, answered: boolean, act: (job: Job) => void): void {
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
