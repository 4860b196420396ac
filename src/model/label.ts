/**
 * Header, sheet-name and vocabulary comparison key: NFKC folds full-width
 * brackets, letters and digits to half-width; whitespace, required-field
 * stars, trailing colons, quotes and separators between header levels are
 * dropped, so "考评职业 (工种)*" and "考评职业（工种）" compare equal.
 */
export function normaliseLabel(text: string): string {
  let key = seen.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\u00a0\u3000*＊:："“”'‘’·•・_]/g, '')
      .replace(/[（【［〔]/g, '(')
      .replace(/[）】］〕]/g, ')')
      .replace(/[、，,]/g, '、');
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, key);
  }
  return key;
}

/**
 * Keys already made. The same few hundred texts (headers, vocabularies and
 * their values, a column's repeated answers) are compared for every cell of
 * every workbook, and five passes of NFKC and regular expressions over each
 * were a tenth of an office batch's checking time. Bounded, since cell texts
 * are also compared and most of those occur once.
 */
const seen = new Map<string, string>();
const SEEN_LIMIT = 4096;
