import type { Progress } from '../../host';

/** How often the bar is redrawn at most while a task reports. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Progress as the pane draws it: a task may report hundreds of steps a
 * second (a batch reports every file), and redrawing the pane for each
 * took the page's main thread from the workers it waits on. The first
 * report and any that ends or starts the part 取消 cannot stop are drawn
 * at once; others at most every `interval` ms, always the latest. `stop`
 * drops a report still waiting, once the task is over.
 */
export function pacedProgress(draw: (p: Progress) => void, interval = PROGRESS_INTERVAL_MS, now: () => number = () => Date.now()) {
  let drawnAt = -Infinity;
  let drawnCommitting: boolean | undefined;
  let waiting: Progress | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (!waiting) return;
    const p = waiting;
    waiting = null;
    drawnAt = now();
    drawnCommitting = p.committing;
    draw(p);
  };
  return {
    report(p: Progress): void {
      waiting = p;
      if (Boolean(p.committing) !== Boolean(drawnCommitting) || now() - drawnAt >= interval) {
        if (timer) clearTimeout(timer);
        flush();
      } else timer ??= setTimeout(flush, interval - (now() - drawnAt));
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
