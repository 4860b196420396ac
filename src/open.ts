import type { RecognisedWorkbook } from './model/table';
import type { Workbook } from './model/workbook';
import { InputError } from './read/input-error';
import { readWorkbook } from './read/read-workbook';
import { recognise } from './recognise/recognise';

/** Recognises a read workbook, refusing one with no filing sheet at all. */
export function recogniseFiling(workbook: Workbook): RecognisedWorkbook {
  const book = recognise(workbook);
  if (!book.tables.length && !book.org) {
    const names = workbook.sheets.map((s) => s.name).join('、') || '（无）';
    throw new InputError(`工作簿中没有可识别的备案工作表（现有：${names}），请使用 beian template 生成的模板`, 'no-sheets');
  }
  return book;
}

/** Bytes of an .xlsx → the recognised filing, on any host. */
export async function openWorkbook(buf: Uint8Array): Promise<RecognisedWorkbook> {
  return recogniseFiling(await readWorkbook(buf));
}
