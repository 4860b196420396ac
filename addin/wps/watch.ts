import type { Rect } from '../../src/model/range';
import type { EtApplication, EtRange, EtWorksheet } from './et';
import { rectOf } from './read';

/**
 * Live re-check in WPS: the application's SheetChange event (through
 * Application.ApiEvent, as WPS add-ins receive events) gives the sheet and
 * the changed range; changes on our own sheets are dropped, the clerk's are
 * handed over in one batch once they have been quiet for a moment, never
 * two batches at once. Fills and notes do not raise SheetChange, so our
 * marks cause no re-check; our writes to our own sheets are dropped by name.
 */

export interface SheetChange {
  sheet: string;
  rect: Rect;
}

export class SheetWatcher {
  private pending: SheetChange[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly handler = (sh: unknown, target: unknown) => this.onChange(sh as EtWorksheet, target as EtRange);

  constructor(
    private readonly app: EtApplication,
    private readonly ours: (sheet: string) => boolean,
    private readonly apply: (changes: SheetChange[]) => Promise<void>,
    private readonly debounceMs: number,
  ) {}

  start(): void {
    this.app.ApiEvent!.AddApiEventListener('SheetChange', this.handler);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.app.ApiEvent!.RemoveApiEventListener('SheetChange', this.handler);
  }

  private onChange(sh: EtWorksheet, target: EtRange): void {
    if (this.stopped) return;
    const sheet = sh.Name;
    if (this.ours(sheet)) return;
    this.pending.push({ sheet, rect: rectOf(target) });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
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
