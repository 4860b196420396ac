import fc from 'fast-check';
import { orgCodeCheckChar } from '../../../src/validate/gb11714-org-code';
import { creditCodeCheckChar, validateCreditCode } from '../../../src/validate/gb32100-credit-code';
import { codes } from './helpers';

describe('GB 11714 organisation codes', () => {
  it('gives the standard example D2143569-X its check character', () => {
    // D=13: 13×3 + 2×7 + 1×9 + 4×10 + 3×5 + 5×8 + 6×4 + 9×2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → X.
    expect(orgCodeCheckChar('D2143569')).toBe('X');
  });

  it('maps 11 to 0 and 10 to X', () => {
    // M000100Y (inside 91350100M000100Y43): 22×3 + 1×5 + 34×2 = 139; 139 mod 11 = 7 → 4.
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    const zero = fc.sample(fc.stringMatching(/^[0-9A-Z]{8}$/), 2000).find((b) => orgCodeCheckChar(b) === '0');
    expect(zero).toBeDefined();
    expect(orgCodeCheckChar('d2143569')).toBeNull();
    expect(orgCodeCheckChar('D214356')).toBeNull();
  });

  it('property: inside a credit code, any body with its check character passes and any other is reported', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{8}$/), fc.constantFrom(...'0123456789X'), (body, c) => {
        const good = orgCodeCheckChar(body) as string;
        const code = (inner: string) => `91350100${body}${inner}${creditCodeCheckChar(`91350100${body}${inner}`)}`;
        expect(codes(validateCreditCode(code(good)))).toEqual([]);
        if (c !== good) expect(codes(validateCreditCode(code(c)))).toEqual(['credit.orgcode-checksum']);
      }),
    );
  });
});
