import fc from 'fast-check';
import { creditCodeCheckChar, validateCreditCode } from '../../../src/validate/gb32100-credit-code';
import { orgCodeCheckChar } from '../../../src/validate/gb11714-org-code';
import { ALPHABET, codes, expectIssue } from './helpers';

/** A code with a correct check character for a 17-character body. */
const withCheck = (body: string) => body + creditCodeCheckChar(body);

describe('GB 32100 published vectors', () => {
  it('accepts 91350100M000100Y43', () => {
    // Σ value×weight over 91350100M000100Y4 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43', issues: [] });
  });

  it('accepts 9111000071093123XX (check X; inner organisation code 71093123-X)', () => {
    // Σ = 1304; 1304 mod 31 = 2; 31 − 2 = 29 → X. Inner: Σ = 155; 155 mod 11 = 1; 11 − 1 = 10 → X.
    expect(creditCodeCheckChar('9111000071093123X')).toBe('X');
    expect(orgCodeCheckChar('71093123')).toBe('X');
    expect(validateCreditCode('9111000071093123XX', { nature: '企业' })).toEqual({ ok: true, value: '9111000071093123XX', issues: [] });
  });

  it('maps 31 to 0', () => {
    const body = fc.sample(fc.stringMatching(/^91110000[0-9A-HJ-NP-RTUW-Y]{9}$/), 3000).find((b) => creditCodeCheckChar(b) === '0');
    expect(body).toBeDefined();
    expect(codes(validateCreditCode(`${body}0`))).not.toContain('credit.checksum');
  });
});

describe('validateCreditCode', () => {
  it('explains that early pilot codes may fail the check', () => {
    const i = expectIssue(validateCreditCode('91350100M000100Y44'), 'credit.checksum', '91350100M000100Y44');
    expect(i.message).toContain('校验位应为 3，实际为 4');
    expect(i.message).toContain('少数早期试点赋码的代码无法通过校验');
  });

  it('cleans lowercase, full-width and spaces with a warning', () => {
    const r = validateCreditCode(' ９１３５０１００m000100y43');
    expect(r).toMatchObject({ ok: true, value: '91350100M000100Y43' });
    expect(codes(r)).toEqual(['credit.format-cleaned']);
    expect(expectIssue(r, 'credit.format-cleaned', '９１３５０１００').hint).toContain('91350100M000100Y43');
  });

  it('rejects wrong lengths, letters I O S V Z and numbers', () => {
    expectIssue(validateCreditCode('91350100M000100Y4'), 'credit.format', '91350100M000100Y4');
    const i = expectIssue(validateCreditCode('91350100M0O0100Y43'), 'credit.format', '“O”');
    expect(i.hint).toContain('I、O、S、V、Z');
    expectIssue(validateCreditCode(913501001000100), 'credit.format', '913501001000100');
  });

  it('checks the organisation code inside, only when the whole code passes', () => {
    const body = '91350100M000100Y5';
    expectIssue(validateCreditCode(withCheck(body)), 'credit.orgcode-checksum', withCheck(body));
    expect(validateCreditCode(withCheck(body)).ok).toBe(true);
  });

  it('warns about unknown categories and regions', () => {
    expectIssue(validateCreditCode(withCheck('0035010071093123X')), 'credit.category', '前两位 00');
    expectIssue(validateCreditCode(withCheck('91AB010071093123X')), 'credit.region', 'AB0100');
    expect(codes(validateCreditCode(withCheck('1210000071093123X')))).toEqual([]);
  });

  it('checks the first two characters against 单位性质', () => {
    const enterprise = '91350100M000100Y43';
    const i = expectIssue(validateCreditCode(enterprise, { nature: '社会团体' }), 'credit.nature', enterprise);
    expect(i.message).toContain('单位性质为 社会团体');
    expect(i.message).toContain('91 表示企业');
    expect(i.message).toContain('51（社会团体）');
    const school = withCheck('1235010071093123X');
    const privateSchool = withCheck('5235010071093123X');
    expect(validateCreditCode(school, { nature: '院校' }).ok).toBe(true);
    expect(validateCreditCode(privateSchool, { nature: '院校' }).ok).toBe(true);
    expect(validateCreditCode(privateSchool, { nature: '民办院校' }).ok).toBe(true);
    expect(codes(validateCreditCode(school, { nature: '民办院校' }))).toEqual(['credit.nature']);
    expect(codes(validateCreditCode(school, { nature: '其他事业单位' }))).toEqual([]);
    expect(codes(validateCreditCode(school, { nature: '机关' }))).toEqual(['credit.nature']);
    expect(codes(validateCreditCode(withCheck('1135010071093123X'), { nature: '机关' }))).toEqual([]);
    expect(codes(validateCreditCode(enterprise, { nature: '央企' }))).toEqual([]);
    expect(codes(validateCreditCode(school, { nature: '其他' }))).toEqual([]);
    expect(codes(validateCreditCode(school, { nature: 'constructor' }))).toEqual([]);
  });

  it('warns when an enterprise has an individual-business or cooperative code', () => {
    const individual = withCheck('9235010071093123X');
    const r = validateCreditCode(individual, { nature: '企业' });
    expect(r.ok).toBe(true);
    expect(expectIssue(r, 'credit.nature-unusual', individual).message).toContain('个体工商户');
  });
});

describe('properties', () => {
  const body17 = fc.array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 }).map((a) => a.join(''));

  it('any body over the alphabet with its check character passes the check; any other fails', () => {
    fc.assert(
      fc.property(body17, fc.constantFrom(...ALPHABET), (body, c) => {
        const good = withCheck(body);
        const r = validateCreditCode(good);
        expect(r.ok).toBe(true);
        expect(r.value).toBe(good);
        expect(codes(r)).not.toContain('credit.checksum');
        if (c !== good[17]) expect(codes(validateCreditCode(body + c))).toContain('credit.checksum');
      }),
    );
  });

  it('lowercase and spaced variants give the same value as the clean code', () => {
    fc.assert(
      fc.property(body17, fc.integer({ min: 0, max: 18 }), fc.constantFrom(' ', '\u3000', '\u00a0'), (body, at, sep) => {
        const good = withCheck(body);
        const messy = (good.slice(0, at) + sep + good.slice(at)).toLowerCase();
        const clean = validateCreditCode(good);
        const r = validateCreditCode(messy);
        expect(r.value).toBe(clean.value);
        expect(codes(r)).toEqual(['credit.format-cleaned', ...codes(clean)]);
      }),
    );
  });
});
