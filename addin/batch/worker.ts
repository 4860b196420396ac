import { archiveContents, entrySpan, extractEntry, listArchive, type ArchiveEntry } from '../../src/summarize/archive';
import { isoDate } from '../../src/model/cell';
import { InputError } from '../../src/read/input-error';
import { readWorkbook } from '../../src/read/read-workbook';
import type { ComparisonSources } from '../../src/summarize/comparisons';
import { checkSubmission, type Submission } from '../../src/summarize/submission';
import type { OutputFile } from '../host';
import { readPicked } from '../picked';
import type { BatchAnswer, BatchTask, SourcesAnswer } from './protocol';

/**
 * One of the batch page's Web Workers: lists archives, reads and checks one
 * received file at a time with the same core as `beian summarize`'s worker
 * threads, reads what the batch is compared with, and builds the batch's
 * outputs. Exceljs and docxtemplater load only in the worker that builds an
 * output.
 */

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<BatchTask>) => void) | null;
  postMessage(msg: BatchAnswer, transfer?: Transferable[]): void;
};

/** One entry of an archive, read from the archive's File piece by piece: its local header, then its data. */
async function entryBytes(archive: Blob, e: ArchiveEntry): Promise<Uint8Array> {
  const span = entrySpan(await readPicked(archive, e.localOffset, e.localOffset + 30), e);
  return extractEntry(await readPicked(archive, e.localOffset, e.localOffset + span), { ...e, localOffset: 0 });
}

async function check(task: Extract<BatchTask, { type: 'check' }>): Promise<Submission> {
  let bytes: Uint8Array;
  try {
    bytes = 'bytes' in task.from ? task.from.bytes : await entryBytes(task.from.archive, task.from.entry);
  } catch (e) {
    if (e instanceof InputError) return { file: task.file, status: 'unreadable', reason: e.message };
    throw e;
  }
  return checkSubmission(task.file, bytes, { asOf: new Date(task.asOf) });
}

/** What the office picked to compare the batch with (`summarize --register`, `--previous`), read; a file that cannot serve is named in one line. */
async function sources(task: Extract<BatchTask, { type: 'sources' }>): Promise<SourcesAnswer> {
  const [{ readRegister, RegisterError }, { readEarlierBatch, NotASummary }] = await Promise.all([import('../../src/summarize/register'), import('../../src/summarize/earlier')]);
  const sources: ComparisonSources = {};
  try {
    if (task.register) sources.register = readRegister(await readWorkbook(await readPicked(task.register)));
  } catch (e) {
    if (e instanceof RegisterError || e instanceof InputError) return { refused: `已备案机构名单无法使用：${e.message}` };
    throw e;
  }
  try {
    if (task.previous) sources.earlier = readEarlierBatch(new TextDecoder().decode(await readPicked(task.previous)));
  } catch (e) {
    if (e instanceof NotASummary || e instanceof InputError) return { refused: `上次汇总结果无法使用：${e.message}` };
    throw e;
  }
  return { sources };
}

async function output(task: Extract<BatchTask, { type: 'output' }>): Promise<OutputFile> {
  const [{ maskBatch }, { MIME }] = await Promise.all([import('../../src/summarize/mask'), import('../outputs')]);
  const batch = task.maskIds ? maskBatch(task.batch) : task.batch;
  switch (task.what) {
    case 'json': {
      const { batchJsonText } = await import('../../src/summarize/json');
      return { name: '备案汇总结果.json', bytes: new TextEncoder().encode(batchJsonText(batch)), mime: MIME.json };
    }
    case 'xlsx': {
      const [{ relativeLink }, { resultsWorkbook }] = await Promise.all([import('../../src/summarize/link'), import('../../src/summarize/results-workbook')]);
      const bytes = await resultsWorkbook(batch, (file) => (task.links[file] ? relativeLink(task.links[file]) : undefined));
      return { name: '备案汇总结果.xlsx', bytes, mime: MIME.xlsx };
    }
    case 'word': {
      const [{ SUMMARY_KINDS, summaryDocx }, { summaryFacts }, { fetchFormTemplate }] = await Promise.all([
        import('../../src/forms/summaries'),
        import('../../src/summarize/summary-facts'),
        import('../outputs'),
      ]);
      // As `beian summarize -o` renders it, the report with its annex.
      const bytes = await summaryDocx(task.kind, summaryFacts(batch), (id) => fetchFormTemplate(task.base, id));
      const { withComparisonAnnex } = await import('../../src/summarize/comparison-report');
      return { name: `${SUMMARY_KINDS[task.kind].title}.docx`, bytes: task.kind === 'report' ? withComparisonAnnex(bytes, batch) : bytes, mime: MIME.docx };
    }
    case 'followUp': {
      if (!batch.register) throw new Error('请先选择已备案机构名单');
      const { unfiledListDocx } = await import('../../src/summarize/unfiled-list');
      return { name: '备案到期未申请续期的评价机构名单.docx', bytes: unfiledListDocx(batch.register, isoDate(batch.asOf)), mime: MIME.docx };
    }
  }
}

async function answer(task: BatchTask): Promise<unknown> {
  switch (task.type) {
    case 'list': {
      const bytes = await readPicked(task.archive);
      return archiveContents(listArchive(bytes), task.shown, bytes.length);
    }
    case 'check':
      return check(task);
    case 'sources':
      return sources(task);
    case 'output':
      return output(task);
  }
}

scope.onmessage = (e) => {
  answer(e.data).then(
    (value) => scope.postMessage({ ok: true, value }, value && typeof value === 'object' && 'bytes' in value ? [(value as OutputFile).bytes.buffer as ArrayBuffer] : []),
    (err: unknown) => scope.postMessage({ ok: false, message: String((err as Error)?.message ?? err), reason: err instanceof InputError ? err.reason : undefined }),
  );
};
