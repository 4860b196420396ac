import type { Rect } from '../../src/model/range';
import type { EtApplication, EtRange, EtWorksheet } from './et';
import { ChangeQueue } from '../change-queue';
import { rectOf } from './read';

/**
 * Live re-check in WPS: the application's SheetChange event (through
 * Application.ApiEvent, as WPS add-ins receive events) gives the sheet and
 * the changed range; changes on our own sheets are dropped, the clerk's are
 * paced by the same queue as Excel's (addin/change-queue.ts). Fills and notes do not raise SheetChange, so our
 * marks cause no re-check; our writes to our own sheets are dropped by name.
 */

export interface SheetChange {
  sheet: string;
  rect: Rect;
}

export class SheetWatcher {
  private stopped = false;
  private readonly changes: ChangeQueue<SheetChange>;
  private readonly handler = (sh: unknown, target: unknown) => this.onChange(sh as EtWorksheet, target as EtRange);

  constructor(
    private readonly app: EtApplication,
    private readonly ours: (sheet: string) => boolean,
    apply: (changes: SheetChange[]) => Promise<void>,
    debounceMs: number,
  ) {
    this.changes = new ChangeQueue(apply, debounceMs);
  }

  start(): void {
    this.app.ApiEvent!.AddApiEventListener('SheetChange', this.handler);
  }

  stop(): void {
    this.stopped = true;
    void this.changes.stop();
    this.app.ApiEvent!.RemoveApiEventListener('SheetChange', this.handler);
  }

  private onChange(sh: EtWorksheet, target: EtRange): void {
    if (this.stopped) return;
    const sheet = sh.Name;
    if (this.ours(sheet)) return;
    this.changes.push({ sheet, rect: rectOf(target) });
  }
}
