import type { Fix } from './fix';

/** One change in the clerk's words: where, what it was, what it becomes, and why. */
export function fixLine(f: Fix): string {
  const where = `${f.sheet} ${f.cell}${f.column ? `（${f.column}）` : ''}`;
  const before = f.before === '' ? '（空）' : `“${f.before}”`;
  return `${where}：${before} → “${f.shown}”，${f.reason}`;
}
