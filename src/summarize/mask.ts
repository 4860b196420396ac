import type { Finding } from '../rules/finding';
import { maskId } from '../validate/gb11643-id';
import type { Batch, BatchEntry } from './batch';
import type { CrossFinding } from './cross-rules';

/** A resident ID (18 characters, or 15 digits before 1999), or what is left of one typed as a number. */
const ID_LIKE = /(?<![\dA-Za-z])\d{14,17}[\dXx](?![\dA-Za-z])/g;

/** A birth date after the 6-digit region: yyyymmdd (19xx or 20xx) in 17–18 characters, yymmdd in 15–16. */
function looksLikeId(s: string): boolean {
  const long = s.length >= 17;
  if (long && !/^(19|20)$/.test(s.slice(6, 8))) return false;
  const at = long ? 10 : 8;
  const month = Number(s.slice(at, at + 2));
  const day = Number(s.slice(at + 2, at + 4));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}


/** Masks every ID number in a text; other numbers (credit codes, phone numbers, counts) stay. */
export function maskIdsIn(text: string): string {
  return text.replace(ID_LIKE, (m) => (looksLikeId(m) ? maskId(m) : m));
}

function maskFinding<F extends Pick<Finding, 'message'> & { hint?: string | null }>(f: F): F {
  return { ...f, message: maskIdsIn(f.message), ...(f.hint ? { hint: maskIdsIn(f.hint) } : {}) };
}

function maskSubmission<S extends BatchEntry>(s: S): S {
  return s.status === 'ok' ? { ...s, findings: s.findings.map(maskFinding), people: s.people.map((p) => ({ ...p, id: maskId(p.id) })) } : s;
}

function maskCross(f: CrossFinding): CrossFinding {
  return { ...maskFinding(f), ...(f.person ? { person: { ...f.person, id: maskId(f.person.id) } } : {}) };
}

/** The batch as office-facing outputs show it with --mask-ids: every ID in findings and cross findings masked. */
export function maskBatch(batch: Batch): Batch {
  return {
    ...batch,
    entries: batch.entries.map(maskSubmission),
    used: batch.used.map(maskSubmission),
    cross: batch.cross.map(maskCross),
  };
}
