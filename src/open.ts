import type { RecognisedWorkbook } from './model/table';
import type { Workbook } from './model/workbook';
import { inputError } from './read/input-messages';
import { readWorkbook } from './read/read-workbook';
import { recognise } from './recognise/recognise';

/**
 * Data rows one table may have. Real filings list hundreds of people or
 * sites and the benchmark roster has 100,000 rows; a million rows in a file
 * of a few MB is a mistake or an attack, and checking it would take minutes.
 */
export const MAX_TABLE_ROWS = 200_000;

/** Sheet names as a refusal quotes them: a few, each cut to Excel's 31 characters. */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, 8).map((n) => (Array.from(n).length > 31 ? `${Array.from(n).slice(0, 31).join('')}…` : n));
  return (shown.join('、') || '（无）') + (names.length > shown.length ? ` 等 ${names.length} 个` : '');
}

/** Recognises a read workbook, refusing one with no filing sheet at all or with a table too long to check. */
export function recogniseFiling(workbook: Workbook): RecognisedWorkbook {
  const book = recognise(workbook);
  if (!book.tables.length && !book.org) {
    throw inputError('no-filing-sheets', { names: someNames(workbook.sheets.map((s) => s.name)) });
  }
  const long = book.tables.find((t) => t.rows.length > MAX_TABLE_ROWS);
  if (long) {
    throw inputError('table-too-long', { sheet: someNames([long.sheet.name]), rows: long.rows.length, limit: MAX_TABLE_ROWS });
  }
  return book;
}

/** Bytes of an .xlsx → the recognised filing, on any host. */
export async function openWorkbook(buf: Uint8Array): Promise<RecognisedWorkbook> {
  return recogniseFiling(await readWorkbook(buf));
}
