import { isoDate } from '../model/cell';
import type { Batch } from './batch';
import { daysLeft } from './cross-rules';
import { evaluationTotals } from './occupations';
import type { Figure, PeriodTotals } from '../forms/summary-facts';
import { readSnapshot } from '../diff/compare';
import { maskId } from '../validate/gb11643-id';

/** The period's figures where every row gives them, else null. */
function knownTotals(t: PeriodTotals | null): { assessed: number | null; certified: number | null } {
  const known = (key: Figure) => (t?.partial?.includes(key) ? null : (t?.[key] ?? null));
  return { assessed: known('assessed'), certified: known('certified') };
}

/** Each person once, the ID masked: enough to tell next year who joined and who left, no birth date. */
function uniquePeople(people: readonly { name: string; id: string }[]): { name: string; id: string }[] {
  const seen = new Map<string, { name: string; id: string }>();
  for (const p of people) if (!seen.has(p.id)) seen.set(p.id, { name: p.name, id: maskId(p.id) });
  return [...seen.values()];
}

/**
 * The batch as `beian summarize --json` prints it: every received file with
 * its status and counts, every finding with its file, the cross-workbook
 * findings, and what was skipped on purpose.
 */
export function batchJson(batch: Batch, snapshot: (text: string) => unknown = readSnapshot): object {
  return {
    asOf: isoDate(batch.asOf),
    workbooks: batch.entries.map((e) => {
      if (e.status !== 'ok') return { file: e.file, status: e.status, reason: e.reason, errors: 0, warnings: 0, infos: 0 };
      return {
        file: e.file,
        status: e.status,
        org: e.org.name,
        profile: e.profile,
        business: e.business,
        ...e.summary,
        creditCode: e.org.creditCode,
        filingNo: e.org.filingNo,
        city: e.org.city,
        validTo: e.org.validTo,
        daysLeft: daysLeft(e, batch.asOf) ?? null,
        // null where the workbook gives no evaluation data or a row leaves the figure blank: unknown, not 0 (the rows below say which).
        ...knownTotals(evaluationTotals(e)),
        dropped: e.dropped,
        // What next year's batch compares with (--previous); roster IDs only as first 6 and last 4 characters.
        occupations: e.applied,
        evaluations: e.evaluations.map(({ occupation, code, assessed, certified }) => ({ occupation, code, assessed, certified })),
        people: uniquePeople(e.people),
        filing: snapshot(e.filing),
        ...(e.supersededBy ? { supersededBy: e.supersededBy } : {}),
        ...(e.otherFilings ? { otherFilings: e.otherFilings } : {}),
      };
    }),
    findings: batch.entries.flatMap((e) => (e.status === 'ok' ? e.findings.map((f) => ({ file: e.file, ...f })) : [])),
    cross: batch.cross,
    skipped: batch.skipped,
    ...(batch.register ? { register: batch.register } : {}),
    ...(batch.previous ? { previous: batch.previous } : {}),
    ...(batch.changes ? { changes: batch.changes } : {}),
  };
}

/**
 * The batch's JSON as a file: indented for a reader, each filing's snapshot
 * on one line as the batch holds it. Indenting 500 snapshots again made a
 * 74 MB file, and parsing, indenting and writing it took the office's run
 * longer than checking the workbooks did.
 */
export function batchJsonText(batch: Batch): string {
  const snapshots: string[] = [];
  // A marker no workbook's text can match: the nonce is this run's own.
  const nonce = Math.random().toString(36).slice(2);
  const json = JSON.stringify(
    batchJson(batch, (text) => `\u0000${nonce}:${snapshots.push(text) - 1}\u0000`),
    null,
    2,
  );
  const marker = new RegExp(`"\\\\u0000${nonce}:(\\d+)\\\\u0000"`, 'g');
  return `${json.replace(marker, (_, i: string) => snapshots[Number(i)])}\n`;
}
