/**
 * Chinese phone numbers: mobile (1[3-9] + 9 digits), landline with area code
 * (0 + 2–3 digits, 7–8 digit number, optional extension) and 400/800
 * service numbers. Anything that only needs separators or a country prefix
 * removed is accepted with the cleaned number in the hint.
 */
import type { CellValue } from '../model/cell';
import { catalogue, foldWidth, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationResult } from './types';

const { CODES, issue } = catalogue('《电信网编号计划（2017年版）》', {
  'phone.format': { severity: 'error', title: '电话号码格式错误' },
  'phone.format-cleaned': { severity: 'warning', title: '电话号码含分隔符、国家代码或全角字符' },
});
export { CODES };

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:(?:-|转|#|分机|ext\.?)\d{1,6})?$/i;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

function wellFormed(s: string): boolean {
  return MOBILE.test(s) || LANDLINE.test(s) || SERVICE.test(s);
}

/** The number with separators, a +86 prefix and brackets around the area code removed, if that makes it valid. */
function cleaned(raw: string): string | undefined {
  const s = foldWidth(raw).replace(SPACES, '').replace(/^\((0\d{2,3})\)-?/, '$1-');
  const mobile = s.replace(/[-.]/g, '').replace(/^(?:\+86|0086|86)(?=1[3-9]\d{9}$)/, '');
  if (MOBILE.test(mobile)) return mobile;
  // +86 replaces the trunk 0 of a landline area code.
  const fixed = s.replace(/^(?:\+86|0086)-?(?=[1-9])/, '0');
  return LANDLINE.test(fixed) || SERVICE.test(fixed) ? fixed : undefined;
}

export function validatePhone(v: CellValue): ValidationResult<string> {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  const raw = show(v);
  if (typeof v === 'number') {
    if (MOBILE.test(raw)) return result([], raw);
    const lostZero = LANDLINE.test(`0${raw}`);
    return result([
      issue(
        'phone.format',
        lostZero ? `电话号码 ${raw} 以数字形式保存，区号开头的 0 已丢失` : `电话号码 ${raw} 不是有效的手机或固定电话号码`,
        lostZero ? '将单元格设为文本格式后重新录入，如 0371-12345678' : '手机号为 11 位，固定电话须带区号，如 0371-12345678',
      ),
    ]);
  }
  if (typeof v === 'string' && wellFormed(v)) return result([], v);
  const fixed = typeof v === 'string' ? cleaned(v) : undefined;
  if (fixed !== undefined) {
    return result([issue('phone.format-cleaned', `电话号码“${raw}”含有空格、分隔符、国家代码或全角字符`, `应为 ${fixed}`)], fixed);
  }
  return result([issue('phone.format', `电话号码“${raw}”不是有效的手机或固定电话号码`, '手机号为 11 位，固定电话须带区号，如 0371-12345678；每格只填一个号码')]);
}
