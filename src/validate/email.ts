/**
 * E-mail addresses: the dot-atom subset of RFC 5322 that real mailboxes
 * use (no quoted local parts, no IP literals), with an ASCII domain of at
 * least two labels. A Chinese input method often types ＠ or 。 instead of
 * @ and ., which is cleaned with a warning.
 */
import type { CellValue } from '../model/cell';
import { catalogue, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationResult } from './types';

const { CODES, issue } = catalogue('RFC 5322', {
  'email.format': { severity: 'error', title: '电子邮箱格式错误' },
  'email.format-cleaned': { severity: 'warning', title: '电子邮箱含全角字符或空格' },
});
export { CODES };

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+[A-Za-z]{2,63}$`);

export function validateEmail(v: CellValue): ValidationResult<string> {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  const raw = show(v);
  if (typeof v !== 'string') return result([issue('email.format', `电子邮箱“${raw}”不是有效的邮箱地址`, '格式如 name@example.com')]);
  const s = v.normalize('NFKC').replace(/[。｡]/g, '.').replace(SPACES, '');
  if (!EMAIL.test(s) || s.length > 254) {
    return result([issue('email.format', `电子邮箱“${v}”不是有效的邮箱地址`, '格式如 name@example.com；每格只填一个邮箱')]);
  }
  if (s !== v) return result([issue('email.format-cleaned', `电子邮箱“${v}”含有全角字符或空格`, `应为 ${s}`)], s);
  return result([], s);
}
