import { parseBusiness } from '../check';
import type { RecognisedWorkbook } from '../model/table';
import { openWorkbook, recogniseFiling } from '../open';
import { spreadsheetFormat, type SpreadsheetFormat } from '../read/gate';
import { BUSINESS_TYPES } from '../model/schema';
import { UsageError } from './io';
import { readInWorker } from './workers';
import { readInput, readOptionalFile } from './files';

/** A year's holiday schedule is a few kilobytes; anything near this is not one. */
const HOLIDAYS_MAX_BYTES = 4 * 1024 * 1024;

export interface Loaded {
  book: RecognisedWorkbook;
  /** The file's bytes, for the annotated copy. */
  bytes: Uint8Array;
  format: SpreadsheetFormat;
}

export async function loadBook(file: string): Promise<Loaded> {
  const bytes = await readInput(file);
  const format = spreadsheetFormat(bytes);
  if (format !== 'xlsx') return { book: recogniseFiling(await readInWorker(bytes)), bytes, format };
  return { book: await openWorkbook(bytes), bytes, format };
}

export function checkBusinessOption(b: string | undefined): string | undefined {
  if (b !== undefined && !parseBusiness(b)) throw new UsageError(`未知的申请业务类型“${b}”，应为：${BUSINESS_TYPES.join('、')}`);
  return b;
}

export async function readHolidays(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  const bytes = await readOptionalFile(file, HOLIDAYS_MAX_BYTES, '节假日文件');
  if (!bytes) throw new UsageError(`找不到节假日文件：${file}`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new UsageError(`节假日文件 ${file} 不是有效的 JSON`);
  }
}
