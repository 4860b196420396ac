import { parentPort } from 'node:worker_threads';
import { toPlain } from '../model/transfer';
import { InputError } from '../read/input-error';
import { readWorkbook } from '../read/read-workbook';
import { checkSubmission } from '../summarize/submission';
import { useNodeCodec } from './zip-codec';

/** What the main thread asks a worker: check one received file, or only read one into the model. */
export type WorkerTask = { type: 'check'; file: string; bytes: Uint8Array; asOf: number; holidays?: unknown } | { type: 'read'; bytes: Uint8Array };

/** A worker's answer; a failure carries the InputError's reason when it was one. */
export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; message: string; reason?: InputError['reason'] };

async function answer(task: WorkerTask): Promise<unknown> {
  if (task.type === 'read') return toPlain(await readWorkbook(task.bytes));
  return checkSubmission(task.file, task.bytes, { asOf: new Date(task.asOf), holidays: task.holidays });
}

// Entry point of the worker threads that read and check workbooks (see src/cli/workers.ts).
useNodeCodec();
parentPort?.on('message', (task: WorkerTask) => {
  answer(task).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies WorkerAnswer),
    (e: unknown) => parentPort!.postMessage({ ok: false, message: String((e as Error)?.message ?? e), reason: e instanceof InputError ? e.reason : undefined } satisfies WorkerAnswer),
  );
});
