import type { BusinessType } from '../../src/model/schema';
import type { ProfileId } from '../../src/profiles/profiles';
import type { CheckRequest, CheckView, Defaults, OutputFile, Progress } from '../host';

/** Messages between the file-mode page and its worker (addin/file/worker.ts). */
export type WorkerRequest =
  /** `data` is the picked File: a handle, read in the worker. */
  | { id: number; type: 'check'; name: string; data: Blob; req: CheckRequest }
  | { id: number; type: 'recheck'; req: CheckRequest }
  | { id: number; type: 'annotated' }
  | { id: number; type: 'documents'; base: string; formIds: string[]; maskIds: boolean }
  | { id: number; type: 'report'; base: string }
  | { id: number; type: 'template'; profile: ProfileId; business: BusinessType };

export type CheckReply = CheckView & { defaults: Defaults };

export type WorkerReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'done'; value: CheckReply | OutputFile }
  /** `message` is one Chinese line for the user; never a stack trace. */
  | { id: number; type: 'failed'; message: string };
