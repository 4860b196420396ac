/**
 * The live re-check's pacing, shared by the Excel and WPS watchers: changes
 * are collected until they have been quiet for a moment (debounce), then
 * handed over in one batch, never two batches at once; changes that arrive
 * during a batch go as the next one.
 */
export class ChangeQueue<T> {
  private pending: T[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly apply: (changes: T[]) => Promise<void>,
    private readonly debounceMs: number,
  ) {}

  push(change: T): void {
    if (this.stopped) return;
    this.pending.push(change);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Drops what is waiting; resolves once a batch under way has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async flush(): Promise<void> {
    this.timer = null;
    if (this.running) {
      await this.running;
      if (!this.timer && this.pending.length) this.timer = setTimeout(() => void this.flush(), 0);
      return;
    }
    const changes = this.pending.splice(0);
    if (!changes.length || this.stopped) return;
    this.running = this.apply(changes).finally(() => (this.running = null));
    await this.running;
  }
}
