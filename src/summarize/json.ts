import { isoDate } from '../model/cell';
import type { Batch } from './batch';
import { daysLeft } from './cross-rules';
import { evaluationTotals } from './occupations';

/**
 * The batch as `beian summarize --json` prints it: every received file with
 * its status and counts, every finding with its file, the cross-workbook
 * findings, and what was skipped on purpose.
 */
export function batchJson(batch: Batch): object {
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
        city: e.org.city,
        validTo: e.org.validTo,
        daysLeft: daysLeft(e, batch.asOf) ?? null,
        ...evaluationTotals(e),
        dropped: e.dropped,
        ...(e.supersededBy ? { supersededBy: e.supersededBy } : {}),
        ...(e.otherFilings ? { otherFilings: e.otherFilings } : {}),
      };
    }),
    findings: batch.entries.flatMap((e) => (e.status === 'ok' ? e.findings.map((f) => ({ file: e.file, ...f })) : [])),
    cross: batch.cross,
    skipped: batch.skipped,
  };
}
