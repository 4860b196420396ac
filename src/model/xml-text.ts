/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage
 * return; U+FFFE and U+FFFF; half a surrogate pair). A workbook may hold
 * them, as `_xHHHH_` escapes decode to anything; a document that carries one
 * on is invalid, and Word, Excel and openpyxl refuse it.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as an XML document may hold it: the characters XML 1.0 forbids dropped, everything else as it was. */
export function forXml(text: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** A document's data with {@link forXml} applied to every string in it (arrays and plain objects walked, other values kept). */
export function xmlSafeData<T>(data: T): T {
  if (typeof data === 'string') return forXml(data) as T;
  if (Array.isArray(data)) return data.map((v) => xmlSafeData(v)) as T;
  if (data && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = xmlSafeData(v);
    return out as T;
  }
  return data;
}
