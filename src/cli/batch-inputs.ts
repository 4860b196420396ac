/** What only the office batch reads besides its inbox, apart from the loader every command uses, so that a check never loads the earlier batch's schema library. */
import { spreadsheetFormat } from '../read/gate';
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
