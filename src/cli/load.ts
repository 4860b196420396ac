import { parseBusiness } from '../check';
import type { RecognisedWorkbook } from '../model/table';
import { openWorkbook, recogniseFiling } from '../open';
import { spreadsheetFormat, type SpreadsheetFormat } from '../read/gate';
import { BUSINESS_TYPES } from '../model/schema';
import { readWorkbook } from '../read/read-workbook';
import { readRegister, RegisterError, type RegisterRow } from '../summarize/register';
import { NotASummary, readEarlierBatch, type EarlierBatch } from '../summarize/earlier';
import { UsageError } from './io';
import { readInWorker } from './workers';
import { readInput, readOptionalFile } from './files';

/** The office's register of filed organisations (`summarize --register`): .xlsx, .xls or .ods; one Chinese line when it cannot be used. */
export async function readRegisterFile(file: string | undefined): Promise<RegisterRow[] | undefined> {
  if (!file) return undefined;
  const bytes = await readInput(file);
  const book = spreadsheetFormat(bytes) === 'xlsx' ? await readWorkbook(bytes) : await readInWorker(bytes);
  try {
    return readRegister(book);
  } catch (e) {
    if (e instanceof RegisterError) throw new UsageError(`--register ${file}：${e.message}`);
    throw e;
  }
}

/** An earlier batch's JSON holds every finding of its workbooks; far beyond this it is no office's. */
const PREVIOUS_MAX_BYTES = 512 * 1024 * 1024;

/** The earlier batch an office compares with (`summarize --previous`); one Chinese line when it is not one. */
export async function readPrevious(file: string | undefined): Promise<EarlierBatch | undefined> {
  if (!file) return undefined;
  const bytes = await readOptionalFile(file, PREVIOUS_MAX_BYTES, '上次汇总结果');
  if (!bytes) throw new UsageError(`找不到上次汇总结果：${file}`);
  try {
    return readEarlierBatch(new TextDecoder().decode(bytes));
  } catch (e) {
    if (e instanceof NotASummary) throw new UsageError(`--previous ${file} ${e.message}`);
    throw e;
  }
}

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
