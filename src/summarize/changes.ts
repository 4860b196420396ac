import { compareSnapshots, readSnapshot, type FilingDiff, type FilingSnapshot } from '../diff/compare';
import { sheetDef } from '../model/schema';
import type { EarlierBatch } from './earlier';
import { orgKey } from './org-key';
import type { CheckedSubmission } from './submission';

/** A later filing of an organisation against its earlier one, from this inbox or from the earlier batch. */
export interface FilingChange {
  file: string;
  org: string;
  business: string;
  /** The earlier filing: its file, and the day of the earlier batch when it came from there. */
  earlier: { file: string; business: string; batch?: string };
  diff: FilingDiff;
  /**
   * For a 信息变更: where its 变更前 column disagrees with the earlier
   * filing, an item it says it changes that did not change, and an item
   * that changed without a 变更前.
   */
  checks: string[];
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const shown = (s: string) => (s ? `“${s}”` : '空白');
const own = (r: Readonly<Record<string, string>>, k: string) => (Object.hasOwn(r, k) ? r[k] : '');

/** A 信息变更 checked against what it claims to change (HA 四（三）2: the changed items, with their 变更前). */
function declarationChecks(before: FilingSnapshot, after: FilingSnapshot, diff: FilingDiff): string[] {
  const label = new Map<string, string>(sheetDef('org').fields.map((f) => [f.key, f.header]));
  const out: string[] = [];
  for (const [key, declared] of Object.entries(after.declared)) {
    const was = own(before.basic, key);
    const now = own(after.basic, key);
    const name = label.get(key) ?? key;
    if (fold(declared) !== fold(was)) out.push(`${name}：变更前填写${shown(declared)}，上次备案为${shown(was)}`);
    else if (fold(now) === fold(was)) out.push(`${name}：填写了变更前，但与上次备案相同，没有变化`);
  }
  for (const c of diff.basic) if (!own(after.declared, c.field)) out.push(`${c.label}：与上次备案不同（${shown(c.before)} 改为 ${shown(c.after)}），但未在变更前列填写`);
  return out;
}

function change(after: CheckedSubmission, before: FilingSnapshot, earlier: FilingChange['earlier']): FilingChange | undefined {
  const now = readSnapshot(after.filing);
  let diff: FilingDiff;
  try {
    diff = compareSnapshots(before, now);
  } catch {
    // Two credit codes: not one organisation's filings after all (matched by name).
    return undefined;
  }
  const checks = after.business === '信息变更' ? declarationChecks(before, now, diff) : [];
  return { file: after.file, org: after.org.name || after.file, business: after.business, earlier, diff, checks };
}

const applied = (s: CheckedSubmission) => s.org.applyDate;

/**
 * Every filing whose organisation has an earlier filing, in this inbox (an
 * earlier 申请日期, or a resubmission of the same business) or in the
 * earlier batch, with what changed since. The inbox's filings of one
 * organisation are compared each with the one before it.
 */
export function filingChanges(checked: readonly CheckedSubmission[], earlier?: EarlierBatch): FilingChange[] {
  const byOrg = new Map<string, CheckedSubmission[]>();
  for (const s of checked) byOrg.set(orgKey(s), [...(byOrg.get(orgKey(s)) ?? []), s]);
  const before = new Map<string, (typeof earlier & object)['filings'][number]>();
  for (const f of earlier?.filings ?? []) if (f.filing) before.set(f.key, f);
  const out: FilingChange[] = [];
  for (const [key, list] of byOrg) {
    // Stable: filings without a date, or of one day, keep the inbox's order.
    const sorted = [...list].sort((a, b) => applied(a).localeCompare(applied(b)));
    const last = before.get(key);
    if (last?.filing) {
      const c = change(sorted[0], last.filing, { file: last.file, business: last.business, batch: earlier!.asOf });
      if (c) out.push(c);
    }
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      if (applied(b) === applied(a) && b.business !== a.business) continue;
      const c = change(b, readSnapshot(a.filing), { file: a.file, business: a.business });
      if (c) out.push(c);
    }
  }
  return out;
}
