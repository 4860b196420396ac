import { formatRange, parseRange, type Rect } from '../../src/model/range';
import { OfficeError } from './errors';
import { jsonBytes } from '../../addin/office/payload';
import { RequestContext, type Core, type Registration } from './proxies';
import { DocWorkbook, type DocSheet, type Scalar } from './state';

/**
 * An Excel that add-in code can run against in Node and in a browser page:
 * `double.Excel` and `double.Office` stand in for the globals office.js
 * provides. It keeps Office.js' costs visible — every sync is counted and
 * weighed, requests and responses past 5 MB and reads past 5,000,000 cells
 * fail as Excel fails them — and it raises onChanged when a test edits a
 * cell as a user would (`double.user`). No Node API is used here, so the
 * pane's Office-mode page can bundle it.
 */

export interface HostProfile {
  /** Shown in test names. */
  label: string;
  /** Highest ExcelApi 1.x minor version supported. */
  excelApi: number;
  /** Highest DialogApi 1.x minor version (0: none). */
  dialogApi: number;
  platform: 'PC' | 'Mac' | 'OfficeOnline';
}

/** Excel versions as the add-in meets them (the manifest asks for ExcelApi 1.7). */
export const HOSTS = {
  /** The floor the manifest accepts: no RangeAreas, comments or notes. */
  minimum: { label: 'ExcelApi 1.7', excelApi: 7, dialogApi: 1, platform: 'PC' },
  /** Office 2019 (perpetual) stops at 1.8. */
  excel2019: { label: 'Excel 2019', excelApi: 8, dialogApi: 1, platform: 'PC' },
  /** Office LTSC 2021 / volume licensed: comments (1.10) but no notes (1.18). */
  ltsc2021: { label: 'Excel LTSC 2021', excelApi: 14, dialogApi: 2, platform: 'PC' },
  /** Microsoft 365 and Excel on the web: everything, notes included. */
  m365: { label: 'Microsoft 365', excelApi: 18, dialogApi: 2, platform: 'PC' },
  mac: { label: 'Excel for Mac (Microsoft 365)', excelApi: 18, dialogApi: 2, platform: 'Mac' },
} satisfies Record<string, HostProfile>;

export interface DoubleOptions {
  host?: HostProfile;
  /** Bytes per request and per response (Excel: 5 MB). */
  payloadLimit?: number;
  /** Cells one read may return (Excel: 5,000,000). */
  cellLimit?: number;
  /** Whether format changes (fills, notes, number formats) also raise onChanged; Excel's behaviour varies, so the default is the harder case. */
  formatEvents?: boolean;
  /** Turns .xlsx bytes into a document, for insertWorksheetsFromBase64 (see xlsx.ts). */
  loadXlsx?: (bytes: Uint8Array) => Promise<DocWorkbook>;
}

export interface SyncStats {
  syncs: number;
  /** Syncs Excel refused (a limit passed, an API missing…). */
  failed: number;
  /** Request bytes of each sync, in order. */
  requests: number[];
  responses: number[];
}

export interface ChangedEvent {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType: 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';
  source: 'Local';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

interface Dialog {
  url: string;
  closed: boolean;
  /** Messages the pane sent to the dialog (messageChild). */
  toChild: string[];
  /** Simulates the dialog page calling Office.context.ui.messageParent. */
  fromChild(message: string): void;
}

export class ExcelDouble implements Core {
  readonly doc: DocWorkbook;
  readonly host: HostProfile;
  readonly payloadLimit: number;
  readonly cellLimit: number;
  readonly stats: SyncStats = { syncs: 0, failed: 0, requests: [], responses: [] };
  /** Errors thrown by event handlers (a test asserts there are none). */
  readonly handlerErrors: unknown[] = [];
  readonly dialogs: Dialog[] = [];
  /** Pages handed to the default browser (Office.context.ui.openBrowserWindow). */
  readonly browserWindows: string[] = [];
  /** Events raised so far (for tests). */
  readonly events: ChangedEvent[] = [];
  readonly loadXlsx?: (bytes: Uint8Array) => Promise<DocWorkbook>;
  private readonly formatEvents: boolean;
  private handlers: Registration[] = [];
  private pending: { sheet: DocSheet; rect: Rect; kind: 'value' | 'format' }[] = [];
  private pendingSheets: { kind: 'added' | 'deleted'; sheet: DocSheet }[] = [];
  private inFlight = 0;
  private idle: (() => void)[] = [];

  constructor(doc: DocWorkbook = new DocWorkbook(), options: DoubleOptions = {}) {
    this.doc = doc;
    this.host = options.host ?? HOSTS.m365;
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.cellLimit = options.cellLimit ?? 5_000_000;
    this.formatEvents = options.formatEvents ?? true;
    this.loadXlsx = options.loadXlsx;
    this.Office = this.makeOffice();
    if (!doc.activeSheetId) doc.activeSheetId = doc.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  }

  supports(minor: number): boolean {
    return minor <= this.host.excelApi;
  }

  nextId(prefix: string): string {
    return this.doc.newId(prefix);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.failed = 0;
    this.stats.requests.length = 0;
    this.stats.responses.length = 0;
  }

  get maxRequest(): number {
    return Math.max(0, ...this.stats.requests);
  }

  get maxResponse(): number {
    return Math.max(0, ...this.stats.responses);
  }

  // ------------------------------------------------------------ sync

  async sync(ctx: RequestContext): Promise<void> {
    const ops = ctx._queue;
    ctx._queue = [];
    this.stats.syncs++;
    this.inFlight++;
    let ok = false;
    try {
      const paths = new Set<string>();
      let request = 64;
      for (const op of ops) {
        request += op.bytes;
        if (op.proxy && !paths.has(op.proxy._path)) {
          paths.add(op.proxy._path);
          request += jsonBytes(op.proxy._path);
        }
      }
      this.stats.requests.push(request);
      if (request > this.payloadLimit) throw new OfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${request} bytes) has exceeded the limit.`);
      let response = 64;
      const done: typeof ops = [];
      try {
        for (const op of ops) {
          const r = op.run();
          const bytes = r instanceof Promise ? await r : r;
          response += bytes || 0;
          if (response > this.payloadLimit) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit.`);
          done.push(op);
        }
      } finally {
        this.stats.responses.push(response);
        this.deliver('ThisLocalAddin');
      }
      for (const op of done) op.commit?.();
      ok = true;
    } finally {
      if (!ok) this.stats.failed++;
      this.inFlight--;
      if (!this.inFlight) for (const f of this.idle.splice(0)) f();
    }
  }

  // ------------------------------------------------------------ events

  changed(sheet: DocSheet, rect: Rect, kind: 'value' | 'format'): void {
    this.pending.push({ sheet, rect, kind });
  }

  sheetAdded(sheet: DocSheet): void {
    this.pendingSheets.push({ kind: 'added', sheet });
  }

  sheetDeleted(sheet: DocSheet): void {
    this.pendingSheets.push({ kind: 'deleted', sheet });
  }

  addHandler(reg: Registration): void {
    this.handlers.push(reg);
  }

  removeHandler(reg: Registration): void {
    this.handlers = this.handlers.filter((h) => h !== reg);
  }

  get handlerCount(): number {
    return this.handlers.length;
  }

  /** Raises the changes collected since the last delivery, after the current task (as Excel does). */
  private deliver(trigger: 'ThisLocalAddin' | 'Unknown', changeType: ChangedEvent['changeType'] = 'RangeEdited'): void {
    const changes = this.pending.splice(0).filter((c) => c.kind === 'value' || this.formatEvents);
    const sheets = this.pendingSheets.splice(0);
    const calls: [Registration, unknown][] = [];
    for (const { kind, sheet } of sheets) {
      const args = { type: kind === 'added' ? 'WorksheetAdded' : 'WorksheetDeleted', worksheetId: sheet.id, source: 'Local' };
      for (const h of this.handlers) if (h.kind === kind) calls.push([h, args]);
    }
    // One event per change, as Excel raises them.
    for (const { sheet, rect } of changes) {
      const event: ChangedEvent = { type: 'WorksheetChanged', worksheetId: sheet.id, address: rowsOrColumns(rect, changeType), changeType, source: 'Local' };
      if (this.supports(14)) event.triggerSource = trigger;
      this.events.push(event);
      for (const h of this.handlers) if (h.kind === 'changed' || (h.kind === 'sheetChanged' && h.sheetId === sheet.id)) calls.push([h, event]);
    }
    if (!calls.length) return;
    setTimeout(() => {
      for (const [h, args] of calls) {
        try {
          const r = h.handler(args);
          if (r instanceof Promise) r.catch((e) => this.handlerErrors.push(e));
        } catch (e) {
          this.handlerErrors.push(e);
        }
      }
    }, 0);
  }

  /** Resolves once no sync is running (tests wait for a live re-check to finish). */
  whenIdle(): Promise<void> {
    return this.inFlight ? new Promise((r) => this.idle.push(r)) : Promise.resolve();
  }

  // ------------------------------------------------------------ what a user does

  readonly user = {
    /** Types values into a range (like typing or pasting): "=…" becomes a formula, a numeric string a number. */
    edit: (sheet: string, address: string, values: Scalar | null | (Scalar | null)[][]): void => {
      const s = this.mustSheet(sheet);
      const rect = parseRange(address);
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) s.write(r, c, Array.isArray(values) ? values[r - rect.r1][c - rect.c1] : values);
      }
      this.pending.push({ sheet: s, rect, kind: 'value' });
      this.deliver('Unknown');
    },
    /** Puts exact content (a formula with its result, an error) into one cell. */
    put: (sheet: string, address: string, content: { value?: Scalar | null; formula?: string; error?: string; numFmt?: string }): void => {
      const s = this.mustSheet(sheet);
      const rect = parseRange(address);
      s.put(rect.r1, rect.c1, content);
      this.pending.push({ sheet: s, rect, kind: 'value' });
      this.deliver('Unknown');
    },
    /** Inserts (count > 0) or deletes (count < 0) whole rows starting at `row`. */
    shiftRows: (sheet: string, row: number, count: number): void => {
      const s = this.mustSheet(sheet);
      s.shiftRows(row, count);
      const rect = { r1: row, c1: 1, r2: row + Math.abs(count) - 1, c2: 16384 };
      this.pending.push({ sheet: s, rect, kind: 'value' });
      this.deliver('Unknown', count > 0 ? 'RowInserted' : 'RowDeleted');
    },
  };

  private mustSheet(name: string): DocSheet {
    const s = this.doc.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  // ------------------------------------------------------------ the globals

  private async run<R>(a: unknown, b: unknown): Promise<R> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: RequestContext) => Promise<R>;
    // Excel.run(object, batch) continues the request context of an object or event registration.
    const given = typeof a === 'function' ? null : (a as { context?: RequestContext } | RequestContext);
    const ctx = given instanceof RequestContext ? given : given?.context instanceof RequestContext ? given.context : new RequestContext(this);
    const result = await batch(ctx);
    if (ctx._queue.length) await ctx.sync();
    return result;
  }

  /** Stands in for the `Excel` global. */
  readonly Excel = {
    run: ((a: unknown, b?: unknown) => this.run(a, b)) as {
      <R>(batch: (ctx: RequestContext) => Promise<R>): Promise<R>;
      <R>(object: unknown, batch: (ctx: RequestContext) => Promise<R>): Promise<R>;
    },
    RequestContext: class {
      constructor() {
        throw new Error('use Excel.run');
      }
    },
    ErrorCodes: { itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', apiNotFound: 'ApiNotFound', itemAlreadyExists: 'ItemAlreadyExists' },
    EventTriggerSource: { thisLocalAddin: 'ThisLocalAddin', unknown: 'Unknown' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  };

  /** Stands in for the `Office` global. */
  readonly Office: ReturnType<ExcelDouble['makeOffice']>;

  private makeOffice() {
    return {
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: this.host.platform };
        cb?.(info);
        return Promise.resolve(info);
      },
      context: {
        platform: this.host.platform,
        diagnostics: { host: 'Excel', platform: this.host.platform, version: '16.0' },
        requirements: {
          isSetSupported: (name: string, version?: string): boolean => {
            const minor = version ? Number(String(version).split('.')[1] ?? 0) : 1;
            if (name === 'ExcelApi') return minor <= this.host.excelApi;
            if (name === 'DialogApi') return this.host.dialogApi > 0 && minor <= this.host.dialogApi;
            // Windows and Mac have it; Excel on the web does not.
            if (name === 'OpenBrowserWindowApi') return this.host.platform !== 'OfficeOnline' && minor <= 1;
            return false;
          },
        },
        ui: {
          openBrowserWindow: (url: string) => {
            if (!/^https?:\/\//.test(url)) throw new Error('openBrowserWindow takes a full http(s) URL');
            this.browserWindows.push(url);
          },
          displayDialogAsync: (url: string, _options: unknown, callback?: (r: unknown) => void) => {
            const handlers = new Map<string, (arg: unknown) => void>();
            const record: Dialog = {
              url,
              closed: false,
              toChild: [],
              fromChild: (message: string) => handlers.get('dialogMessageReceived')?.({ message, origin: 'self' }),
            };
            this.dialogs.push(record);
            const dialog = {
              addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
              messageChild: (m: string) => {
                if (this.host.dialogApi < 2) throw new Error('messageChild needs DialogApi 1.2');
                record.toChild.push(m);
              },
              close: () => (record.closed = true),
            };
            setTimeout(() => callback?.({ status: 'succeeded', value: dialog }), 0);
          },
        },
      },
    };
  }
}

/** Row and column events carry whole-row or whole-column addresses, as Excel's do. */
function rowsOrColumns(r: Rect, changeType: ChangedEvent['changeType']): string {
  if (changeType === 'RowInserted' || changeType === 'RowDeleted') return `${r.r1}:${r.r2}`;
  return formatRange(r);
}
