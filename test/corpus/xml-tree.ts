import { SaxesParser } from 'saxes';

/**
 * A small DOM for comparing an original part with its annotated copy:
 * "does the copy hold everything the original held, in the same order,
 * with only the additions and attribute changes the marks explain?"
 */

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

export function parseXml(xml: string): XNode {
  const parser = new SaxesParser();
  const root: XNode = { name: '#document', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  parser.on('opentag', (t) => {
    const node: XNode = { name: t.name, attrs: t.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void stack[stack.length - 1].children.push(t));
  parser.on('cdata', (t) => void stack[stack.length - 1].children.push(t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children.find((c): c is XNode => typeof c !== 'string')!;
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);

export function elements(node: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode) => {
    if (local(n.name) === name) out.push(n);
    for (const c of n.children) if (typeof c !== 'string') walk(c);
  };
  walk(node);
  return out;
}

export function textOf(node: XNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Attributes a mark may change: a cell's style, the hints spans and dimension, list counts, the drawing's id blocks, a note box's size. */
const MAY_CHANGE: Record<string, string[]> = { c: ['s'], row: ['spans'], dimension: ['ref'], vector: ['size'], idmap: ['data'], shape: ['style'], '*': ['count'] };
/** Elements the annotator may add: cells and rows for empty marked cells, notes, the result sheet's entries, styles. */
const MAY_ADD = new Set([
  'c', 'row', 'legacyDrawing', 'comment', 'author', 'sheet', 'definedName', 'definedNames', 'Override', 'Default', 'Relationship',
  'fill', 'font', 'xf', 'lpstr', 'shape', 'shapetype', 'shapelayout', 'threadedComment', 'person', 'r',
]);

function mayChange(el: string, attr: string): boolean {
  return (MAY_CHANGE[local(el)] ?? []).includes(attr) || MAY_CHANGE['*'].includes(attr);
}

/** An added cell holds nothing but its reference and style; an added row, nothing but such cells. */
function addable(n: XNode | string): boolean {
  if (typeof n === 'string') return false;
  const name = local(n.name);
  if (!MAY_ADD.has(name)) return false;
  if (name === 'c') return n.children.length === 0 && Object.keys(n.attrs).every((a) => a === 'r' || a === 's');
  if (name === 'row') return Object.keys(n.attrs).every((a) => a === 'r') && n.children.every((c) => typeof c !== 'string' && local(c.name) === 'c' && addable(c));
  return true;
}

/** A bare <t> in a note's text becomes a run with the same text. */
function wrappedText(o: XNode, a: XNode): boolean {
  if (local(o.name) !== 't' || local(a.name) !== 'r') return false;
  const t = a.children.find((c): c is XNode => typeof c !== 'string' && local(c.name) === 't');
  return !!t && textOf(t) === textOf(o);
}

/** Differences of `copy` from `orig` that the marks do not explain; empty when the copy only adds. */
export function unexplained(orig: XNode, copy: XNode, at = ''): string[] {
  const here = `${at}/${orig.name}`;
  if (orig.name !== copy.name) return [`${here}: became ${copy.name}`];
  const problems: string[] = [];
  for (const [k, v] of Object.entries(orig.attrs)) {
    if (copy.attrs[k] !== v && !mayChange(orig.name, k)) problems.push(`${here}@${k}: ${v} → ${copy.attrs[k]}`);
  }
  for (const k of Object.keys(copy.attrs)) {
    if (!(k in orig.attrs) && !k.startsWith('xmlns') && !mayChange(orig.name, k)) problems.push(`${here}@${k}: added`);
  }
  // A count of worksheets (docProps/app.xml) and a note box's anchor (grown to fit the text) may change.
  const countText = local(orig.name) === 'i4' || local(orig.name) === 'Anchor';
  let j = 0;
  for (const o of orig.children) {
    let matched = false;
    while (j < copy.children.length) {
      const c = copy.children[j++];
      if (typeof o === 'string') {
        if (c === o || (countText && typeof c === 'string')) {
          matched = true;
          break;
        }
      } else if (typeof c !== 'string' && (unexplained(o, c, here).length === 0 || wrappedText(o, c))) {
        matched = true;
        break;
      }
      if (!addable(c)) {
        problems.push(`${here}: ${typeof c === 'string' ? JSON.stringify(c.slice(0, 40)) : `<${c.name}>`} where ${typeof o === 'string' ? JSON.stringify(o.slice(0, 40)) : `<${o.name}>`} was`);
        if (typeof o !== 'string' && typeof c !== 'string' && c.name === o.name) problems.push(...unexplained(o, c, here));
        return problems;
      }
    }
    if (!matched) return [...problems, `${here}: lost ${typeof o === 'string' ? JSON.stringify(o.slice(0, 40)) : `<${o.name}>`}`];
  }
  for (const c of copy.children.slice(j)) if (!addable(c)) problems.push(`${here}: added ${typeof c === 'string' ? JSON.stringify(c.slice(0, 40)) : `<${c.name}>`}`);
  return problems;
}
