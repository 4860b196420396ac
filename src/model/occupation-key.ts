import { normaliseLabel } from './label';

/**
 * Keys under which one occupation matches however it was written: the
 * rules, the office batch and its summaries all compare occupations by these.
 */

/** Name key: width, spaces and bracket styles folded; a bracketed 工种 suffix dropped. */
export function occupationNameKey(name: string): string {
  return normaliseLabel(name).replace(/\([^)]*\)$/, '');
}

/** The code without a 工种 suffix and with any dash style, e.g. "4-04-05-05". */
export function occupationCodeKey(code: string): string {
  const digits = code.normalize('NFKC').replace(/[^0-9]/g, '');
  if (digits.length < 7) return '';
  return `${digits[0]}-${digits.slice(1, 3)}-${digits.slice(3, 5)}-${digits.slice(5, 7)}`;
}
