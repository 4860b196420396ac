/**
 * Header, sheet-name and vocabulary comparison key: NFKC folds full-width
 * brackets, letters and digits to half-width; whitespace, required-field
 * stars, trailing colons, quotes and separators between header levels are
 * dropped, so "考评职业 (工种)*" and "考评职业（工种）" compare equal.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0\u3000*＊:："“”'‘’·•・_]/g, '')
    .replace(/[（【［〔]/g, '(')
    .replace(/[）】］〕]/g, ')')
    .replace(/[、，,]/g, '、');
}
