import fc from 'fast-check';
import { orgCodeCheckChar, validateOrgCode } from '../../../src/validate/gb11714-org-code';
import { codes, expectIssue } from './helpers';

describe('GB 11714 organisation codes', () => {
  it('accepts the standard example D2143569-X', () => {
    // D=13: 13×3 + 2×7 + 1×9 + 4×10 + 3×5 + 5×8 + 6×4 + 9×2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → X.
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    expect(validateOrgCode('D2143569-X')).toEqual({ ok: true, value: 'D2143569X', issues: [] });
    expect(validateOrgCode('D2143569X')).toEqual({ ok: true, value: 'D2143569X', issues: [] });
  });

  it('maps 11 to 0 and 10 to X', () => {
    // M000100Y (inside 91350100M000100Y43): 22×3 + 1×5 + 34×2 = 139; 139 mod 11 = 7 → 4.
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    const zero = fc.sample(fc.stringMatching(/^[0-9A-Z]{8}$/), 2000).find((b) => orgCodeCheckChar(b) === '0');
    expect(zero).toBeDefined();
    expect(validateOrgCode(`${zero}0`).ok).toBe(true);
    expect(orgCodeCheckChar('d2143569')).toBeNull();
  });

  it('reports a wrong check character, quoting the value', () => {
    const i = expectIssue(validateOrgCode('D21435691'), 'orgcode.checksum', 'D21435691');
    expect(i.message).toContain('校验位应为 X，实际为 1');
  });

  it('cleans lowercase, full-width and spaced input with a warning', () => {
    const r = validateOrgCode('ｄ2143569 - x');
    expect(r).toMatchObject({ ok: true, value: 'D2143569X' });
    expect(codes(r)).toEqual(['orgcode.format-cleaned']);
    expect(expectIssue(r, 'orgcode.format-cleaned', 'ｄ2143569 - x').hint).toContain('D2143569X');
  });

  it('rejects other shapes', () => {
    expectIssue(validateOrgCode('D214356'), 'orgcode.format', 'D214356');
    expectIssue(validateOrgCode('D2143569Y'), 'orgcode.format', 'D2143569Y');
    expect(validateOrgCode(null)).toEqual({ ok: true, issues: [] });
  });

  it('property: any body with its check character validates, any other fails', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{8}$/), fc.constantFrom(...'0123456789X'), (body, c) => {
        const good = orgCodeCheckChar(body) as string;
        expect(validateOrgCode(body + good)).toEqual({ ok: true, value: body + good, issues: [] });
        if (c !== good) expect(codes(validateOrgCode(body + c))).toEqual(['orgcode.checksum']);
      }),
    );
  });
});
