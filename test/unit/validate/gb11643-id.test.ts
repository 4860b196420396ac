import fc from 'fast-check';
import { ageOn, idCheckChar, validateResidentId } from '../../../src/validate/gb11643-id';
import { codes, expectIssue, TODAY } from './helpers';

const check = (v: Parameters<typeof validateResidentId>[0]) => validateResidentId(v, { today: TODAY });

describe('GB 11643 published vectors', () => {
  it('accepts the standard appendix example 11010519491231002X', () => {
    // Σ digit×weight over 11010519491231002 = 167; 167 mod 11 = 2 → "10X98765432"[2] = X.
    expect(idCheckChar('11010519491231002')).toBe('X');
    const r = check('11010519491231002X');
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', sex: '女', kind: 'resident', issues: [] });
  });

  it('computes the check digit of 440524188001010014 but rejects its 1880 birth date', () => {
    // Σ = 195; 195 mod 11 = 8 → "10X98765432"[8] = 4.
    expect(idCheckChar('44052418800101001')).toBe('4');
    const r = check('440524188001010014');
    expect(codes(r)).toEqual(['id.birthdate']);
    expectIssue(r, 'id.birthdate', '18800101');
  });

  it('accepts the 2023 foreigner permanent-residence ID (9 + province + nationality + birth date)', () => {
    // 9 | 11 北京 | 840 | 19800101 | 001 → Σ = 229; 229 mod 11 = 9 → "10X98765432"[9] = 3.
    expect(idCheckChar('91184019800101001')).toBe('3');
    expect(check('911840198001010013')).toMatchObject({ ok: true, kind: 'foreigner', birthDate: '1980-01-01', sex: '男', issues: [] });
    expectIssue(check('991840198001010012'), 'id.region', '第 2–3 位 91');
  });

  it('accepts HK/Macau/Taiwan residence permits 810000/820000/830000 with their check digit', () => {
    for (const prefix of ['810000', '820000', '830000']) {
      const body = `${prefix}19900101002`;
      const r = check(body + idCheckChar(body));
      expect(r).toMatchObject({ ok: true, kind: 'hmt-permit', birthDate: '1990-01-01', issues: [] });
      expect(codes(check(`${body}${idCheckChar(body) === '0' ? '1' : '0'}`))).toEqual(['id.checksum']);
    }
  });
});

describe('validateResidentId', () => {
  it('says which check digit was expected, quoting the value', () => {
    const i = expectIssue(check('110105194912310023'), 'id.checksum', '110105194912310023');
    expect(i.message).toContain('校验位应为 X，实际为 3');
  });

  it('treats any number as an error, even one that looks right', () => {
    const r = check(110105194912310020);
    expect(r.ok).toBe(false);
    expect(expectIssue(r, 'id.numeric', '1101051949123100').message).toContain('第 15 位之后的数字已丢失');
    expect(expectIssue(check(11010519491231), 'id.numeric', '11010519491231').message).toContain('开头的 0');
    expect(expectIssue(check('1.10105E+17'), 'id.numeric', '1.10105E+17').message).toContain('科学计数法');
  });

  it('cleans full-width digits, spaces, NBSP, U+3000 and hyphens with a warning', () => {
    const r = check('１１０１０５\u3000194912\u00a031-002Ｘ ');
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(expectIssue(r, 'id.format-cleaned', '１１０１０５').hint).toContain('11010519491231002X');
  });

  it('accepts a lowercase x with a warning and normalises it', () => {
    const r = check('11010519491231002x');
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X' });
    expect(codes(r)).toEqual(['id.lowercase-x']);
    expectIssue(r, 'id.lowercase-x', '11010519491231002x');
  });

  it('rejects wrong lengths and characters', () => {
    expectIssue(check('1101051949123100'), 'id.format', '1101051949123100');
    expect(expectIssue(check('11010519491231002Y'), 'id.format', '11010519491231002Y').message).toContain('“Y”');
    expect(expectIssue(check('1101051949A231002X'), 'id.format').message).toContain('“A”');
    expectIssue(check(true), 'id.format', 'TRUE');
  });

  it('checks the province code', () => {
    const body = '01010519491231002';
    expect(codes(check(body + idCheckChar(body)))).toEqual(['id.region']);
    expectIssue(check(body + idCheckChar(body)), 'id.region', '前两位 01');
  });

  it('checks the birth date: real, not before 1900, not after today', () => {
    const feb30 = '11010519490230002';
    expectIssue(check(feb30 + idCheckChar(feb30)), 'id.birthdate', '19490230');
    const future = '11010520300101002';
    expect(expectIssue(check(future + idCheckChar(future)), 'id.birthdate', '20300101').message).toContain('晚于今天');
    const leap = '11010520000229002';
    expect(check(leap + idCheckChar(leap))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('flags 15-digit legacy numbers as warnings and reads their 19yy birth date', () => {
    const r = check('110105491231002');
    expect(r).toMatchObject({ ok: true, kind: 'legacy15', birthDate: '1949-12-31', sex: '女' });
    expectIssue(r, 'id.legacy15', '110105491231002');
    expect(codes(check('110105490231002'))).toEqual(['id.legacy15', 'id.birthdate']);
  });

  it('leaves empty values and formula errors to other rules', () => {
    expect(check(null)).toEqual({ ok: true, issues: [] });
    expect(check('  \u3000')).toEqual({ ok: true, issues: [] });
    expect(check({ error: '#REF!' })).toEqual({ ok: false, issues: [] });
  });

  it('does not mutate its input', () => {
    const d = new Date(Date.UTC(2020, 0, 1));
    check(d);
    expect(d.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('ageOn', () => {
  it('counts completed years in UTC', () => {
    expect(ageOn('1949-12-31', new Date(Date.UTC(2024, 11, 30)))).toBe(74);
    expect(ageOn('1949-12-31', new Date(Date.UTC(2024, 11, 31)))).toBe(75);
    expect(ageOn('2000-02-29', new Date(Date.UTC(2023, 1, 28)))).toBe(22);
    expect(ageOn('2000-02-29', new Date(Date.UTC(2023, 2, 1)))).toBe(23);
    expect(ageOn('not a date', TODAY)).toBeNaN();
  });
});

describe('properties', () => {
  const provinces = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82'];
  const validBody = fc
    .tuple(
      fc.constantFrom(...provinces),
      fc.stringMatching(/^\d{4}$/),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: TODAY, noInvalidDate: true }),
      fc.stringMatching(/^\d{3}$/),
    )
    .map(([p, county, birth, seq]) => `${p}${county}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`);

  it('a valid body with its check digit passes; any other final character fails the checksum', () => {
    fc.assert(
      fc.property(validBody, fc.constantFrom(...'0123456789X'), (body, last) => {
        const good = body + idCheckChar(body);
        expect(check(good)).toMatchObject({ ok: true, value: good, issues: [] });
        if (last !== idCheckChar(body)) expect(codes(check(body + last))).toEqual(['id.checksum']);
      }),
    );
  });

  it('full-width, spaced and hyphenated variants give the same result plus one cleaning warning', () => {
    const toFullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(validBody, fc.constantFrom(' ', '\u3000', '\u00a0', '-', '－'), fc.integer({ min: 0, max: 18 }), fc.boolean(), (body, sep, at, wide) => {
        const id = body + idCheckChar(body);
        const messy = (wide ? toFullWidth(id) : id).slice(0, at) + sep + (wide ? toFullWidth(id) : id).slice(at);
        const clean = check(id);
        const r = check(messy);
        expect(r.value).toBe(clean.value);
        expect(r.birthDate).toBe(clean.birthDate);
        expect(codes(r)).toEqual(['id.format-cleaned']);
      }),
    );
  });

  it('a number is always an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.bigInt({ min: 10n ** 17n, max: 10n ** 18n - 1n }).map(Number)), (n) => {
        const r = check(n);
        expect(r.ok).toBe(false);
        expect(codes(r)).toEqual(['id.numeric']);
      }),
    );
  });
});
