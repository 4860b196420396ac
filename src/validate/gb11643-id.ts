/**
 * Citizen identity numbers (GB 11643-1999), which also cover the residence
 * permits of HK/Macau/Taiwan residents (810000/820000/830000) and the 2023
 * foreigner permanent-residence ID card (leading 9), all sharing the same
 * ISO 7064 MOD 11-2 check digit.
 */
import type { CellValue } from '../model/cell';
import { catalogue, foldWidth, isBlank, isProvinceCode, result, show, SPACES, unusable } from './clean';
import type { ValidationIssue, ValidationResult } from './types';

const { CODES, issue } = catalogue('GB 11643-1999', {
  'id.numeric': { severity: 'error', title: '身份证件号以数字形式保存' },
  'id.format': { severity: 'error', title: '身份证件号格式错误' },
  'id.format-cleaned': { severity: 'warning', title: '身份证件号含全角字符、空格或连字符' },
  'id.lowercase-x': { severity: 'warning', title: '身份证件号末位为小写 x' },
  'id.region': { severity: 'error', title: '身份证件号地区码无效' },
  'id.birthdate': { severity: 'error', title: '身份证件号出生日期无效' },
  'id.checksum': { severity: 'error', title: '身份证件号校验位错误' },
  'id.legacy15': { severity: 'warning', title: '15 位旧身份证号' },
});
export { CODES };

export type IdKind = 'resident' | 'hmt-permit' | 'foreigner' | 'legacy15';
export type IdResult = ValidationResult<string> & { birthDate?: string; sex?: '男' | '女'; kind?: IdKind };

const CLEAN = /^\d{17}[\dX]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

const HMT_PERMITS = new Set(['810000', '820000', '830000']);

/** Check character for the first 17 digits, or null if they are not 17 digits. */
export function idCheckChar(body17: string): string | null {
  if (!/^\d{17}$/.test(body17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** A real calendar date yyyymmdd between 1900-01-01 and today, as yyyy-mm-dd. */
function birthIssue(s: string, yyyymmdd: string, today: Date): { date?: string; issue?: ValidationIssue } {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const t = Date.UTC(y, m - 1, d);
  const real = new Date(t);
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) {
    return { issue: issue('id.birthdate', `身份证件号“${s}”中的出生日期 ${yyyymmdd} 不是有效日期`, '核对证件号码第 7–14 位') };
  }
  if (y < 1900) return { issue: issue('id.birthdate', `身份证件号“${s}”中的出生日期 ${yyyymmdd} 早于 1900 年`, '核对证件号码第 7–14 位') };
  if (t > today.getTime()) return { issue: issue('id.birthdate', `身份证件号“${s}”中的出生日期 ${yyyymmdd} 晚于今天`, '核对证件号码第 7–14 位') };
  return { date: `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` };
}

export function validateResidentId(v: CellValue, opts: { today: Date }): IdResult {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  if (typeof v === 'number') {
    const digits = show(v);
    const lost = digits.length > 15 || !Number.isInteger(v);
    return result([
      issue(
        'id.numeric',
        lost
          ? `身份证件号 ${digits} 以数字形式保存，第 15 位之后的数字已丢失，无法核对`
          : `身份证件号 ${digits} 以数字形式保存，开头的 0 或末位的 X 可能已丢失`,
        '将该列单元格设为文本格式后重新录入完整号码',
      ),
    ]);
  }
  // Text such as "1.10105E+17" was copied from a cell Excel had already turned into a number.
  if (typeof v === 'string' && /^\s*\d(?:\.\d+)?E\+\d+\s*$/i.test(v)) {
    return result([issue('id.numeric', `身份证件号“${v}”是被 Excel 转成数字后的科学计数法写法，后几位数字已丢失`, '将该列单元格设为文本格式后重新录入完整号码')]);
  }
  if (typeof v !== 'string') {
    return result([issue('id.format', `身份证件号“${show(v)}”不是文本`, '将该列单元格设为文本格式后录入 18 位证件号码')]);
  }

  const issues: ValidationIssue[] = [];
  // Nearly every ID is already clean; skip NFKC folding for those (a 100,000-row roster calls this per row).
  const folded = CLEAN.test(v) ? v : foldWidth(v).replace(SPACES, '').replace(/-/g, '');
  const s = folded.replace(/x$/, 'X');
  if (folded !== v) issues.push(issue('id.format-cleaned', `身份证件号“${v}”含有全角字符、空格或连字符`, `应为 ${s}`));
  if (s !== folded) issues.push(issue('id.lowercase-x', `身份证件号“${v}”末位为小写 x`, `应为大写 X：${s}`));

  if (/^\d{15}$/.test(s)) return legacy15(s, issues, opts.today);
  if (!/^\d{17}[\dX]$/.test(s)) {
    const odd = /[^\dX]/.exec(s.slice(0, 17))?.[0] ?? (s.length === 18 ? s[17] : undefined);
    issues.push(
      issue(
        'id.format',
        s.length !== 18
          ? `身份证件号“${v}”应为 18 位，实际为 ${s.length} 位`
          : `身份证件号“${v}”含有非法字符“${odd}”（前 17 位应为数字，末位为数字或 X）`,
        '核对证件号码',
      ),
    );
    return result(issues);
  }

  const kind: IdKind = s[0] === '9' ? 'foreigner' : HMT_PERMITS.has(s.slice(0, 6)) ? 'hmt-permit' : 'resident';
  // The foreigner card puts the issuing province at positions 2–3, after the leading 9.
  const province = kind === 'foreigner' ? s.slice(1, 3) : s.slice(0, 2);
  if (kind !== 'hmt-permit' && !isProvinceCode(province)) {
    const where = kind === 'foreigner' ? `第 2–3 位 ${province}` : `前两位 ${province}`;
    issues.push(issue('id.region', `身份证件号“${s}”${where} 不是有效的省级行政区划代码`, '核对证件号码前 6 位'));
  }
  const birth = birthIssue(s, s.slice(6, 14), opts.today);
  if (birth.issue) issues.push(birth.issue);
  const expected = idCheckChar(s.slice(0, 17));
  if (expected !== s[17]) {
    issues.push(issue('id.checksum', `身份证件号“${s}”校验位应为 ${expected}，实际为 ${s[17]}`, '核对证件号码，尤其是最后一位'));
  }
  // Built field by field rather than by spreading: this runs once per roster row.
  const out: IdResult = result(issues, s);
  out.kind = kind;
  out.sex = (s.charCodeAt(16) - 48) % 2 === 1 ? '男' : '女';
  if (birth.date) out.birthDate = birth.date;
  return out;
}

/** Pre-1999 numbers: 6-digit region, yymmdd (19yy) and a 3-digit sequence, no check digit. */
function legacy15(s: string, issues: ValidationIssue[], today: Date): IdResult {
  issues.push(issue('id.legacy15', `身份证件号“${s}”为 15 位旧号码`, '请填写现行 18 位居民身份证号码'));
  if (!isProvinceCode(s.slice(0, 2))) {
    issues.push(issue('id.region', `身份证件号“${s}”前两位 ${s.slice(0, 2)} 不是有效的省级行政区划代码`, '核对证件号码前 6 位'));
  }
  const birth = birthIssue(s, `19${s.slice(6, 12)}`, today);
  if (birth.issue) issues.push(birth.issue);
  return {
    ...result(issues, s),
    kind: 'legacy15',
    sex: Number(s[14]) % 2 === 1 ? '男' : '女',
    ...(birth.date ? { birthDate: birth.date } : {}),
  };
}

/** Completed years of age on `today` for a yyyy-mm-dd birth date (NaN if unreadable). */
export function ageOn(birthDate: string, today: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const beforeBirthday = today.getUTCMonth() + 1 < mo || (today.getUTCMonth() + 1 === mo && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

/** 110105********002X style: first 6 and last 4 characters (--mask-ids). */
export function maskId(id: string): string {
  return id.length > 10 ? id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4) : id;
}
