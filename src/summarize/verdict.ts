import { verdictOf } from '../rules/finding';
import type { Batch, BatchEntry } from './batch';
import { yearTotals } from './tally';

/*
 * What an office reads first about a batch, with no more than types from the
 * batch's modules, the verdict words of rules/finding.ts (which imports only
 * the severities) and the tally's words of summarize/tally.ts (which imports
 * only 未填报), so that the web page can show it without loading the core.
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

/** What the register and the earlier batch show, a line each, for the terminal and the page. */
export function comparisonLines(batch: Batch): string[] {
  const out: string[] = [];
  const r = batch.register;
  if (r) {
    const due = r.unfiled.filter((u) => u.status === 'due').length;
    out.push(
      `已备案机构名单 ${r.registered} 家：即将到期未报送续期 ${due} 家，已到期未续期 ${r.unfiled.length - due} 家，` +
        `有效期止无法识别 ${r.undated.length} 家；名单外机构的报送 ${r.unregistered.length} 份`,
    );
  }
  const changes = batch.changes ?? [];
  if (changes.length) {
    const unmatched = changes.filter((c) => c.checks.length).length;
    out.push(`有前次备案可比较的工作簿 ${changes.length} 份，共 ${changes.reduce((n, c) => n + c.diff.total, 0)} 项变化${unmatched ? `；信息变更与所填变更前不符 ${unmatched} 份` : ''}（结果工作簿“备案变化”逐项列出）`);
  }
  const p = batch.previous;
  if (p) {
    out.push(
      `与上次汇总（${p.asOf}）相比：${yearTotals(p.totals.previous, p.totals.current)}；` +
        `新出现的机构 ${p.appeared.length} 家，本次未报送 ${p.disappeared.length} 家，职业或人员有变化 ${p.orgs.length} 家`,
    );
  }
  return out;
}
