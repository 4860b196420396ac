import type { CheckedSubmission } from './submission';

/** An organisation across workbooks and batches: its 统一社会信用代码, else its name; a workbook naming neither stands alone. */
export function organisationKey(creditCode: string, name: string, file: string): string {
  if (creditCode) return `code:${creditCode}`;
  return name ? `name:${name}` : `file:${file}`;
}

export const orgKey = (s: CheckedSubmission): string => organisationKey(s.org.creditCode, s.org.name, s.file);

/** How many organisations the submissions are (one organisation's 备案续期 and 增量备案 are one). */
export function orgCount(subs: Iterable<CheckedSubmission>): number {
  return new Set([...subs].map(orgKey)).size;
}
