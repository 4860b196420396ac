/// <reference types="office-js" />
import { diffMarks, marksByKey, planMarks, type MarkPlan } from '../../src/annotate/mark-plan';
import { checkBook, CheckSetupError, parseBusiness, type CheckResult } from '../../src/check';
import { parseA1 } from '../../src/model/cell';
import type { Rect } from '../../src/model/range';
import type { RecognisedWorkbook } from '../../src/model/table';
import { Workbook } from '../../src/model/workbook';
import { recogniseFiling } from '../../src/open';
import { InputError } from '../../src/read/input-error';
import type { BusinessType } from '../../src/model/schema';
import { parseProfile, type ProfileId } from '../../src/profiles/profiles';
import { recognise, kindBySheetName } from '../../src/recognise/recognise';
import type { CheckRequest, CheckView, Defaults, InsertResult, OfficeHost, OutputFile, Progress } from '../host';
import { Batch } from './request-budget';
import { updateSheet, type BlockData } from './cells';
import { detectFeatures, globalEnv, type Features, type OfficeEnv } from './env';
import { buildDocuments } from './documents';
import { applyMarks, restoreAll } from './marks';
import { readSheets, scanWorkbook, type SheetScan } from './read';
import { createResultSheet, writeResultRows } from './result-sheet';
import { clickDownload, dataUri, DIALOG_PAGE, needsDialog, saveViaDialog } from './save';
import { RestoreStore, STORE_SHEET } from './store';
import { insertTemplate } from './template';
import { shiftAddress, Watcher, type Change, type Shift } from './watch';

/**
 * OfficeHost on the open workbook: the task pane's whole view of Excel.
 * Every call is one Excel.run; the last check's model stays in memory so
 * that a live re-check reads only what changed.
 */

export interface OfficeHostOptions {
  env?: OfficeEnv;
  /** Quiet time before a live re-check, ms. */
  debounceMs?: number;
  /** The check's "today" (tests pin it). */
  today?: () => Date;
  /** A form's Word template (default: templates/<id>.docx beside the pane). */
  fetchTemplate?: (formId: string) => Promise<Uint8Array>;
  /** The pane's page (tests pass a stand-in). */
  document?: Document;
}

/** Edits over more cells than this re-read their whole sheet instead. */
const LIVE_CELLS = 50_000;

interface Live {
  req: CheckRequest;
  file: string;
  workbook: Workbook;
  /** Worksheet id → name, for events. */
  ids: Map<string, string>;
  book: RecognisedWorkbook;
  result: CheckResult;
  plan: MarkPlan;
  store: RestoreStore;
}

/** Thrown with a message the pane can show as it is. */
export class OfficeHostError extends Error {}

function excelError(e: unknown): Error {
  if (e instanceof InputError || e instanceof OfficeHostError || e instanceof CheckSetupError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  return new OfficeHostError(`Excel 未能完成操作${code ? `（${code}）` : ''}，请稍后重试；如工作簿正处于单元格编辑状态，请先按 Enter 结束编辑`);
}

export class ExcelHost implements OfficeHost {
  readonly mode = 'office' as const;
  readonly features: Readonly<Features>;
  private readonly env: OfficeEnv;
  private live: Live | null = null;
  private watcher: Watcher | null = null;
  private views: ((v: CheckView) => void)[] = [];
  private errors: ((message: string) => void)[] = [];
  /** Ids of every 检查结果 and store sheet we made or removed: their added/deleted events are ours. */
  private readonly ownIds = new Set<string>();
  /** One Excel.run at a time: a click on 检查工作簿 waits for a live re-check to finish, and the other way round. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: OfficeHostOptions = {}) {
    this.env = opts.env ?? globalEnv();
    this.features = detectFeatures(this.env.office);
  }

  private run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.env.excel.run(f)).catch((e: unknown) => {
      throw excelError(e);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private fileName(): string {
    const url = (this.env.office.context as { document?: { url?: string } }).document?.url ?? '';
    return url.split(/[\\/]/).pop() || '当前工作簿';
  }

  async readDefaults(): Promise<Defaults> {
    return this.run(async (ctx) => {
      const scans = await scanWorkbook(ctx, this.features);
      // 机构信息 by its name, else the small sheets (a key–value sheet is short): never the big rosters.
      let picked = scans.filter((s) => kindBySheetName(s.name)?.layout === 'kv');
      if (!picked.length) picked = scans.filter((s) => s.name !== STORE_SHEET && s.used && s.used.r2 <= 200);
      const wb = new Workbook();
      wb.sheets.push(...(await readSheets(ctx, picked)));
      const org = recognise(wb).org;
      return { profile: org ? (parseProfile(org.text('profile'))?.id ?? null) : null, business: org ? (parseBusiness(org.text('business')) ?? null) : null };
    });
  }

  async checkAndMark(req: CheckRequest, onProgress: (p: Progress) => void): Promise<CheckView> {
    return this.run(async (ctx) => {
      onProgress({ step: '读取工作表', done: 0, total: 1 });
      const scans = await scanWorkbook(ctx, this.features);
      const store = await this.readStore(ctx, scans);
      const previous = store.meta.result && scans.some((s) => s.name === store.meta.result) ? store.meta.result : null;
      for (const s of scans) if (s.name === STORE_SHEET || s.name === previous) this.ownIds.add(s.id);
      const data = scans.filter((s) => s.name !== STORE_SHEET && s.name !== previous);
      const workbook = new Workbook();
      workbook.sheets.push(...(await readSheets(ctx, data, (p) => onProgress({ step: '读取工作表', done: p.cellsDone, total: p.cellsTotal }))));
      onProgress({ step: '检查', done: 0, total: 1 });
      const book = recogniseFiling(workbook);
      const result = checkBook(book, { profile: req.profile, business: req.business, today: this.today() });
      const file = this.fileName();
      const plan = this.plan(result, workbook, file);
      onProgress({ step: '标注', done: 0, total: 1 });
      const names = new Set(workbook.sheets.map((s) => s.name));
      for (const [k, e] of store.entries) if (!names.has(e.sheet)) store.entries.delete(k);
      store.meta.result = plan.result.name;
      const planned = marksByKey(plan);
      const marks = plan.sheets.flatMap((s) => s.marks);
      await applyMarks(ctx, this.features, store, marks, [...store.entries.keys()].filter((k) => !planned.has(k)), true);
      const batch = new Batch(ctx);
      await createResultSheet(ctx, batch, this.features, plan.result, previous);
      // Sheet ids as they are now, our new 检查结果 and store included, for telling events apart.
      const sheets = ctx.workbook.worksheets.load('items/name,items/id');
      await batch.flush();
      for (const s of sheets.items) if (s.name === STORE_SHEET || s.name === plan.result.name) this.ownIds.add(s.id);
      this.live = { req, file, workbook, ids: new Map(sheets.items.map((s) => [s.id, s.name])), book, result, plan, store };
      onProgress({ step: '完成', done: 1, total: 1 });
      return this.view();
    });
  }

  private today(): Date | undefined {
    return this.opts.today?.();
  }

  private plan(result: CheckResult, workbook: Workbook, file: string): MarkPlan {
    return planMarks(result.findings, { file, profile: result.profile, business: result.business, summary: result.summary }, workbook.sheets.map((s) => s.name));
  }

  private async readStore(ctx: Excel.RequestContext, scans: readonly SheetScan[]): Promise<RestoreStore> {
    const scan = scans.find((s) => s.name === STORE_SHEET);
    return scan ? RestoreStore.fromSheet((await readSheets(ctx, [scan]))[0]) : new RestoreStore();
  }

  private view(): CheckView {
    const l = this.live!;
    return { profile: l.result.profile.id, business: l.result.business, summary: l.result.summary, findings: l.result.findings, sheets: l.workbook.sheets.map((s) => s.name), plan: l.plan };
  }

  async select(sheet: string, cell: string | null): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.load('visibility');
      await ctx.sync();
      if (ws.visibility !== 'Visible') throw new OfficeHostError(`工作表“${sheet}”已隐藏，请先在 Excel 中取消隐藏（右键单击工作表标签→取消隐藏）`);
      ws.activate();
      (cell ? ws.getRange(cell) : ws.getUsedRange(true).getCell(0, 0)).select();
      await ctx.sync();
    });
  }

  async clearMarks(): Promise<number> {
    this.live = null;
    return this.run(async (ctx) => {
      const scans = await scanWorkbook(ctx, this.features);
      const store = await this.readStore(ctx, scans);
      for (const s of scans) if (s.name === STORE_SHEET || s.name === store.meta.result) this.ownIds.add(s.id);
      const batch = new Batch(ctx);
      const restored = await restoreAll(ctx, batch, this.features, store, new Set(scans.map((s) => s.name)));
      if (store.meta.result && scans.some((s) => s.name === store.meta.result)) {
        await batch.room(200);
        ctx.workbook.worksheets.getItem(store.meta.result).delete();
      }
      await batch.flush();
      return restored;
    });
  }

  async watch(onUpdate: (view: CheckView) => void, onError?: (message: string) => void): Promise<() => void> {
    this.views.push(onUpdate);
    if (onError) this.errors.push(onError);
    if (!this.watcher) {
      this.watcher = new Watcher(this.env, this.features, { ownSheet: (id) => this.ownSheet(id), apply: (c) => this.recheck(c) }, this.opts.debounceMs ?? 300);
      await this.watcher.start();
    }
    return () => {
      this.views = this.views.filter((v) => v !== onUpdate);
      this.errors = this.errors.filter((f) => f !== onError);
      if (!this.views.length && this.watcher) {
        const w = this.watcher;
        this.watcher = null;
        void w.stop();
      }
    };
  }

  private ownSheet(id: string): boolean {
    return this.ownIds.has(id);
  }

  /** The live re-check: read what changed, check again, rewrite only the marks that changed. */
  private async recheck(changes: Change[]): Promise<void> {
    const live = this.live;
    if (!live) return;
    try {
      if (changes.some((c) => c.kind === 'sheets' || !live.ids.has(c.sheetId))) return void (await this.checkAgain(live));
      const changed = await this.run(async (ctx) => {
        // 清除标记 or a new check may have come first while this waited its turn.
        if (this.live !== live) return false;
        const edits = new Map<string, Rect[]>();
        const reread = new Set<string>();
        for (const c of changes) {
          const name = live.ids.get(c.sheetId)!;
          if (c.kind === 'shift') {
            this.shift(live, name, c.shift);
            reread.add(name);
          } else if (c.kind === 'edit') {
            const cells = (c.rect.r2 - c.rect.r1 + 1) * (c.rect.c2 - c.rect.c1 + 1);
            if (cells > LIVE_CELLS) reread.add(name);
            else edits.set(name, [...(edits.get(name) ?? []), c.rect]);
          }
        }
        if (!(await this.readChanges(ctx, live, edits, reread))) return false;
        const book = recognise(live.workbook);
        const result = checkBook(book, { profile: live.req.profile, business: live.req.business, today: this.today() });
        const plan = this.plan(result, live.workbook, live.file);
        plan.result.name = live.plan.result.name;
        const diff = diffMarks(live.plan, plan);
        await applyMarks(ctx, this.features, live.store, diff.set, diff.cleared.map((m) => `${m.sheet}!${m.address}`), false);
        // 检查结果 from the first row that differs (rows below it are renumbered anyway).
        const before = live.plan.result.rows.map((r) => JSON.stringify(r));
        const from = plan.result.rows.findIndex((r, i) => JSON.stringify(r) !== before[i]);
        const changedRows = from >= 0 ? from : plan.result.rows.length < before.length ? plan.result.rows.length : -1;
        if (changedRows >= 0 || JSON.stringify(plan.result.head) !== JSON.stringify(live.plan.result.head)) {
          const batch = new Batch(ctx);
          await writeResultRows(ctx, batch, this.features, plan.result, before.length, changedRows >= 0 ? changedRows : plan.result.rows.length);
          await batch.flush();
        }
        Object.assign(live, { book, result, plan });
        return true;
      });
      if (changed) for (const v of this.views) v(this.view());
    } catch {
      // A sheet renamed meanwhile, or the model otherwise behind the workbook: start over from a full read.
      try {
        await this.checkAgain(live);
      } catch (e) {
        this.live = null;
        for (const f of this.errors) f((e as Error).message);
      }
    }
  }

  /** A sheet added, deleted or unknown: the check starts over from a full read. */
  private async checkAgain(live: Live): Promise<void> {
    if (this.live !== live) return;
    await this.checkAndMark(live.req, () => undefined);
    for (const v of this.views) v(this.view());
  }

  /** Rows or columns inserted or deleted: the restore data and the last plan move with the cells. */
  private shift(live: Live, sheet: string, s: Shift): void {
    live.store.shift(sheet, (a) => shiftAddress(s, a));
    for (const group of live.plan.sheets) {
      if (group.sheet !== sheet) continue;
      group.marks = group.marks.flatMap((m) => {
        const to = shiftAddress(s, m.address);
        if (to === null) return [];
        const { row, col } = parseA1(to);
        return [{ ...m, address: to, row, col }];
      });
    }
  }

  /**
   * Reads the edited ranges (one sync) and re-reads whole sheets that
   * shifted or took a large edit; false when no value changed (the event
   * was a format change, or our own marks).
   */
  private async readChanges(ctx: Excel.RequestContext, live: Live, edits: Map<string, Rect[]>, reread: Set<string>): Promise<boolean> {
    const loads: { name: string; rect: Rect; range: Excel.Range }[] = [];
    for (const [name, rects] of edits) {
      if (reread.has(name)) continue;
      const ws = ctx.workbook.worksheets.getItem(name);
      for (const rect of rects) loads.push({ name, rect, range: ws.getRangeByIndexes(rect.r1 - 1, rect.c1 - 1, rect.r2 - rect.r1 + 1, rect.c2 - rect.c1 + 1).load('values,valueTypes,formulas,numberFormat') });
    }
    if (loads.length) await ctx.sync();
    let changed = 0;
    for (const l of loads) {
      const data: BlockData = { values: l.range.values, valueTypes: l.range.valueTypes as string[][], formulas: l.range.formulas, numberFormat: l.range.numberFormat as string[][] };
      changed += updateSheet(live.workbook.sheet(l.name)!, l.rect, data);
    }
    if (!reread.size) return changed > 0;
    const scans = (await scanWorkbook(ctx, this.features)).filter((s) => reread.has(s.name));
    for (const sheet of await readSheets(ctx, scans)) live.workbook.replace(sheet);
    return true;
  }

  async insertTemplateSheets(profile: ProfileId, business: BusinessType): Promise<InsertResult> {
    return this.run((ctx) => insertTemplate(ctx, this.features, profile, business));
  }

  async buildDocuments(formIds: string[], opts: { maskIds: boolean }): Promise<OutputFile[]> {
    const live = this.live;
    if (!live) throw new OfficeHostError('请先检查工作簿，再生成 Word 表格');
    try {
      return await buildDocuments({ file: live.file, book: live.book, result: live.result }, formIds, opts.maskIds, this.opts.fetchTemplate);
    } catch (e) {
      throw new OfficeHostError((e as Error).message);
    }
  }

  async save(file: OutputFile): Promise<void> {
    const doc = this.opts.document ?? document;
    if (needsDialog(this.env.office)) return saveViaDialog(this.env.office, file, new URL(DIALOG_PAGE, doc.baseURI).href);
    clickDownload(doc, file.name, dataUri(file));
  }
}

export function createOfficeHost(opts: OfficeHostOptions = {}): OfficeHost {
  return new ExcelHost(opts);
}
