import { ALL_VALIDATOR_CODES, type ValidationIssue, type ValidationResult } from '../../../src/validate';
import type { CellValue } from '../../../src/model/cell';
import fc from 'fast-check';

export const CJK = /[\u4e00-\u9fff]/;
export const TODAY = new Date(Date.UTC(2026, 4, 15));

export function codes(r: ValidationResult<unknown>): string[] {
  return r.issues.map((i) => i.code);
}

/** The issue with this code; its message is Chinese, quotes `quoted`, and its severity is the catalogue's. */
export function expectIssue(r: ValidationResult<unknown>, code: string, quoted?: string): ValidationIssue {
  const found = r.issues.find((i) => i.code === code);
  if (!found) throw new Error(`expected ${code}, got ${JSON.stringify(r.issues)}`);
  expect(found.message).toMatch(CJK);
  if (quoted !== undefined) expect(found.message).toContain(quoted);
  expect(ALL_VALIDATOR_CODES.find((c) => c.code === code)?.severity).toBe(found.severity);
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
  return found;
}

/** Any value a reader adapter can produce, including invalid dates and odd strings. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[0-9０-９xXｘＸ \u3000\-－]{0,20}$/),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.record({ error: fc.constantFrom('#REF!', '#VALUE!', '#N/A') }),
  fc.anything().map((x): CellValue => {
    if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || x instanceof Date) return x;
    return { error: typeof x };
  }),
);

export const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
