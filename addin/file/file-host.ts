import { Cancelled, type CheckRequest, type CompareView, type FileHost, type OutputFile, type Progress } from '../host';
import { downloadFile } from './download';
import type { CheckReply, DocumentsReply, WorkerReply, WorkerRequest } from './protocol';

type Pending = { resolve(v: unknown): void; reject(e: Error): void; onProgress?: (p: Progress) => void };
type Body<T extends WorkerRequest['type']> = Omit<Extract<WorkerRequest, { type: T }>, 'id'>;

/**
 * File mode: the picked workbook is checked in a Web Worker (started on the
 * first file, so the page opens without loading the core), and downloads
 * are built there too. Nothing leaves the browser.
 */
export function createFileHost(base: string = document.baseURI): FileHost {
  let worker: Worker | null = null;
  let next = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    if (worker) return worker;
    const w = new Worker(new URL('./worker.ts', import.meta.url), { name: 'beian-check' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') p.onProgress?.(m.progress);
      else {
        pending.delete(m.id);
        if (m.type === 'done') p.resolve(m.value);
        else p.reject(new Error(m.message));
      }
    };
    // A worker that cannot start or dies (out of memory) fails every open request with one line.
    w.onerror = (e) => {
      e.preventDefault();
      for (const p of pending.values()) p.reject(new Error('检查程序意外中止（文件可能过大，超出浏览器可用内存）'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
    worker = w;
    return w;
  }

  function call<T, K extends WorkerRequest['type']>(body: Body<K> & { type: K }, transfer: Transferable[] = [], onProgress?: (p: Progress) => void): Promise<T> {
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      start().postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  return {
    mode: 'file',
    checkFile: (file: { name: string; data: Blob }, req: CheckRequest, onProgress: (p: Progress) => void) =>
      call<CheckReply, 'check'>({ type: 'check', name: file.name, data: file.data, req }, [], onProgress),
    recheck: (req: CheckRequest, onProgress: (p: Progress) => void) => call<CheckReply, 'recheck'>({ type: 'recheck', req }, [], onProgress),
    applyFixes: (fixes, req) => call<CheckReply, 'fix'>({ type: 'fix', fixes, req }),
    undoFixes: (req) => call<CheckReply, 'undo'>({ type: 'undo', req }),
    annotated: () => call<OutputFile, 'annotated'>({ type: 'annotated' }),
    fixed: () => call<OutputFile, 'fixed'>({ type: 'fixed' }),
    documents: (formIds: string[], opts: { maskIds: boolean }) => call<DocumentsReply, 'documents'>({ type: 'documents', base, formIds, maskIds: opts.maskIds }),
    report: () => call<OutputFile, 'report'>({ type: 'report', base }),
    compare: (earlier: { name: string; data: Blob }) => call<CompareView, 'compare'>({ type: 'compare', name: earlier.name, data: earlier.data }),
    changeList: () => call<OutputFile, 'changeList'>({ type: 'changeList' }),
    annotatedChanges: () => call<OutputFile, 'annotatedChanges'>({ type: 'annotatedChanges' }),
    template: (profile, business) => call<OutputFile, 'template'>({ type: 'template', profile, business }),
    save: async (file: OutputFile) => downloadFile(file),
    // Ending the worker is the only way to stop a check mid-roster; the next file starts a new one.
    cancel: () => {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Cancelled('已取消'));
      pending.clear();
    },
  };
}
