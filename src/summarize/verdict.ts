import { verdictOf } from '../rules/finding';
import type { Batch, BatchEntry } from './batch';

/*
 * What an office reads first about a batch, with no more than types from the
 * batch's modules and the verdict words of rules/finding.ts (which imports
 * only the severities), so that the web page can show it without loading the core.
 */

/** What became of a received file, in the office's words. */
export function entryVerdict(e: BatchEntry): '通过' | '未通过' | '重复提交（未采用）' | '无法读取' | '非备案工作簿' {
  if (e.status !== 'ok') return e.status === 'unreadable' ? '无法读取' : '非备案工作簿';
  if (e.supersededBy) return '重复提交（未采用）';
  return verdictOf(e.summary);
}

/** Why a checked file stands where it does beside the same organisation's other files; '' when alone. */
export function entryNote(e: BatchEntry): string {
  if (e.status !== 'ok') return '';
  if (e.supersededBy) return `同一机构另有工作簿，汇总采用 ${e.supersededBy}`;
  if (e.otherFilings?.length) return `同一机构另提交了${e.otherFilings.map((o) => `${o.business}（${o.file}）`).join('、')}，均已汇总`;
  return '';
}

export interface BatchCounts {
  files: number;
  /** Of the submissions the summaries use. */
  passed: number;
  failed: number;
  unreadable: number;
  foreign: number;
  superseded: number;
  cross: number;
  skipped: number;
}

/** The totals an office reads first (the CLI's last line, the web page's verdict). */
export function batchCounts(batch: Batch): BatchCounts {
  const count = (p: (e: BatchEntry) => boolean) => batch.entries.filter(p).length;
  const failed = batch.used.filter((s) => s.summary.errors).length;
  return {
    files: batch.entries.length,
    passed: batch.used.length - failed,
    failed,
    unreadable: count((e) => e.status === 'unreadable'),
    foreign: count((e) => e.status === 'foreign'),
    superseded: count((e) => Boolean(e.supersededBy)),
    cross: batch.cross.length,
    skipped: batch.skipped.length,
  };
}

/** The batch's totals in one sentence (the CLI's last line, the web page's summary). */
export function countsText(n: BatchCounts): string {
  return (
    `已检查 ${n.files} 份工作簿：通过 ${n.passed} 份，未通过 ${n.failed} 份，` +
    `无法读取 ${n.unreadable} 份，非备案工作簿 ${n.foreign} 份，` +
    `重复提交未采用 ${n.superseded} 份；跨机构问题 ${n.cross} 项`
  );
}
