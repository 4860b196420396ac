import { validateEmail } from '../../../src/validate/email';
import { codes, expectIssue } from './helpers';

describe('validateEmail', () => {
  it.each(['name@example.com', 'first.last+tag@sub.example.com.cn', "o'hara@x-y.org", 'ABC_123@QQ.COM'])('accepts %s', (e) => {
    expect(validateEmail(e)).toEqual({ ok: true, value: e, issues: [] });
  });

  it.each([
    ['name＠example．com', 'name@example.com'],
    ['name@example。com', 'name@example.com'],
    [' name@example.com ', 'name@example.com'],
  ])('cleans %s with a warning', (raw, clean) => {
    const r = validateEmail(raw);
    expect(r).toMatchObject({ ok: true, value: clean });
    expect(codes(r)).toEqual(['email.format-cleaned']);
    expect(expectIssue(r, 'email.format-cleaned', raw).hint).toContain(clean);
  });

  it.each(['abc@', 'abc', '@example.com', 'a..b@example.com', 'a@example', 'a@-example.com', 'a b@example.com;c@d.com', '张三@例子.中国'])(
    'rejects %s',
    (e) => {
      expectIssue(validateEmail(e), 'email.format', e);
    },
  );

  it('rejects non-text values', () => {
    expectIssue(validateEmail(12345), 'email.format', '12345');
  });
});
