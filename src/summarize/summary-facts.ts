import type { FilingFacts, SummaryFacts } from '../forms/summary-facts';
import { jurisdictionOf } from '../jurisdictions';
import { isoDate } from '../model/cell';
import type { Severity } from '../model/severity';
import { profileById } from '../profiles/profiles';
import { checkTitle } from '../rules/catalogue';
import type { Batch } from './batch';
import { daysLeft } from './cross-rules';
import { officeCharts } from './charts';
import { evaluationTotals, occupationTotals } from './occupations';
import type { CheckedSubmission } from './submission';
import { drawnCount, unreportedCount } from './tally';

function filing(s: CheckedSubmission, batch: Batch): FilingFacts {
  const profile = profileById(s.profile)!;
  const latest = s.evaluations.map((e) => e.lastEvaluation ?? '').sort().at(-1) ?? '';
  const totals = evaluationTotals(s);
  const lapses: FilingFacts['lapses'] = [];
  const crossOf = (rule: string) => batch.cross.some((f) => f.rule === rule && f.files.includes(s.file));
  if (jurisdictionOf(profile).batch?.cancellation) {
    // The period ended and no renewal was applied for (a 备案续期 or 终止备案 filing is an application).
    if ((daysLeft(s, batch.asOf) ?? 0) < 0 && s.business !== '备案续期' && s.business !== '终止备案') lapses.push('expired');
    if (crossOf('office.inactive')) lapses.push('inactive');
  }
  return {
    file: s.file,
    source: profile.source,
    profile: profile.name,
    business: s.business,
    errors: s.summary.errors,
    warnings: s.summary.warnings,
    org: { ...s.org },
    evaluations: totals ? { ...totals, lastEvaluation: latest } : null,
    dropped: s.dropped,
    lapses,
    unjudged: crossOf('office.activity-unknown'),
  };
}

/** The plain facts the office's documents are built from. */
export function summaryFacts(batch: Batch): SummaryFacts {
  const byCheck = new Map<string, { title: string; severity: Severity; count: number; files: Set<string> }>();
  for (const s of batch.used) {
    for (const f of s.findings) {
      const e = byCheck.get(f.rule) ?? { title: checkTitle(f.rule), severity: f.severity, count: 0, files: new Set<string>() };
      e.count++;
      e.files.add(s.file);
      byCheck.set(f.rule, e);
    }
  }
  return {
    asOf: isoDate(batch.asOf),
    filings: batch.used.map((s) => filing(s, batch)),
    received: batch.entries.length,
    unchecked: batch.entries.flatMap((e) => (e.status === 'ok' ? [] : [{ file: e.file, status: e.status, reason: e.reason }])),
    superseded: batch.entries.filter((e) => e.supersededBy).length,
    cross: batch.cross.map(({ severity, message, basis }) => ({ severity, message, basis })),
    occupations: occupationTotals(batch.used).map((o) => ({ name: o.name, assessed: drawnCount(o, 'assessed'), certified: drawnCount(o, 'certified'), evaluated: o.evaluated, unreported: unreportedCount(o) })),
    findingsByCheck: [...byCheck.values()]
      .sort((a, b) => b.count - a.count)
      .map(({ title, severity, count, files }) => ({ title, severity, count, workbooks: files.size })),
    charts: officeCharts(batch),
  };
}
