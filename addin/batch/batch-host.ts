import type { SummaryKind } from '../../src/forms/summaries';
import { isoDay } from '../../src/model/cell';
import type { ArchiveContents, ArchiveEntry } from '../../src/summarize/archive';
import { compileBatch, type Batch, type SkippedFile } from '../../src/summarize/batch';
import { withComparisons, type ComparisonSources } from '../../src/summarize/comparisons';
import { planReceived } from '../../src/summarize/received';
import { mapLimited } from '../../src/summarize/task-pool';
import { InputError } from '../../src/read/input-error';
import type { Submission } from '../../src/summarize/submission';
import { downloadFile } from '../file/download';
import { readPicked } from '../picked';
import type { BatchHost, BatchRequest, OutputFile, Progress } from '../host';
import type { Received } from './collect';
import { forFile, poolSize, request, WebWorkerPool } from './pool';
import type { BatchOutput, BatchTask, SourcesAnswer } from './protocol';

/** A file to check: a received workbook, or one entry of a received archive (`disk` is the received file it is in). */
interface Item {
  file: string;
  disk: string;
  source?: Blob;
  entry?: ArchiveEntry;
  reason?: string;
}

function asOfTime(text: string): number {
  const d = isoDay(text);
  if (!d) throw new Error('请填写有效的检查日期（年-月-日）');
  return d.getTime();
}

/**
 * The batch in the web page: received files in `beian summarize`'s order,
 * archives listed and each file checked in a pool of Web Workers, then
 * the batch compiled in the page, its outputs built in a worker. The page
 * keeps only the compiled batch, as plain data. The pane starts the
 * checking workers ahead (prepare), so that loading them is done while the
 * office picks what to check.
 */
export function createBatchHost(base: string = document.baseURI, cores: number | undefined = navigator.hardwareConcurrency): BatchHost {
  const spawn = () => new Worker(new URL('./worker.ts', import.meta.url), { name: 'beian-batch' });
  let last: { batch: Batch; links: Record<string, string> } | null = null;
  let outputs: WebWorkerPool | null = null;
  /** Checking workers already started (see prepare), for the next batch to take. */
  let ready: WebWorkerPool | null = null;

  /** Every received file to check, in order, with archives replaced by their workbooks; and what was passed over. */
  async function expand(files: readonly Received[], pool: WebWorkerPool): Promise<{ items: Item[]; skipped: SkippedFile[] }> {
    const parts = await Promise.all(
      planReceived(files.map((f) => ({ path: f.path, size: f.file.size }))).map(async (p): Promise<{ items: Item[]; skipped: SkippedFile[] }> => {
        if ('skip' in p) return { items: [], skipped: [{ file: p.file, reason: p.skip }] };
        if ('reason' in p) return { items: [{ file: p.file, disk: p.file, reason: p.reason }], skipped: [] };
        const source = files[p.index].file;
        if (p.open === 'workbook') return { items: [{ file: p.file, disk: p.file, source }], skipped: [] };
        const listed = await forFile<ArchiveContents>(pool, { type: 'list', archive: source, shown: p.file });
        if ('reason' in listed) return { items: [{ file: p.file, disk: p.file, reason: listed.reason }], skipped: [] };
        return { items: listed.value.workbooks.map((w) => ({ file: w.file, disk: p.file, source, entry: w.entry })), skipped: listed.value.skipped };
      }),
    );
    return { items: parts.flatMap((p) => p.items), skipped: parts.flatMap((p) => p.skipped) };
  }

  /**
   * One file checked. A received workbook is read here and its bytes moved to
   * the worker, so that a worker never waits on the disk: the page reads the
   * next files while the workers check. An archive's entry is read by the
   * worker that checks it.
   */
  async function check(pool: WebWorkerPool, item: Item, asOf: number): Promise<Submission> {
    if (!item.source) return { file: item.file, status: 'unreadable', reason: item.reason ?? '' };
    let task: BatchTask;
    const transfer: Transferable[] = [];
    if (item.entry) task = { type: 'check', file: item.file, from: { archive: item.source, entry: item.entry }, asOf };
    else {
      let bytes: Uint8Array;
      try {
        bytes = await readPicked(item.source);
      } catch (e) {
        if (e instanceof InputError) return { file: item.file, status: 'unreadable', reason: e.message };
        throw e;
      }
      task = { type: 'check', file: item.file, from: { bytes }, asOf };
      transfer.push(bytes.buffer as ArrayBuffer);
    }
    const r = await forFile<Submission>(pool, task, transfer);
    return 'reason' in r ? { file: item.file, status: 'unreadable', reason: r.reason } : r.value;
  }

  return {
    mode: 'batch',
    prepare() {
      if (ready) return;
      ready = new WebWorkerPool(spawn, poolSize(cores));
      ready.warm();
    },
    async summarize(files: readonly Received[], req: BatchRequest, onProgress: (p: Progress) => void): Promise<Batch> {
      last = null;
      const asOf = asOfTime(req.asOf);
      if (!files.length) throw new Error('没有选择任何文件');
      const pool = ready ?? new WebWorkerPool(spawn, poolSize(cores));
      ready = null;
      try {
        onProgress({ step: '整理收到的文件', done: 0, total: 1 });
        // Read by a worker alongside the checking, like one more file; a file that cannot serve is reported when the batch is compiled.
        const against: Promise<ComparisonSources> =
          req.register || req.previous
            ? request<SourcesAnswer>(pool, { type: 'sources', register: req.register, previous: req.previous }).then((a) => {
                if ('refused' in a) throw new Error(a.refused);
                return a.sources;
              })
            : Promise.resolve({});
        against.catch(() => undefined);
        const { items, skipped } = await expand(files, pool);
        if (!items.length) throw new Error('没有找到工作簿（.xlsx、.xls、.ods，或装有它们的 .zip 压缩包）');
        let done = 0;
        onProgress({ step: `检查工作簿 0/${items.length}`, done, total: items.length + 1 });
        // Two files in hand per worker: one being checked, the next read meanwhile; never the whole inbox in memory.
        const submissions = await mapLimited(items, 2 * poolSize(cores), async (item) => {
          const s = await check(pool, item, asOf);
          done++;
          onProgress({ step: `检查工作簿 ${done}/${items.length}：${item.file}`, done, total: items.length + 1 });
          return s;
        });
        onProgress({ step: '跨机构检查', done, total: items.length + 1 });
        // Compiled here: sending every submission to a worker and the batch back cost the page more than compiling.
        const batch = withComparisons(compileBatch(submissions, new Date(asOf), skipped), submissions, await against);
        last = { batch, links: Object.fromEntries(items.map((i) => [i.file, i.disk])) };
        return batch;
      } finally {
        // The checking workers go; what they read goes with them.
        void pool.close();
      }
    },
    async output(what: BatchOutput, opts: { kind: SummaryKind; maskIds: boolean }): Promise<OutputFile> {
      if (!last) throw new Error('请先选择要汇总的工作簿');
      if (what !== 'json' && !last.batch.entries.some((e) => e.status === 'ok')) throw new Error('没有一份工作簿能够检查，无法生成汇总文件');
      outputs ??= new WebWorkerPool(spawn, 1);
      return request<OutputFile>(outputs, { type: 'output', batch: last.batch, what, kind: opts.kind, maskIds: opts.maskIds, links: last.links, base });
    },
    save: async (file: OutputFile) => downloadFile(file),
  };
}
