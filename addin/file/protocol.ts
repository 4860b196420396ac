import type { Fix } from '../../src/fix';
import type { BusinessType } from '../../src/model/schema';
import type { ProfileId } from '../../src/profiles/profiles';
import type { CheckRequest, CheckView, CompareView, Defaults, FileHost, OutputFile, Progress } from '../host';

/** Messages between the file-mode page and its worker (addin/file/worker.ts). */
export type WorkerRequest =
  /** `data` is the picked File: a handle, read in the worker. */
  | { id: number; type: 'check'; name: string; data: Blob; req: CheckRequest }
  | { id: number; type: 'recheck'; req: CheckRequest }
  /** 修正 patches the worker's copy of the workbook; 撤销 goes back to the bytes as picked. */
  | { id: number; type: 'fix'; fixes: readonly Fix[]; req: CheckRequest }
  | { id: number; type: 'undo'; req: CheckRequest }
  | { id: number; type: 'annotated' }
  | { id: number; type: 'fixed' }
  | { id: number; type: 'documents'; base: string; formIds: string[]; maskIds: boolean }
  | { id: number; type: 'report'; base: string }
  /** The checked workbook against an earlier filing of the organisation. */
  | { id: number; type: 'compare'; name: string; data: Blob }
  | { id: number; type: 'changeList' }
  /** The annotated copy with the changed cells of the last comparison marked as well. */
  | { id: number; type: 'annotatedChanges' }
  /** The template workbook of a profile, for a clerk whose workbook lacks sheets. */
  | { id: number; type: 'template'; profile: ProfileId; business: BusinessType };

export type CheckReply = CheckView & { defaults: Defaults };
export type DocumentsReply = Awaited<ReturnType<FileHost['documents']>>;

export type WorkerReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; value: CheckReply | OutputFile | DocumentsReply | CompareView }
  /** `message` is one Chinese line for the user; never a stack trace. */
  | { id: number; type: 'failed'; message: string };
