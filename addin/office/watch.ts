/// <reference types="office-js" />
import { a1, parseA1 } from '../../src/model/cell';
import { MAX_COLS, MAX_ROWS, parseRange, type Rect } from '../../src/model/range';
import { ChangeQueue } from '../change-queue';
import type { Features, OfficeEnv } from './env';

/**
 * Live re-check: listens to worksheet changes, drops the ones our own
 * writes caused, and hands the clerk's edits over in one batch once they
 * have been quiet for a moment (debounce), never two batches at once.
 *
 * Excel before ExcelApi 1.14 cannot say which changes an add-in made
 * (triggerSource), and may raise onChanged for our fills and notes. Rather
 * than dropping events for a while after each write — which would also drop
 * a clerk's quick edit of a marked cell — such a change is read back like
 * any other and ends there, because no value changed.
 */

/** Rows (axis 'row') or columns at `at` onwards, within `span` of the other axis, move by `count`; a negative count deletes. */
export interface Shift {
  axis: 'row' | 'col';
  at: number;
  count: number;
  span: [number, number];
}

export type Change = { sheetId: string; kind: 'edit'; rect: Rect } | { sheetId: string; kind: 'shift'; shift: Shift } | { sheetId: string; kind: 'sheets' };

/** Where a cell goes after a shift; null when it was deleted. */
export function shiftAddress(s: Shift, address: string): string | null {
  const { row, col } = parseA1(address);
  const [along, across] = s.axis === 'row' ? [row, col] : [col, row];
  if (across < s.span[0] || across > s.span[1] || along < s.at) return address;
  if (s.count < 0 && along < s.at - s.count) return null;
  return s.axis === 'row' ? a1(row + s.count, col) : a1(row, col + s.count);
}

/** The change an onChanged event reports. */
export function changeOf(e: Excel.WorksheetChangedEventArgs): Change {
  const rect = parseRange(e.address);
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  const shift = (axis: 'row' | 'col', count: number, span: [number, number]): Change => ({ sheetId: e.worksheetId, kind: 'shift', shift: { axis, at: axis === 'row' ? rect.r1 : rect.c1, count, span } });
  // changeDirectionState (ExcelApi 1.14) says which way inserted or deleted cells pushed the others.
  const dir = (e as { changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string } }).changeDirectionState;
  switch (e.changeType) {
    case 'RowInserted':
      return shift('row', rows, [1, MAX_COLS]);
    case 'RowDeleted':
      return shift('row', -rows, [1, MAX_COLS]);
    case 'ColumnInserted':
      return shift('col', cols, [1, MAX_ROWS]);
    case 'ColumnDeleted':
      return shift('col', -cols, [1, MAX_ROWS]);
    case 'CellInserted':
      return dir?.insertShiftDirection === 'Right' ? shift('col', cols, [rect.r1, rect.r2]) : shift('row', rows, [rect.c1, rect.c2]);
    case 'CellDeleted':
      return dir?.deleteShiftDirection === 'Left' ? shift('col', -cols, [rect.r1, rect.r2]) : shift('row', -rows, [rect.c1, rect.c2]);
    default:
      return { sheetId: e.worksheetId, kind: 'edit', rect };
  }
}

export interface WatchSink {
  /** Our 检查结果 and restore sheets: changes there are ours. */
  ownSheet(sheetId: string): boolean;
  /** Reads the changes back and re-checks; a change that altered no value (a format, our own marks) ends there. */
  apply(changes: Change[]): Promise<void>;
}

export class Watcher {
  private stopped = false;
  private readonly registrations: OfficeExtension.EventHandlerResult<unknown>[] = [];
  private readonly changes: ChangeQueue<Change>;

  constructor(
    private readonly env: OfficeEnv,
    private readonly features: Features,
    private readonly sink: WatchSink,
    debounceMs: number,
  ) {
    this.changes = new ChangeQueue((c) => this.sink.apply(c), debounceMs);
  }

  /** Registers the handlers: one for the whole workbook where Excel has it (1.9), else one per sheet. */
  async start(): Promise<void> {
    await this.env.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const onChanged = (e: Excel.WorksheetChangedEventArgs) => this.onChanged(e);
      if (this.features.workbookEvents) this.registrations.push(sheets.onChanged.add(onChanged) as OfficeExtension.EventHandlerResult<unknown>);
      else {
        sheets.load('items/id');
        await context.sync();
        for (const ws of sheets.items) this.registrations.push(ws.onChanged.add(onChanged) as OfficeExtension.EventHandlerResult<unknown>);
      }
      this.registrations.push(sheets.onAdded.add((e) => this.onSheets(e.worksheetId, true)) as OfficeExtension.EventHandlerResult<unknown>);
      this.registrations.push(sheets.onDeleted.add((e) => this.onSheets(e.worksheetId, false)) as OfficeExtension.EventHandlerResult<unknown>);
      await context.sync();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const done = this.changes.stop();
    const regs = this.registrations.splice(0);
    if (!regs.length) return;
    await this.env.excel.run(regs[0].context, async (context) => {
      for (const r of regs) r.remove();
      await context.sync();
    });
    await done;
  }

  private async onChanged(e: Excel.WorksheetChangedEventArgs): Promise<void> {
    // Our own writes: told apart by triggerSource where Excel has it (1.14); elsewhere the read-back finds no value changed.
    if (this.stopped || e.triggerSource === 'ThisLocalAddin' || this.sink.ownSheet(e.worksheetId)) return;
    this.queue(changeOf(e));
  }

  private async onSheets(sheetId: string, added: boolean): Promise<void> {
    if (this.stopped || this.sink.ownSheet(sheetId)) return;
    // Without workbook-wide events (before 1.9) a new sheet needs its own handler.
    if (added && !this.features.workbookEvents) {
      await this.env.excel.run(async (context) => {
        this.registrations.push(context.workbook.worksheets.getItem(sheetId).onChanged.add((e) => this.onChanged(e)) as OfficeExtension.EventHandlerResult<unknown>);
        await context.sync();
      });
    }
    this.queue({ sheetId, kind: 'sheets' });
  }

  private queue(change: Change): void {
    this.changes.push(change);
  }
}
