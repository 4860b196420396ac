/// <reference types="office-js" />
import { marksByKey } from '../../src/annotate/mark-plan';
import { CheckSetupError, parseBusiness } from '../../src/check';
import { planFixes, type Fix } from '../../src/fix';
import { LiveCheck } from '../../src/live/live-check';
import { sheetOf, stripSheet, type Rect } from '../../src/model/range';
import { Workbook } from '../../src/model/workbook';
import type { ChangedCell, FilingDiff } from '../../src/diff';
import type { RecognisedWorkbook } from '../../src/model/table';
import { openWorkbook, recogniseFiling } from '../../src/open';
import { readPicked } from '../picked';
import { InputError } from '../../src/read/input-error';
import type { BusinessType } from '../../src/model/schema';
import { parseProfile, type ProfileId } from '../../src/profiles/profiles';
import { recognise, kindBySheetName } from '../../src/recognise/recognise';
import { Cancelled, type CheckRequest, type CheckView, type CompareView, type Defaults, type FormFiles, type InsertResult, type OfficeHost, type OutputFile, type Progress } from '../host';
import { RequestBudget } from './request-budget';
import { detectFeatures, globalEnv, type Features, type OfficeEnv } from './env';
import { buildDocuments } from './documents';
import { applyFixes, undoFixes, UNDO_SHEET } from './fixes';
import { checkRequest, isStale, needsFullCheck, planFor, recheckChanges, type Live } from './live';
import { applyMarks, restoreAll } from './marks';
import { changeMarks } from '../../src/annotate/change-marks';
import { readSheets, scanWorkbook, type SheetScan } from './read';
import { createResultSheet } from './result-sheet';
import { clickDownload, dataUri, DIALOG_PAGE, needsDialog, saveViaDialog } from './save';
import { isOurResultSheet, RestoreStore, resultHeaderBand, STORE_SHEET } from './store';
import { insertTemplate } from './insert-template';
import { Watcher, type Change } from './watch';
import { STALE_COMPARISON } from '../messages';

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
  fetchFormTemplate?: (formId: string) => Promise<Uint8Array>;
  /** The pane's page (tests pass a stand-in). */
  document?: Document;
}

/** Thrown with a message the pane can show as it is; `code` is Office.js's, when Excel raised it. */
export class OfficeHostError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function excelError(e: unknown): Error {
  if (e instanceof InputError || e instanceof OfficeHostError || e instanceof CheckSetupError || e instanceof Cancelled) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  return new OfficeHostError(`Excel 未能完成操作${code ? `（${code}）` : ''}，请稍后重试；如工作簿正处于单元格编辑状态，请先按 Enter 结束编辑`, code);
}

/** The top of a sheet, where our 检查结果 has its header row: enough to tell ours from a clerk's sheet of that name. */
function resultTop(scan: SheetScan): SheetScan {
  return { ...scan, used: scan.used && resultHeaderBand(scan.used), regions: scan.regions.map(resultHeaderBand).filter((r): r is Rect => r !== null) };
}

export class ExcelHost implements OfficeHost {
  readonly mode = 'office' as const;
  readonly cancellable = true;
  readonly features: Readonly<Features>;
  private readonly env: OfficeEnv;
  private live: Live | null = null;
  private watcher: Watcher | null = null;
  private views: ((v: CheckView) => void)[] = [];
  /** The last comparison, against the check (and the workbook as the check last read it) it was made on. */
  private compared: { live: Live; book: RecognisedWorkbook; earlier: string; diff: FilingDiff; cells: ChangedCell[] } | null = null;
  private errors: ((message: string) => void)[] = [];
  /** Ids of every 检查结果 and store sheet we made or removed: their added/deleted events are ours. */
  private readonly ownIds = new Set<string>();
  /** One Excel.run at a time: a click on 检查工作簿 waits for a live re-check to finish, and the other way round. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: OfficeHostOptions = {}) {
    this.env = opts.env ?? globalEnv();
    this.features = detectFeatures(this.env.office);
  }

  private run<T>(f: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
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
    return this.run(async (context) => {
      const scans = await scanWorkbook(context, this.features);
      // 机构信息 by its name, else the small sheets (a key–value sheet is short): never the big rosters.
      let picked = scans.filter((s) => kindBySheetName(s.name)?.layout === 'kv');
      if (!picked.length) picked = scans.filter((s) => s.name !== STORE_SHEET && s.used && s.used.r2 <= 200);
      const wb = new Workbook();
      wb.sheets.push(...(await readSheets(context, picked)));
      const org = recognise(wb).org;
      return { profile: org ? (parseProfile(org.text('profile'))?.id ?? null) : null, business: org ? (parseBusiness(org.text('business')) ?? null) : null };
    });
  }

  async checkAndMark(req: CheckRequest, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<CheckView> {
    // Until marking begins nothing is written: each step (and each block read) first looks whether 取消 was clicked.
    const step = (p: Progress) => {
      if (signal?.aborted) throw new Cancelled();
      onProgress(p);
    };
    return this.run(async (context) => {
      step({ step: '读取工作表', done: 0, total: 1 });
      const scans = await scanWorkbook(context, this.features);
      const store = await this.readStore(context, scans);
      const previous = store.meta.result && scans.some((s) => s.name === store.meta.result) ? store.meta.result : null;
      for (const s of scans) if (s.name === STORE_SHEET || s.name === UNDO_SHEET || s.name === previous) this.ownIds.add(s.id);
      const data = scans.filter((s) => s.name !== STORE_SHEET && s.name !== UNDO_SHEET && s.name !== previous);
      const workbook = new Workbook();
      workbook.sheets.push(...(await readSheets(context, data, (p) => step({ step: '读取工作表', done: p.cellsDone, total: p.cellsTotal }))));
      step({ step: '检查', done: 0, total: 1 });
      // The rules run in one go: first let the pane draw this step and take a 取消 clicked meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 0));
      step({ step: '检查', done: 0, total: 1 });
      const check = new LiveCheck(workbook, checkRequest(req, this.today()), recogniseFiling(workbook));
      const result = check.result;
      const file = this.fileName();
      const plan = planFor(result, workbook, file);
      step({ step: '标注', done: 0, total: 1, committing: true });
      const names = new Set(workbook.sheets.map((s) => s.name));
      for (const [k, e] of store.entries) if (!names.has(e.sheet)) store.entries.delete(k);
      store.meta.result = plan.result.name;
      const planned = marksByKey(plan);
      const marks = plan.sheets.flatMap((s) => s.marks);
      await applyMarks(context, this.features, store, marks, [...store.entries.keys()].filter((k) => !planned.has(k)), true);
      const budget = new RequestBudget(context);
      await createResultSheet(context, budget, this.features, plan.result, previous);
      // Sheet ids as they are now, our new 检查结果 and store included, for telling events apart.
      const sheets = context.workbook.worksheets.load('items/name,items/id');
      await budget.flush();
      for (const s of sheets.items) if (s.name === STORE_SHEET || s.name === plan.result.name) this.ownIds.add(s.id);
      const fixed = scans.some((s) => s.name === UNDO_SHEET);
      this.live = { req, file, workbook, ids: new Map(sheets.items.map((s) => [s.id, s.name])), check, result, plan, store, fixed };
      onProgress({ step: '完成', done: 1, total: 1, committing: true });
      return this.view();
    });
  }

  private today(): Date | undefined {
    return this.opts.today?.();
  }

  private async readStore(context: Excel.RequestContext, scans: readonly SheetScan[]): Promise<RestoreStore> {
    const scan = scans.find((s) => s.name === STORE_SHEET);
    const store = scan ? RestoreStore.fromSheet((await readSheets(context, [scan]))[0]) : new RestoreStore();
    const result = scans.find((s) => s.name === store.meta.result);
    if (result && !isOurResultSheet((await readSheets(context, [resultTop(result)]))[0])) store.meta.result = null;
    return store;
  }

  private view(): CheckView {
    const l = this.live!;
    const fixes = planFixes(l.check.recognised, l.result.findings);
    return { profile: l.result.profile.id, business: l.result.business, summary: l.result.summary, findings: l.result.findings, sheets: l.workbook.sheets.map((s) => s.name), plan: l.plan, fixes, fixed: l.fixed };
  }

  async applyFixes(fixes: readonly Fix[], req: CheckRequest): Promise<CheckView> {
    await this.run((context) => applyFixes(context, fixes));
    return this.checkAndMark(req, () => undefined);
  }

  async undoFixes(req: CheckRequest): Promise<CheckView> {
    await this.run((context) => undoFixes(context));
    return this.checkAndMark(req, () => undefined);
  }

  async activeCell(): Promise<{ sheet: string; cell: string } | null> {
    if (!this.env.office.context.requirements.isSetSupported('ExcelApi', '1.7')) return null;
    return this.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      const sheet = sheetOf(cell.address);
      return sheet === null ? null : { sheet, cell: stripSheet(cell.address).replace(/\$/g, '').split(':')[0] };
    });
  }

  async select(sheet: string, cell: string | null): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load('visibility');
      await context.sync();
      if (ws.visibility !== 'Visible') throw new OfficeHostError(`工作表“${sheet}”已隐藏，请先在 Excel 中取消隐藏（右键单击工作表标签→取消隐藏）`);
      ws.activate();
      const target = cell ? ws.getRange(cell) : ws.getUsedRange(true).getCell(0, 0);
      target.select();
      await context.sync();
    });
  }

  async clearMarks(): Promise<number> {
    this.live = null;
    return this.run(async (context) => {
      const scans = await scanWorkbook(context, this.features);
      const store = await this.readStore(context, scans);
      for (const s of scans) if (s.name === STORE_SHEET || s.name === store.meta.result) this.ownIds.add(s.id);
      const budget = new RequestBudget(context);
      const restored = await restoreAll(context, budget, this.features, store, new Set(scans.map((s) => s.name)));
      if (store.meta.result && scans.some((s) => s.name === store.meta.result)) {
        await budget.room(200);
        context.workbook.worksheets.getItem(store.meta.result).delete();
      }
      await budget.flush();
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

  /**
   * The live re-check. A workbook that moved on while it waited (a sheet
   * renamed meanwhile) is read again in full; any other error is a fault:
   * it is logged, the pane is told, and live re-checking stops until the
   * next 检查工作簿 rather than showing findings of a half-updated model.
   */
  private async recheck(changes: Change[]): Promise<void> {
    const live = this.live;
    if (!live) return;
    try {
      if (needsFullCheck(live, changes)) return void (await this.checkAgain(live));
      // 清除标记 or a new check may have come first while this waited its turn.
      const changed = await this.run((context) => (this.live === live ? recheckChanges(context, this.features, live, changes) : Promise.resolve(false)));
      if (changed) for (const v of this.views) v(this.view());
    } catch (e) {
      if (isStale(e)) {
        try {
          return void (await this.checkAgain(live));
        } catch (again) {
          e = again;
        }
      }
      console.error('beian: live re-check failed', e);
      if (this.live === live) this.live = null;
      for (const f of this.errors) f(`自动重新检查未能完成：${(e as Error).message}。请点击“检查工作簿”重新检查。`);
    }
  }

  /** A sheet added, deleted or unknown: the check starts over from a full read. */
  private async checkAgain(live: Live): Promise<void> {
    if (this.live !== live) return;
    await this.checkAndMark(live.req, () => undefined);
    for (const v of this.views) v(this.view());
  }

  async insertTemplateSheets(profile: ProfileId, business: BusinessType): Promise<InsertResult> {
    return this.run((context) => insertTemplate(context, this.features, profile, business));
  }

  async buildDocuments(formIds: string[], opts: { maskIds: boolean }): Promise<FormFiles> {
    const live = this.live;
    if (!live) throw new OfficeHostError('请先检查工作簿，再生成 Word 表格');
    try {
      return await buildDocuments({ file: live.file, book: live.check.recognised, result: live.result }, formIds, opts.maskIds, this.opts.fetchFormTemplate);
    } catch (e) {
      throw new OfficeHostError((e as Error).message);
    }
  }

  async compare(earlier: { name: string; data: Blob }): Promise<CompareView> {
    const live = this.live;
    if (!live) throw new OfficeHostError('请先检查工作簿，再与上次备案比较');
    const [{ compareWithCells, diffHeadline, diffSections }, before] = await Promise.all([import('../../src/diff'), readPicked(earlier.data).then(openWorkbook)]);
    const { diff, cells } = compareWithCells(before, live.check.recognised);
    this.compared = { live, book: live.check.recognised, earlier: earlier.name, diff, cells };
    return { earlier: earlier.name, headline: diffHeadline(diff), sections: diffSections(diff) };
  }

  private comparison(): NonNullable<ExcelHost['compared']> {
    if (!this.compared || this.compared.live !== this.live) throw new OfficeHostError('请先选择上次备案的工作簿进行比较');
    // A value edited since (each live re-check recognises the workbook anew) may have undone or added changes: what was compared is no longer the workbook.
    if (this.compared.book !== this.live.check.recognised) throw new OfficeHostError(STALE_COMPARISON);
    return this.compared;
  }

  async changeList(): Promise<OutputFile> {
    const { diff } = this.comparison();
    const [{ changeListDocx }, { MIME, fileStem }] = await Promise.all([import('../../src/diff'), import('../outputs')]);
    return { name: `备案信息变更清单-${fileStem(this.fileName())}.docx`, bytes: changeListDocx(diff), mime: MIME.docx };
  }

  async markChanges(): Promise<number> {
    const { live, cells } = this.comparison();
    const marks = changeMarks(cells, marksByKey(live.plan));
    if (marks.length) await this.run((context) => applyMarks(context, this.features, live.store, marks, [], false));
    return marks.length;
  }

  openInBrowser(url: string): boolean {
    // OpenBrowserWindowApi: desktop Excel on Windows and Mac; Excel on the web opens the link in a new tab itself.
    if (!this.env.office.context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) return false;
    this.env.office.context.ui.openBrowserWindow(url);
    return true;
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
