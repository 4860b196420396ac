import type { Progress } from '../../host';

/** How often the bar is redrawn at most while a task reports. */
const INTERVAL_MS = 100;

/**
 * Progress as the pane draws it: a task may report hundreds of steps a
 * second (a batch reports every file), and redrawing the pane for each
 * took the page's main thread from the workers it waits on. The first
 * report and any that ends or starts the part 取消 cannot stop are drawn
 * at once; others at most every 100 ms, always the latest. After `stop`,
 * once the task is over, nothing more is drawn: neither a report still
 * waiting nor a late one.
 */
export function pacedProgress(draw: (p: Progress) => void) {
  let drawnAt = -Infinity;
  let drawnCommitting = false;
  let waiting: Progress | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const flush = () => {
    timer = null;
    if (!waiting) return;
    const p = waiting;
    waiting = null;
    drawnAt = Date.now();
    drawnCommitting = Boolean(p.committing);
    draw(p);
  };
  return {
    report(p: Progress): void {
      if (stopped) return;
      waiting = p;
      if (Boolean(p.committing) !== drawnCommitting || Date.now() - drawnAt >= INTERVAL_MS) {
        if (timer) clearTimeout(timer);
        flush();
      } else timer ??= setTimeout(flush, INTERVAL_MS - (Date.now() - drawnAt));
    },
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
