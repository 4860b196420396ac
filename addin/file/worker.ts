import { checkBook, markMeta, parseBusiness, type CheckResult } from '../../src/check';
import { planMarks, type AnnotateMeta } from '../../src/annotate/mark-plan';
import type { RecognisedWorkbook } from '../../src/model/table';
import { planFixes, type Fix } from '../../src/fix';
import { openWorkbook } from '../../src/open';
import type { BusinessType } from '../../src/model/schema';
import { parseProfile, profileById, type ProfileId } from '../../src/profiles/profiles';
import type { ChangedCell, FilingDiff } from '../../src/diff/compare';
import type { CheckRequest, CompareView, Defaults, OutputFile, Progress } from '../host';
import { userMessage } from '../messages';
import { readPicked } from '../picked';
import type { CheckReply, DocumentsReply, WorkerReply, WorkerRequest } from './protocol';

/**
 * File mode's worker: reads and checks the picked workbook with the same
 * core as the CLI, keeps it for the downloads, and builds them on request.
 * The page's main thread stays responsive however big the roster.
 */

interface Checked {
  name: string;
  /** The workbook as picked, and as fixed (the same until a 修正). */
  original: Uint8Array;
  bytes: Uint8Array;
  book: RecognisedWorkbook;
  result: CheckResult;
  meta: AnnotateMeta;
}

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(msg: WorkerReply, transfer?: Transferable[]): void;
};

let checked: Checked | null = null;
/** The last comparison, for its Word change list and the copy with the changed cells marked. */
let compared: { diff: FilingDiff; cells: ChangedCell[]; earlier: string } | null = null;

function defaultsOf(book: RecognisedWorkbook): Defaults {
  const profile = parseProfile(book.org?.text('profile') ?? '')?.id ?? null;
  const text = book.org?.text('business') ?? '';
  return { profile, business: text ? parseBusiness(text) ?? null : null };
}

async function check(id: number, name: string, source: Blob | Uint8Array, req: { profile?: string; business?: string }, original?: Uint8Array): Promise<CheckReply> {
  const step = (p: Progress) => scope.postMessage({ id, type: 'progress', progress: p });
  step({ step: '读取工作簿', done: 0, total: 3 });
  // The last check's workbook goes before the next is read: one roster in memory at a time.
  checked = null;
  compared = null;
  const bytes = source instanceof Uint8Array ? source : await readPicked(source);
  const book = await openWorkbook(bytes);
  step({ step: '检查', done: 1, total: 3 });
  const result = checkBook(book, req);
  step({ step: '整理结果', done: 2, total: 3 });
  const sheets = book.workbook.sheets.map((s) => s.name);
  const meta: AnnotateMeta = markMeta(name, result);
  checked = { name, original: original ?? bytes, bytes, book, result, meta };
  const reply: CheckReply = {
    profile: result.profile.id,
    business: result.business,
    summary: result.summary,
    findings: result.findings,
    sheets,
    plan: planMarks(result.findings, meta, sheets),
    fixes: planFixes(book, result.findings),
    fixed: original !== undefined && original !== bytes,
    defaults: defaultsOf(book),
  };
  step({ step: '完成', done: 3, total: 3 });
  return reply;
}

function current(): Checked {
  if (!checked) throw new Error('请先打开并检查一个工作簿');
  return checked;
}

/** The fixes patched into the copy the downloads are made from, then checked again. */
async function fix(id: number, fixes: readonly Fix[], req: CheckRequest): Promise<CheckReply> {
  const c = current();
  const { fixXlsx } = await import('../../src/fix/xlsx');
  return check(id, c.name, await fixXlsx(c.bytes, fixes), req, c.original);
}

const NOTHING_TO_MARK = '上次备案以来只有删除的项目，本工作簿中没有可标注的变更单元格（副本只有检查标注）';

/**
 * The annotated copy: the check's marks, and with `changes` the changed
 * cells of the last comparison too (the change fill, the earlier value in
 * the note), as 标记变更单元格 marks them in Excel and WPS.
 */
async function annotated(changes?: readonly ChangedCell[]): Promise<OutputFile> {
  const c = current();
  const [{ annotateWorkbook }, { MIME, fileStem }, { spreadsheetFormat }] = await Promise.all([import('../../src/annotate'), import('../outputs'), import('../../src/read/gate')]);
  // An .xls or .ods is marked in an .xlsx copy of itself (the pane says so): marks need the .xlsx parts.
  const xlsx = spreadsheetFormat(c.bytes) === 'xlsx' ? c.bytes : await (await import('../../src/read/legacy')).legacyAsXlsx(c.bytes);
  const { bytes, notice } = await annotateWorkbook(xlsx, c.result.findings, c.meta, changes ? { changes } : {});
  // Only removed items: nothing of this workbook to mark, and the clerk is told rather than left looking for lavender.
  const notices = [notice, changes && !changes.length ? NOTHING_TO_MARK : null].filter(Boolean);
  return { name: `${fileStem(c.name)}（${changes ? '已标注变更' : '已标注'}）.xlsx`, bytes, mime: MIME.xlsx, ...(notices.length ? { notice: notices.join('；') } : {}) };
}

function comparison(): NonNullable<typeof compared> {
  if (!compared) throw new Error('请先选择上次备案的工作簿进行比较');
  return compared;
}

async function fixed(): Promise<OutputFile> {
  const c = current();
  const { MIME, fileStem } = await import('../outputs');
  // A copy: the worker keeps its bytes for the next download, and the reply's buffer is transferred.
  return { name: `${fileStem(c.name)}（已修正）.xlsx`, bytes: c.bytes.slice(), mime: MIME.xlsx };
}

async function documents(base: string, formIds: string[], maskIds: boolean): Promise<DocumentsReply> {
  const c = current();
  const [{ formById }, { fetchFormTemplate, formsZipName, renderForms, zipFiles }] = await Promise.all([import('../../src/forms'), import('../outputs')]);
  const forms = formIds.map((id) => {
    const f = formById(id);
    if (!f) throw new Error(`未知的表格“${id}”`);
    return f;
  });
  if (!forms.length) throw new Error('请至少选择一种表格');
  const { files, unwritten } = await renderForms(forms, { file: c.name, book: c.book, result: c.result, options: { maskIds } }, (id) => fetchFormTemplate(base, id));
  return { file: files.length ? zipFiles(formsZipName(c.name), files) : null, unwritten };
}

async function report(base: string): Promise<OutputFile> {
  const c = current();
  const [{ formById }, { fetchFormTemplate, fileStem, renderForms }] = await Promise.all([import('../../src/forms'), import('../outputs')]);
  const {
    files: [file],
  } = await renderForms([formById('check-report')!], { file: c.name, book: c.book, result: c.result, options: {} }, (id) => fetchFormTemplate(base, id));
  // Named after the workbook, as the marked copy and the change list are: reports of several workbooks land in one downloads folder.
  return { ...file, name: file.name.replace(/\.docx$/, `-${fileStem(c.name)}.docx`) };
}

async function compare(name: string, data: Blob): Promise<CompareView> {
  const c = current();
  const [{ compareWithCells, diffHeadline, diffSections }, earlier] = await Promise.all([import('../../src/diff'), readPicked(data).then(openWorkbook)]);
  const { diff, cells } = compareWithCells(earlier, c.book);
  compared = { diff, cells, earlier: name };
  return { earlier: name, headline: diffHeadline(diff), sections: diffSections(diff) };
}

async function changeList(): Promise<OutputFile> {
  const c = current();
  const { diff } = comparison();
  const [{ changeListDocx }, { MIME, fileStem }] = await Promise.all([import('../../src/diff'), import('../outputs')]);
  return { name: `备案信息变更清单-${fileStem(c.name)}.docx`, bytes: changeListDocx(diff), mime: MIME.docx };
}

/** The profile's template workbook: every sheet a filing needs, for a clerk whose workbook lacks some. */
async function template(profile: ProfileId, business: BusinessType): Promise<OutputFile> {
  const [{ templateBuffer }, { MIME }] = await Promise.all([import('../../src/template'), import('../outputs')]);
  const p = profileById(profile)!;
  return { name: `备案模板-${p.name}-${business}.xlsx`.replace(/[\\/:*?"<>|·]/g, '-'), bytes: await templateBuffer(profile, business), mime: MIME.xlsx };
}

/** The reply's file bytes, handed over rather than copied. */
function transferable(value: CheckReply | OutputFile | DocumentsReply | CompareView): Transferable[] {
  if ('bytes' in value) return [value.bytes.buffer];
  if ('unwritten' in value && value.file) return [value.file.bytes.buffer];
  return [];
}

scope.onmessage = (e) => {
  const m = e.data;
  const run = (): Promise<CheckReply | OutputFile | DocumentsReply | CompareView> => {
    switch (m.type) {
      case 'check':
        return check(m.id, m.name, m.data, m.req);
      case 'recheck': {
        const c = current();
        return check(m.id, c.name, c.bytes, m.req, c.original);
      }
      case 'fix':
        return fix(m.id, m.fixes, m.req);
      case 'undo': {
        const c = current();
        return check(m.id, c.name, c.original, m.req);
      }
      case 'annotated':
        return annotated();
      case 'fixed':
        return fixed();
      case 'documents':
        return documents(m.base, m.formIds, m.maskIds);
      case 'report':
        return report(m.base);
      case 'compare':
        return compare(m.name, m.data);
      case 'changeList':
        return changeList();
      case 'annotatedChanges':
        return annotated(comparison().cells);
      case 'template':
        return template(m.profile, m.business);
    }
  };
  run().then(
    (value) => scope.postMessage({ id: m.id, type: 'done', value }, transferable(value)),
    (err: unknown) => scope.postMessage({ id: m.id, type: 'failed', message: userMessage(err) }),
  );
};
