import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import { parseBusiness } from '../check';
import type { RecognisedWorkbook } from '../model/table';
import { fromExcelWorkbook, loadExcel } from '../read/exceljs-full';
import { readWorkbookStream } from '../read/exceljs-stream';
import { InputError } from '../read/input-error';
import { recognise } from '../recognise/recognise';
import { BUSINESS_TYPES } from '../model/schema';
import { UsageError } from './io';
import { readInput } from './files';

/** Above this size the streaming reader is used unless the workbook itself is needed (annotation). */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;

export interface Loaded {
  book: RecognisedWorkbook;
  /** The exceljs workbook, when the in-memory reader was used. */
  excel: ExcelJS.Workbook | null;
}

export async function loadBook(file: string, opts: { needExcel?: boolean; stream?: boolean } = {}): Promise<Loaded> {
  const buf = await readInput(file);
  const stream = !opts.needExcel && (opts.stream ?? buf.length > STREAM_THRESHOLD_BYTES);
  let loaded: Loaded;
  if (stream) loaded = { book: recognise(await readWorkbookStream(buf)), excel: null };
  else {
    const excel = await loadExcel(buf);
    loaded = { book: recognise(fromExcelWorkbook(excel)), excel };
  }
  const { book } = loaded;
  if (!book.tables.length && !book.org) {
    const names = book.workbook.sheets.map((s) => s.name).join('、') || '（无）';
    throw new InputError(`工作簿中没有可识别的备案工作表（现有：${names}），请使用 beian template 生成的模板`, 'no-sheets');
  }
  return loaded;
}

export function checkBusinessOption(b: string | undefined): string | undefined {
  if (b !== undefined && !parseBusiness(b)) throw new UsageError(`未知的申请业务类型“${b}”，应为：${BUSINESS_TYPES.join('、')}`);
  return b;
}

export async function readHolidays(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw new UsageError(`找不到节假日文件：${file}`);
  });
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`节假日文件 ${file} 不是有效的 JSON`);
  }
}
