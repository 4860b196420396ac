import { foldWidth, SPACES } from '../validate/clean';
import type { Fixer } from './fix';

/** Full-width digits, spaces, hyphens and a lowercase x come out of an ID typed as text; nothing else changes. */
export const fixIdText: Fixer = ({ value }) => {
  if (typeof value !== 'string') return undefined;
  const clean = foldWidth(value).replace(SPACES, '').replace(/-/g, '').replace(/x$/, 'X');
  if (clean === value || !/^\d{17}[\dX]$|^\d{15}$/.test(clean)) return undefined;
  const upper = value.endsWith('x') || value.endsWith('ｘ');
  const folded = value.replace(/[xｘ]$/, '') !== clean.replace(/X$/, '');
  const reason = [folded && '去掉全角字符、空格和连字符', upper && '末位小写 x 改为大写 X'].filter(Boolean).join('，');
  return { after: { kind: 'text', text: clean }, reason };
};

/** An ID saved as a number lost its last digits or its X: only the clerk's source can restore it. */
export const refuseNumericId: Fixer = () => ({
  refuse: '证件号已被 Excel 存为数字，丢失的数字无法恢复：请将该列设为文本格式后按证件重新录入',
});
