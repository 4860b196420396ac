import type { CheckedSubmission } from './submission';

/** An organisation across workbooks: its 统一社会信用代码, else its name; a workbook naming neither stands alone. */
export function orgKey(s: CheckedSubmission): string {
  if (s.org.creditCode) return `code:${s.org.creditCode}`;
  return s.org.name ? `name:${s.org.name}` : `file:${s.file}`;
}

/** How many organisations the submissions are (one organisation's 备案续期 and 增量备案 are one). */
export function orgCount(subs: Iterable<CheckedSubmission>): number {
  return new Set([...subs].map(orgKey)).size;
}
