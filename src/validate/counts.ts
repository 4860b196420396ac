/**
 * Counts, percentages and fees. Numbers typed as text ("12", "12人",
 * "1,200") are understood, with a warning, so that sums and comparisons
 * still work; anything that is not a non-negative amount is an error.
 */
import type { CellValue } from '../model/cell';
import { catalogue, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationResult } from './types';

const { CODES, issue } = catalogue('数据规范', {
  'count.text': { severity: 'warning', title: '数量以文本形式填写' },
  'count.format': { severity: 'error', title: '数量应为非负整数' },
  'percent.format': { severity: 'error', title: '无法识别的百分比' },
  'money.text': { severity: 'warning', title: '金额以文本形式填写' },
  'money.free': { severity: 'info', title: '金额按 0 元理解' },
  'money.format': { severity: 'error', title: '金额应为非负数' },
});
export { CODES };

const UNITS = '人次|人|名|个|台|套|件|次|道|题|项|家|把|间|处|张|部|辆|本|份|座|所|只|支|组|块|条|门|卷';
const INTEGER = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const COUNT_TEXT = new RegExp(`^${INTEGER}(?:${UNITS})?$`);
const MONEY_TEXT = new RegExp(`^[¥￥]?${INTEGER}(\\.\\d{1,2})?(?:元(?:/(?:人次|人|次|科|级))?)?$`);
const FREE = /^(?:免费|无|不收费|免收|免收费)$/;

function compact(s: string): string {
  return s.normalize('NFKC').replace(SPACES, '');
}

export function validateCount(v: CellValue): ValidationResult<number> {
  if (isBlank(v)) return result([]);
  const bad = unusable<number>(v);
  if (bad) return bad;
  const shown = show(v);
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return result([], v);
  const m = typeof v === 'string' ? COUNT_TEXT.exec(compact(v)) : null;
  const n = m ? Number(m[1].replace(/,/g, '')) : NaN;
  if (m && Number.isSafeInteger(n)) {
    const message = /^\d+$/.test(v as string) ? `数量“${shown}”以文本形式填写` : `数量“${shown}”含有单位、分隔符或全角字符，按 ${n} 理解`;
    return result([issue('count.text', message, `应填数字 ${n}`)], n);
  }
  return result([issue('count.format', `数量“${shown}”不是非负整数`, '填写 0 或正整数，不带单位')]);
}

/**
 * A percentage in percentage points: 0.853 (a fraction, or any number in a
 * cell with a % format), 85.3, "85.3%" or "85.3". Numbers up to 1 without a
 * % format are read as fractions, so 1 means 100%.
 */
export function parsePercent(v: CellValue, numFmt?: string | null): ValidationResult<number> {
  if (isBlank(v)) return result([]);
  const bad = unusable<number>(v);
  if (bad) return bad;
  let points: number | undefined;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) points = numFmt?.includes('%') || v <= 1 ? v * 100 : v;
  else if (typeof v === 'string') {
    const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(compact(v));
    if (m) points = m[2] || Number(m[1]) > 1 ? Number(m[1]) : Number(m[1]) * 100;
  }
  if (points === undefined) return result([issue('percent.format', `百分比“${show(v)}”无法识别`, '填写如 85.3% 或 0.853')]);
  return result([], Math.round(points * 1e6) / 1e6);
}

/** The cell-type check's name for {@link parsePercent}. */
export const validatePercent = parsePercent;

/** A fee in yuan: 200, "200元", "¥200", "200元/人"; 免费 or 无 mean 0. */
export function validateMoney(v: CellValue): ValidationResult<number> {
  if (isBlank(v)) return result([]);
  const bad = unusable<number>(v);
  if (bad) return bad;
  const shown = show(v);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return result([], v);
  if (typeof v === 'string') {
    const s = compact(v);
    if (FREE.test(s)) return result([issue('money.free', `金额“${shown}”按 0 元理解`, '如收费请填写金额')], 0);
    const m = MONEY_TEXT.exec(s);
    if (m) {
      const n = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
      return result([issue('money.text', `金额“${shown}”以文本形式填写，按 ${n} 元理解`, `应填数字 ${n}`)], n);
    }
  }
  return result([issue('money.format', `金额“${shown}”不是非负数`, '填写以元为单位的数字，不收费填 0')]);
}
