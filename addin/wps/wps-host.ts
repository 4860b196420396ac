import { diffMarks, marksByKey, planMarks, type MarkPlan } from '../../src/annotate/mark-plan';
import { checkBook, CheckSetupError, markMeta, parseBusiness, type CheckResult } from '../../src/check';
import { planFixes, type Fix } from '../../src/fix';
import { a1 } from '../../src/model/cell';
import { MAX_COLS, MAX_ROWS, type Rect } from '../../src/model/range';
import type { BusinessType } from '../../src/model/schema';
import type { RecognisedWorkbook } from '../../src/model/table';
import { Workbook } from '../../src/model/workbook';
import { parseProfile, type ProfileId } from '../../src/profiles/profiles';
import { InputError } from '../../src/read/input-error';
import { kindBySheetName, recognise } from '../../src/recognise/recognise';
import { changeMarks } from '../../src/annotate/change-marks';
import type { ChangedCell, FilingDiff } from '../../src/diff';
import { openWorkbook, recogniseFiling } from '../../src/open';
import type { CheckRequest, CheckView, CompareView, Defaults, FormFiles, InsertResult, OfficeHost, OutputFile, Progress } from '../host';
import { readPicked } from '../picked';
import { downloadFile } from '../file/download';
import { UNDO_SHEET } from '../fixes/undo-log';
import { buildDocuments } from '../office/documents';
import { STORE_SHEET, type RestoreStore } from '../office/store';
import { sheetState, type EtApplication, type EtWorkbook } from './et';
import { detectWpsFeatures, type WpsFeatures } from './features';
import { applyFixes, undoFixes } from './fixes';
import { applyMarks, createResultSheet, restoreAll, writeResultRows } from './marks';
import { readSheets, rectOf, rereadBlock, scanWorkbook } from './read';
import { deleteSheet, findSheet, readStore, removeStore } from './store';
import { insertTemplate } from './insert-template';
import { watchRequests } from './requests';
import { SheetWatcher, type SheetChange } from './watch';
import { STALE_COMPARISON } from '../messages';

/**
 * OfficeHost inside WPS 表格 (a WPS 加载项): the same pane, the same core and
 * the same mark plan as in Excel, on WPS's ET object model (window.Application).
 * ET calls are synchronous; the host still answers with promises, one task
 * at a time, so that a live re-check never interleaves with a click.
 */

export interface WpsHostOptions {
  /** Quiet time before a live re-check, ms. */
  debounceMs?: number;
  today?: () => Date;
  fetchFormTemplate?: (formId: string) => Promise<Uint8Array>;
  /** Saves a file the pane made (Word forms); default: the pane's browser download. */
  download?: (file: OutputFile) => void;
}

export class WpsHostError extends Error {}

function wpsError(e: unknown): Error {
  if (e instanceof InputError || e instanceof WpsHostError || e instanceof CheckSetupError) return e;
  return new WpsHostError('WPS 未能完成操作，请稍后重试；如工作簿正处于单元格编辑状态，请先按 Enter 结束编辑');
}

interface Live {
  req: CheckRequest;
  file: string;
  workbook: Workbook;
  book: RecognisedWorkbook;
  result: CheckResult;
  plan: MarkPlan;
  store: RestoreStore;
  /** The workbook holds fixes 撤销 can take back. */
  fixed: boolean;
}

export class WpsHost implements OfficeHost {
  readonly mode = 'office' as const;
  readonly cancellable = false;
  readonly product = 'WPS' as const;
  readonly features: Readonly<WpsFeatures>;
  private live: Live | null = null;
  private watcher: SheetWatcher | null = null;
  private views: ((v: CheckView) => void)[] = [];
  private errors: ((message: string) => void)[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The last comparison, against the check (and the workbook as the check last read it) it was made on. */
  private compared: { live: Live; book: RecognisedWorkbook; earlier: string; diff: FilingDiff; cells: ChangedCell[] } | null = null;

  constructor(
    private readonly app: EtApplication,
    private readonly opts: WpsHostOptions = {},
  ) {
    this.features = detectWpsFeatures(app);
  }

  /** One task at a time, each on the workbook active when it starts. */
  private run<T>(f: (book: EtWorkbook) => T | Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const book = this.app.ActiveWorkbook;
      if (!book) throw new WpsHostError('请先在 WPS 表格中打开要检查的工作簿');
      return f(book);
    });
    const out = next.catch((e: unknown) => {
      throw wpsError(e);
    });
    this.queue = out.catch(() => undefined);
    return out;
  }

  async readDefaults(): Promise<Defaults> {
    return this.run((book) => {
      const scans = scanWorkbook(book);
      let picked = scans.filter((s) => kindBySheetName(s.name)?.layout === 'kv');
      if (!picked.length) picked = scans.filter((s) => s.name !== STORE_SHEET && s.used && s.used.r2 <= 200);
      const wb = new Workbook();
      wb.sheets.push(...readSheets(book, picked));
      const org = recognise(wb).org;
      return { profile: org ? (parseProfile(org.text('profile'))?.id ?? null) : null, business: org ? (parseBusiness(org.text('business')) ?? null) : null };
    });
  }

  async checkAndMark(req: CheckRequest, onProgress: (p: Progress) => void): Promise<CheckView> {
    return this.run((book) => this.fullCheck(book, req, onProgress));
  }

  private fullCheck(book: EtWorkbook, req: CheckRequest, onProgress: (p: Progress) => void): CheckView {
    onProgress({ step: '读取工作表', done: 0, total: 1 });
    const scans = scanWorkbook(book);
    const store = readStore(book, scans);
    const previous = store.meta.result && scans.some((s) => s.name === store.meta.result) ? store.meta.result : null;
    const workbook = new Workbook();
    const data = scans.filter((s) => s.name !== STORE_SHEET && s.name !== UNDO_SHEET && s.name !== previous);
    workbook.sheets.push(...readSheets(book, data, (p) => onProgress({ step: '读取工作表', done: p.cellsDone, total: p.cellsTotal })));
    onProgress({ step: '检查', done: 0, total: 1 });
    const recognised = recogniseFiling(workbook);
    const result = checkBook(recognised, { profile: req.profile, business: req.business, today: this.opts.today?.() });
    const file = book.Name || '当前工作簿';
    const plan = this.plan(result, workbook, file);
    onProgress({ step: '标注', done: 0, total: 1 });
    const names = new Set(workbook.sheets.map((s) => s.name));
    for (const [k, e] of store.entries) if (!names.has(e.sheet)) store.entries.delete(k);
    store.meta.result = plan.result.name;
    const planned = marksByKey(plan);
    applyMarks(
      this.app,
      book,
      store,
      plan.sheets.flatMap((s) => s.marks),
      [...store.entries.keys()].filter((k) => !planned.has(k)),
    );
    createResultSheet(this.app, book, plan.result, previous);
    this.live = { req, file, workbook, book: recognised, result, plan, store, fixed: scans.some((s) => s.name === UNDO_SHEET) };
    onProgress({ step: '完成', done: 1, total: 1 });
    return this.view();
  }

  private plan(result: CheckResult, workbook: Workbook, file: string): MarkPlan {
    return planMarks(result.findings, markMeta(file, result), workbook.sheets.map((s) => s.name));
  }

  private view(): CheckView {
    const l = this.live!;
    const fixes = planFixes(l.book, l.result.findings);
    return { profile: l.result.profile.id, business: l.result.business, summary: l.result.summary, findings: l.result.findings, sheets: l.workbook.sheets.map((s) => s.name), plan: l.plan, fixes, fixed: l.fixed };
  }

  async applyFixes(fixes: readonly Fix[], req: CheckRequest): Promise<CheckView> {
    await this.run((book) => applyFixes(this.app, book, fixes));
    return this.checkAndMark(req, () => undefined);
  }

  async undoFixes(req: CheckRequest): Promise<CheckView> {
    await this.run((book) => undoFixes(this.app, book));
    return this.checkAndMark(req, () => undefined);
  }

  async select(sheet: string, cell: string | null): Promise<void> {
    await this.run((book) => {
      const ws = findSheet(book, sheet);
      if (!ws) throw new WpsHostError(`工作簿中没有工作表“${sheet}”，请重新检查`);
      if (sheetState(ws.Visible) !== 'visible') throw new WpsHostError(`工作表“${sheet}”已隐藏，请先在 WPS 中取消隐藏（右键单击工作表标签→取消隐藏）`);
      ws.Activate();
      const used = rectOf(ws.UsedRange);
      ws.Range(cell ?? a1(used.r1, used.c1)).Select();
    });
  }

  async clearMarks(): Promise<number> {
    this.live = null;
    return this.run((book) => {
      const scans = scanWorkbook(book);
      const store = readStore(book, scans);
      const restored = restoreAll(book, store, new Set(scans.map((s) => s.name)));
      const result = store.meta.result ? findSheet(book, store.meta.result) : null;
      if (result) deleteSheet(this.app, result);
      removeStore(this.app, book, store);
      return restored;
    });
  }

  async insertTemplateSheets(profile: ProfileId, business: BusinessType): Promise<InsertResult> {
    return this.run((book) => insertTemplate(this.app, book, profile, business));
  }

  async watch(onUpdate: (view: CheckView) => void, onError?: (message: string) => void): Promise<() => void> {
    this.views.push(onUpdate);
    if (onError) this.errors.push(onError);
    if (!this.watcher && this.features.sheetEvents) {
      this.watcher = new SheetWatcher(this.app, (name) => name === STORE_SHEET || name === UNDO_SHEET || name === this.live?.plan.result.name, (c) => this.recheck(c), this.opts.debounceMs ?? 300);
      this.watcher.start();
    }
    return () => {
      this.views = this.views.filter((v) => v !== onUpdate);
      this.errors = this.errors.filter((f) => f !== onError);
      if (!this.views.length && this.watcher) {
        this.watcher.stop();
        this.watcher = null;
      }
    };
  }

  /** The live re-check: re-read what changed, check again, rewrite only the marks and result rows that changed. */
  private async recheck(changes: SheetChange[]): Promise<void> {
    const live = this.live;
    if (!live) return;
    try {
      const changed = await this.run((book) => {
        if (this.live !== live) return false;
        // A sheet the last check did not read (new, renamed), or whole rows or columns inserted or deleted: start over from a full read.
        if (changes.some((c) => !live.workbook.sheet(c.sheet) || wholeLines(c.rect))) {
          this.fullCheck(book, live.req, () => undefined);
          return true;
        }
        let n = 0;
        for (const c of changes) n += rereadBlock(book.Worksheets.Item(c.sheet), live.workbook.sheet(c.sheet)!, c.rect);
        if (!n) return false;
        const recognised = recognise(live.workbook);
        const result = checkBook(recognised, { profile: live.req.profile, business: live.req.business, today: this.opts.today?.() });
        const plan = this.plan(result, live.workbook, live.file);
        plan.result.name = live.plan.result.name;
        const diff = diffMarks(live.plan, plan);
        applyMarks(this.app, book, live.store, diff.set, diff.cleared.map((m) => `${m.sheet}!${m.address}`));
        const before = live.plan.result.rows.map((r) => JSON.stringify(r));
        const from = plan.result.rows.findIndex((r, i) => JSON.stringify(r) !== before[i]);
        const firstChanged = from >= 0 ? from : plan.result.rows.length < before.length ? plan.result.rows.length : -1;
        if (firstChanged >= 0 || JSON.stringify(plan.result.head) !== JSON.stringify(live.plan.result.head)) {
          writeResultRows(book, plan.result, before.length, firstChanged >= 0 ? firstChanged : plan.result.rows.length);
        }
        Object.assign(live, { book: recognised, result, plan });
        return true;
      });
      if (changed) for (const v of this.views) v(this.view());
    } catch (e) {
      this.live = null;
      for (const f of this.errors) f((e as Error).message);
    }
  }

  async buildDocuments(formIds: string[], opts: { maskIds: boolean }): Promise<FormFiles> {
    const live = this.live;
    if (!live) throw new WpsHostError('请先检查工作簿，再生成 Word 表格');
    try {
      return await buildDocuments({ file: live.file, book: live.book, result: live.result }, formIds, opts.maskIds, this.opts.fetchFormTemplate);
    } catch (e) {
      throw new WpsHostError((e as Error).message);
    }
  }

  /**
   * 与上次备案比较: the last check's workbook against an earlier filing the
   * clerk picks as a file (the pane reads files; WPS is not asked to open it).
   */
  async compare(earlier: { name: string; data: Blob }): Promise<CompareView> {
    const live = this.live;
    if (!live) throw new WpsHostError('请先检查工作簿，再与上次备案比较');
    const [{ compareWithCells, diffHeadline, diffSections }, before] = await Promise.all([import('../../src/diff'), readPicked(earlier.data).then(openWorkbook)]);
    const { diff, cells } = compareWithCells(before, live.book);
    this.compared = { live, book: live.book, earlier: earlier.name, diff, cells };
    return { earlier: earlier.name, headline: diffHeadline(diff), sections: diffSections(diff) };
  }

  private comparison(): NonNullable<WpsHost['compared']> {
    if (!this.compared || this.compared.live !== this.live) throw new WpsHostError('请先选择上次备案的工作簿进行比较');
    // A value edited since (each live re-check recognises the workbook anew) may have undone or added changes: what was compared is no longer the workbook.
    if (this.compared.book !== this.live.book) throw new WpsHostError(STALE_COMPARISON);
    return this.compared;
  }

  async changeList(): Promise<OutputFile> {
    const { live, diff } = this.comparison();
    const [{ changeListDocx }, { MIME, fileStem }] = await Promise.all([import('../../src/diff'), import('../outputs')]);
    return { name: `备案信息变更清单-${fileStem(live.file)}.docx`, bytes: changeListDocx(diff), mime: MIME.docx };
  }

  /** 标记变更单元格: the change marks over the check's, their restore data in the store first, so 清除标记 takes them off. */
  async markChanges(): Promise<number> {
    const { live, cells } = this.comparison();
    const marks = changeMarks(cells, marksByKey(live.plan));
    if (marks.length) await this.run((book) => applyMarks(this.app, book, live.store, marks, []));
    return marks.length;
  }

  async save(file: OutputFile): Promise<void> {
    (this.opts.download ?? downloadFile)(file);
  }

  onCheckRequest(listener: () => void): () => void {
    return watchRequests(this.app, listener);
  }

  /**
   * 另存标注副本: the open workbook as it is now, marks included, saved as a
   * copy where the clerk chooses in WPS's own save dialog; the open file stays
   * as it is. Null when the clerk cancelled.
   */
  async saveMarkedCopy(): Promise<string | null> {
    return this.run((book) => {
      if (!this.features.saveCopy) throw new WpsHostError('此版本 WPS 不能另存副本，请用“文件→另存为”保存标注后的工作簿');
      const base = (book.Name || '工作簿').replace(/\.[^.]+$/, '');
      const path = this.app.GetSaveAsFilename!(`${base}-检查标注.xlsx`, 'Excel 工作簿 (*.xlsx),*.xlsx');
      if (path === false || !path) return null;
      book.SaveCopyAs!(path);
      return path;
    });
  }
}

/** A change over whole rows or columns: an insertion or deletion as far as the event tells. */
function wholeLines(r: Rect): boolean {
  return r.r2 - r.r1 + 1 >= MAX_ROWS || r.c2 - r.c1 + 1 >= MAX_COLS;
}

export function createWpsHost(app: EtApplication, opts: WpsHostOptions = {}): WpsHost {
  return new WpsHost(app, opts);
}
