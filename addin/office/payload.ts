/**
 * Bytes a value takes as JSON on the wire (UTF-8), computed without building
 * the string. The add-in sizes its requests with it to stay under Excel's
 * 5 MB per request and response; the Excel test double weighs with it too,
 * over millions of cells, hence the plain loops.
 */
export function jsonBytes(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return stringBytes(v);
    case 'number':
      return numberBytes(v);
    case 'boolean':
      return v ? 4 : 5;
    case 'object': {
      if (v === null) return 4;
      if (Array.isArray(v)) {
        let n = v.length > 1 ? v.length + 1 : 2;
        for (let i = 0; i < v.length; i++) n += jsonBytes(v[i]);
        return n;
      }
      if (v instanceof Date) return 26;
      let n = 1;
      for (const k in v as Record<string, unknown>) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined || typeof x === 'function') continue;
        n += stringBytes(k) + 2 + jsonBytes(x);
      }
      return Math.max(2, n);
    }
    default:
      return 4;
  }
}

function numberBytes(v: number): number {
  if (!Number.isFinite(v)) return 4;
  if (Number.isInteger(v) && Math.abs(v) < 1e15) {
    let n = v < 0 ? 2 : 1;
    for (let a = Math.abs(v); a >= 10; a = Math.floor(a / 10)) n++;
    return n;
  }
  return String(v).length;
}

function stringBytes(s: string): number {
  let n = 2 + s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d || c === 0x09) n += 1;
      else if (c < 0x20) n += 5;
    } else if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}
