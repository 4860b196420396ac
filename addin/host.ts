/**
 * What the task pane needs from where it runs. The pane (addin/taskpane)
 * codes against these interfaces only; addin/office implements OfficeHost on
 * the open workbook in Excel, addin/wps on the open workbook in WPS 表格, and file mode implements FileHost on a picked file in a
 * Web Worker. Both return the same CheckView, built from the same core.
 */
import type { MarkPlan } from '../src/annotate/mark-plan';
import type { SummaryKind } from '../src/forms/summaries';
import type { BusinessType } from '../src/model/schema';
import type { ProfileId } from '../src/profiles/profiles';
import type { Fix, FixPlan } from '../src/fix';
import type { UnwrittenForm } from '../src/forms/documents';
import type { Finding, Summary } from '../src/rules/finding';
import type { Batch } from '../src/summarize/batch';
import type { Received } from './batch/collect';
import type { BatchOutput } from './batch/protocol';

/** A task the clerk stopped with 取消: it ends quietly, with no error shown. */
export class Cancelled extends Error {}

export interface Progress {
  /** Short Chinese label of the current step, e.g. 读取工作表、检查、标注. */
  step: string;
  done: number;
  total: number;
  /** The task now writes to the workbook and runs to its end: 取消 no longer applies. */
  committing?: boolean;
}

export interface CheckRequest {
  /** Overrides 机构信息; absent means "as the workbook says". */
  profile?: ProfileId;
  business?: BusinessType;
}

/** The outcome of a check as the pane shows it. */
export interface CheckView {
  profile: ProfileId;
  business: BusinessType;
  summary: Summary;
  findings: Finding[];
  /** Sheets in tab order (for grouping findings). */
  sheets: string[];
  /** The plan the marks were (or would be) written from. */
  plan: MarkPlan;
  /** The findings' one-click fixes (修正), and the mechanical-looking ones that cannot be fixed, with why. */
  fixes: FixPlan;
  /** Whether fixes were applied that 撤销 can take back (also after the pane was closed and reopened). */
  fixed: boolean;
}

/** Profile and business type as 机构信息 states them, for the pane's defaults. */
export interface Defaults {
  profile: ProfileId | null;
  business: BusinessType | null;
}

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
  /** One Chinese line the clerk should read with the file: what it leaves out and why. */
  notice?: string;
}

/** Word forms as asked for: the files, and each chosen form that gave none with why (a per-site letter with no site). */
export interface FormFiles {
  files: OutputFile[];
  unwritten: UnwrittenForm[];
  /** The workbook's name as the host gives it, which the download is named after. */
  workbook: string;
}

export interface InsertResult {
  sheetsAdded: string[];
  columnsAdded: { sheet: string; header: string }[];
}

/**
 * 修正 and 撤销, as every host offers them (Excel through Office.js, file
 * mode on the downloaded copy, and any other spreadsheet host): the fixes
 * come from the view's plan, and each call answers with the check of the
 * workbook as it now is.
 */
export interface FixHost<V extends CheckView = CheckView> {
  /** Applies the fixes, keeping what each cell held; cells changed since the check are left alone. */
  applyFixes(fixes: readonly Fix[], req: CheckRequest): Promise<V>;
  /** Puts back every value the fixes changed (where the cell still holds what the fix wrote). */
  undoFixes(req: CheckRequest): Promise<V>;
}

export interface OfficeHost extends FixHost {
  readonly mode: 'office';
  /** The program as the clerk knows it, for the pane's notes: Excel unless said otherwise. */
  readonly product?: 'Excel' | 'WPS';
  /** What the host supports (comments, notes, RangeAreas, insertWorksheetsFromBase64…), for the pane to explain. */
  readonly features: Readonly<Record<string, boolean>>;
  /** Whether a check can be stopped (取消): Excel reads in many awaited syncs; WPS reads in one synchronous pass that nothing can interrupt. */
  readonly cancellable: boolean;
  readDefaults(): Promise<Defaults>;
  /**
   * Reads the open workbook, checks it and marks it (fills, notes or comments, 检查结果).
   * An abort (取消) while it reads or checks rejects with Cancelled and leaves
   * the workbook untouched; once marking has begun it runs to its end.
   */
  checkAndMark(req: CheckRequest, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<CheckView>;
  /** The cell the clerk is on (where 上一个/下一个 start); null where Excel cannot say (before ExcelApi 1.7); absent where the host offers no documented way (WPS), and the walk starts at the first finding. */
  activeCell?(): Promise<{ sheet: string; cell: string } | null>;
  /** Activates the sheet and selects the cell (or the sheet's used range's first cell when null). */
  select(sheet: string, cell: string | null): Promise<void>;
  /** Restores every marked cell's previous fill and note, removes 检查结果; returns the number of cells restored. */
  clearMarks(): Promise<number>;
  insertTemplateSheets(profile: ProfileId, business: BusinessType): Promise<InsertResult>;
  /**
   * Live re-check after edits; `onUpdate` receives each new view, `onError`
   * a Chinese line when live checking had to stop (check again to resume).
   * Returns a function that stops watching.
   */
  watch(onUpdate: (view: CheckView) => void, onError?: (message: string) => void): Promise<() => void>;
  /** The last check's recognised workbook and result as Word files (forms chosen by id). */
  buildDocuments(formIds: string[], opts: { maskIds: boolean }): Promise<FormFiles>;
  /** Gets a file out of the pane: data-URI download, falling back to a dialog (WebView2, Mac). */
  save(file: OutputFile): Promise<void>;
  /**
   * Saves a copy of the open, marked workbook where the clerk chooses (the
   * program's own save dialog); the path, or null when cancelled. Only hosts
   * whose marked workbook is not otherwise easy to keep apart offer it (WPS).
   */
  saveMarkedCopy?(): Promise<string | null>;
  /**
   * Opens a page of the add-in (its help) in the clerk's default browser
   * rather than inside the pane; false where the host cannot, and the link
   * opens as links do there.
   */
  openInBrowser?(url: string): boolean;
  /**
   * The last check's workbook against an earlier filing of the organisation.
   * Office.js reads only the workbook the pane runs in, so the earlier filing
   * is picked as a file.
   */
  compare?(earlier: { name: string; data: Blob }): Promise<CompareView>;
  /** The last comparison as a Word change list. */
  changeList?(): Promise<OutputFile>;
  /**
   * Marks the cells the last comparison found changed or new: a fill of
   * their own and a note with the earlier value, kept in the restore store
   * like every mark, so 清除标记 removes them. Returns the cells marked.
   */
  markChanges?(): Promise<number>;
  /** The program's own buttons asking the pane to check (WPS's ribbon 检查); returns a function that stops listening. */
  onCheckRequest?(listener: () => void): () => void;
}

export interface FileHost extends FixHost<CheckView & { defaults: Defaults }> {
  readonly mode: 'file';
  /** Reads and checks a picked file in a Web Worker; the page hands over the File and keeps no copy of its bytes. */
  checkFile(file: { name: string; data: Blob }, req: CheckRequest, onProgress: (p: Progress) => void): Promise<CheckView & { defaults: Defaults }>;
  /** Stops the running check (取消); its promise rejects with Cancelled and the file must be opened again. */
  cancel(): void;
  /** Checks the last file again (other settings), from the bytes read the first time. */
  recheck(req: CheckRequest, onProgress: (p: Progress) => void): Promise<CheckView & { defaults: Defaults }>;
  annotated(): Promise<OutputFile>;
  /** The workbook with the fixes applied and nothing else changed (no marks): what the clerk hands in. */
  fixed(): Promise<OutputFile>;
  /** The chosen forms as one .zip (null when none gave a file), and the forms not written with why. */
  documents(formIds: string[], opts: { maskIds: boolean }): Promise<{ file: OutputFile | null; unwritten: UnwrittenForm[] }>;
  report(): Promise<OutputFile>;
  /** The checked workbook against an earlier filing of the same organisation (picked by the user). */
  compare(earlier: { name: string; data: Blob }): Promise<CompareView>;
  /** The last comparison as a Word change list. */
  changeList(): Promise<OutputFile>;
  /**
   * 下载标注变更的工作簿: the annotated copy with the cells the last comparison
   * found changed or new marked as well (the change fill and a note with the
   * earlier value), as 标记变更单元格 marks them in Excel and WPS.
   */
  annotatedChanges(): Promise<OutputFile>;
  /** The template workbook of a profile and business type (every sheet and header it needs). */
  template(profile: ProfileId, business: BusinessType): Promise<OutputFile>;
  save(file: OutputFile): Promise<void>;
}

/** What changed since an earlier filing, grouped as the CLI's diff prints it. */
export interface CompareView {
  earlier: string;
  headline: string;
  sections: { title: string; lines: string[] }[];
}

export interface BatchRequest {
  /** The day the office checks on (deadlines, days left), yyyy-mm-dd. */
  asOf: string;
  /** The office's register of filed organisations (已备案机构名单), when it picked one. */
  register?: Blob;
  /** The JSON of an earlier batch, when it picked one. */
  previous?: Blob;
}

/**
 * An office's batch in file mode (addin/batch): many received files, folders
 * and .zip archives checked in a few Web Workers and summarised exactly as
 * `beian summarize` does, with the same outputs. Nothing is uploaded.
 */
export interface BatchHost {
  readonly mode: 'batch';
  /** Starts the workers the next batch checks with, so that it need not wait for them to load. */
  prepare(): void;
  /** Checks every received file (one bad file is one entry, never the end of the batch) and runs the cross-workbook rules. */
  summarize(files: readonly Received[], req: BatchRequest, onProgress: (p: Progress) => void): Promise<Batch>;
  /** An output of the last batch: the Word summary of `kind`, the results workbook, or the JSON; IDs masked on request. */
  output(what: BatchOutput, opts: { kind: SummaryKind; maskIds: boolean }): Promise<OutputFile>;
  save(file: OutputFile): Promise<void>;
}

export type PaneHost = OfficeHost | FileHost;
