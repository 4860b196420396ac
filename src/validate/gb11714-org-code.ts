/**
 * Organisation codes (GB 11714-1997): 8 body characters and a check
 * character, printed as "D2143569-X". They live on inside the unified social
 * credit code (positions 9–17), which is where beian mostly meets them.
 */
import type { CellValue } from '../model/cell';
import { catalogue, foldWidth, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationIssue, ValidationResult } from './types';

const { CODES, issue } = catalogue('GB 11714-1997', {
  'orgcode.format': { severity: 'error', title: '组织机构代码格式错误' },
  'orgcode.format-cleaned': { severity: 'warning', title: '组织机构代码含全角字符、空格或小写字母' },
  'orgcode.checksum': { severity: 'error', title: '组织机构代码校验位错误' },
});
export { CODES };

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Digits are worth 0–9 and letters A=10 … Z=35. */
function charValue(c: string): number {
  return c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
}

/** Check character for an 8-character body of 0-9A-Z, or null if the body is not one. */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body8[i]) * WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function validateOrgCode(v: CellValue): ValidationResult<string> {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  const raw = show(v);
  const issues: ValidationIssue[] = [];
  // The hyphen before the check character is the standard's own printed form.
  const printed = raw.replace(/^([0-9A-Z]{8})-([0-9X])$/, '$1$2');
  const s = foldWidth(raw).replace(SPACES, '').replace(/-/g, '').toUpperCase();
  if (typeof v === 'string' && s !== printed) {
    issues.push(issue('orgcode.format-cleaned', `组织机构代码“${raw}”含有全角字符、空格或小写字母`, `应为 ${s}`));
  }
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(s)) {
    issues.push(issue('orgcode.format', `组织机构代码“${raw}”应为 8 位数字或大写字母加 1 位校验码（数字或 X）`, '核对营业执照或登记证书'));
    return result(issues);
  }
  const expected = orgCodeCheckChar(s.slice(0, 8));
  if (expected !== s[8]) {
    issues.push(issue('orgcode.checksum', `组织机构代码“${raw}”校验位应为 ${expected}，实际为 ${s[8]}`, '核对组织机构代码证'));
  }
  return result(issues, s);
}
