import type { Workbook } from '../model/workbook';
import { spreadsheetFormat } from './gate';
import { InputError } from './input-error';
import { readLegacyWorkbook } from './legacy';
import { DEFAULT_READ_LIMITS, ReadLimits } from './limits';
import { readXlsx } from './xlsx/read-xlsx';
import { concat } from '../zip/bytes';
import { inputError } from './input-messages';

/** A whole file, or its bytes as they arrive (a File's stream in a Web Worker). */
export type WorkbookSource = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function tooLarge(limit: number): InputError {
  return inputError('stream-too-large', { limit });
}

async function* chunksOf(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  if (!('getReader' in source)) return yield* source;
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The zip directory sits at the end of the file, so the compressed bytes are
 * gathered first (refused as soon as they pass the size limit); the parts
 * inside are then inflated and parsed as streams.
 */
async function collect(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunksOf(source)) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return concat(chunks);
}

/**
 * The one way into a workbook for every host (CLI, web page worker, tests):
 * bytes of an .xlsx, .xls or .ods in, the workbook model out, or an
 * InputError with one Chinese line. Which reader runs behind it is this
 * module's business alone.
 */
export async function readWorkbook(source: WorkbookSource, limits: Partial<ReadLimits> = {}): Promise<Workbook> {
  const buf = source instanceof Uint8Array ? source : await collect(source, limits.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes);
  const format = spreadsheetFormat(buf, { ...DEFAULT_READ_LIMITS, ...limits });
  if (format !== 'xlsx') return readLegacyWorkbook(buf, format, limits);
  return readXlsx(buf, { limits });
}
