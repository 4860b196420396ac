import { validatePhone } from '../../../src/validate/phone';
import { codes, expectIssue } from './helpers';

describe('validatePhone', () => {
  it.each(['13800138000', '19912345678', '0371-12345678', '01012345678', '010-1234567', '0371-12345678-8001', '0371-12345678转8001', '400-123-4567', '8001234567'])(
    'accepts %s as written',
    (p) => expect(validatePhone(p)).toEqual({ ok: true, value: p, issues: [] }),
  );

  it('accepts an 11-digit mobile stored as a number', () => {
    expect(validatePhone(13800138000)).toEqual({ ok: true, value: '13800138000', issues: [] });
  });

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['86-138-0013-8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['(0371)12345678', '0371-12345678'],
    ['（0371）6666 8888', '0371-66668888'],
    ['+86-371-12345678', '0371-12345678'],
    ['400 123 4567', '4001234567'],
  ])('cleans %s to %s with a warning', (raw, clean) => {
    const r = validatePhone(raw);
    expect(r).toMatchObject({ ok: true, value: clean });
    expect(codes(r)).toEqual(['phone.format-cleaned']);
    expect(expectIssue(r, 'phone.format-cleaned', raw).hint).toContain(clean);
  });

  it.each(['12345', '12800138000', '1380013800', '13800138000/13900139000', '021-123456', 'abc'])('rejects %s', (p) => {
    expectIssue(validatePhone(p), 'phone.format', p);
  });

  it('explains a landline that lost its leading 0 by being stored as a number', () => {
    const i = expectIssue(validatePhone(37112345678), 'phone.format', '37112345678');
    expect(i.message).toContain('0 已丢失');
    expectIssue(validatePhone(true), 'phone.format', 'TRUE');
  });

  it('leaves empty values alone', () => {
    expect(validatePhone('')).toEqual({ ok: true, issues: [] });
  });
});
