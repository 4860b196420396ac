import fc from 'fast-check';
import { type CellValue, isCellError } from '../../../src/model/cell';
import * as v from '../../../src/validate';
import { cellValue, TODAY } from './helpers';

/** Every validator, as a function of one raw cell value. */
const VALIDATORS: Record<string, (x: CellValue) => unknown> = {
  validateResidentId: (x) => v.validateResidentId(x, { today: TODAY }),
  validateCreditCode: (x) => v.validateCreditCode(x, { nature: '企业' }),
  validatePhone: v.validatePhone,
  validateEmail: v.validateEmail,
  parseDateValue: v.parseDateValue,
  validateDate: (x) => v.validateDate(x, { today: TODAY, notFuture: true }),
  parseYear: (x) => v.parseYear(x, TODAY),
  validateCount: v.validateCount,
  parsePercent: (x) => v.parsePercent(x, '0.0%'),
  validateMoney: v.validateMoney,
  parseSkillLevel: v.parseSkillLevel,
  parseSkillLevelRange: v.parseSkillLevelRange,
  validateSkillLevel: v.validateSkillLevel,
  validateSkillLevelRange: v.validateSkillLevelRange,
  parseXcertLevel: v.parseXcertLevel,
  parseTitle: v.parseTitle,
  validateTitle: v.validateTitle,
  validateOccupationCode: v.validateOccupationCode,
};

describe.each(Object.entries(VALIDATORS))('%s', (_, validate) => {
  it('never throws, never mutates its input, and reports ok consistently', () => {
    fc.assert(
      fc.property(cellValue, (x) => {
        const before = x instanceof Date ? x.getTime() : JSON.stringify(x);
        const r = validate(x) as { ok?: boolean; issues?: { severity: string; message: string }[] } | undefined;
        expect(x instanceof Date ? x.getTime() : JSON.stringify(x)).toEqual(before);
        if (r && Array.isArray(r.issues)) {
          // ok is false exactly when there is an error, or for a formula error left to its own rule.
          expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error') && !isCellError(x));
          for (const i of r.issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkCodeName', () => {
  it('never throws and gives an error only for a real mismatch', () => {
    fc.assert(
      fc.property(cellValue, cellValue, (code, name) => {
        const r = v.checkCodeName(code, name);
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
        if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['occupation.name-mismatch']);
      }),
      { numRuns: 1000 },
    );
  });
});
