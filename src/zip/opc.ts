/**
 * Open Packaging Conventions: how a relationship's target names a part,
 * the one resolution the reader and the annotator share (a part read is
 * the part patched). Part names are written without a leading "/".
 */

/** xl/workbook.xml → xl/_rels/workbook.xml.rels; '' (the package) → _rels/.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing slash ('' at the package root). */
export function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

function unescaped(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Resolves a relationship target against the folder of its source part
 * (RFC 3986 paths): an absolute target from the package root, `.` and `..`
 * segments, percent-escapes (ECMA-376 part 2, 9.1.1), and `\` read as `/`
 * as Excel does.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const path = t.startsWith('/') ? t : dirOf(sourcePart) + t;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(unescaped(seg));
  }
  return out.join('/');
}

/** The relative target from one part to another in the same package. */
export function relativeTarget(source: string, part: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/**
 * What identifies a part: its name without regard to case or
 * percent-escapes (OPC compares part names so), for looking a resolved
 * target up among the zip's entry names whichever way a writer stored them.
 */
export function partKey(name: string): string {
  return unescaped(name).toLowerCase();
}
