import type { CellMark } from './mark-plan';
import { CONTENT_TYPE, THREADED } from './ooxml';
import type { Package } from './package';
import { dirOf } from '../zip/opc';
import { relKind } from './package';
import { appendInto, applyEdits, attr, children, escapeAttr, escapeText, qname, rootElement, tagOf, type Edit, type El } from './xml';

/**
 * Excel 365's threaded comments. A cell with a thread keeps a legacy
 * comment too, authored "tc={thread id}", whose text is a fallback for
 * programs that do not know threads; Excel itself shows the thread and
 * rebuilds the fallback from it. A cell cannot hold both a thread and a
 * note, so our finding on such a cell becomes a reply in its thread (from a
 * person "备案检查"), and the fallback gets the same reply appended the way
 * Excel writes replies, so every program shows it.
 */

export const REVIEWER = '备案检查';

/** The thread id a legacy comment stands in for, from its author "tc={…}". */
export function threadOf(author: string | undefined): string | undefined {
  return author && /^tc=\{[0-9A-Fa-f-]+\}$/.test(author) ? author.slice(3) : undefined;
}

/** A GUID in Excel's braces, as {@link guid} writes them. */
const GUID = /\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g;

/** A GUID in Excel's braces, derived from `seed` so that the same input gives the same output. */
function guid(seed: string, taken: (g: string) => boolean): string {
  for (let salt = 0; ; salt++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ salt;
    const hex: string[] = [];
    const text = `${seed}#${salt}`;
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < text.length; i++) {
        h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
        h2 = Math.imul(h2 + text.charCodeAt(i) + round, 0x5bd1e995) >>> 0;
      }
      hex.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, '0'));
    }
    const d = hex.join('').toUpperCase();
    const g = `{${d.slice(0, 8)}-${d.slice(8, 12)}-4${d.slice(13, 16)}-8${d.slice(17, 20)}-${d.slice(20, 32)}}`;
    if (!taken(g)) return g;
  }
}

/** The workbook's person list: its part, and its text when the part exists. */
async function personList(pkg: Package, workbookPart: string): Promise<{ rel: boolean; part: string; xml?: string }> {
  const rel = (await pkg.rels(workbookPart)).find((r) => r.type === THREADED.personRel && r.part);
  const part = rel?.part ?? `${dirOf(workbookPart)}persons/person.xml`;
  return { rel: rel !== undefined, part, xml: pkg.has(part) ? await pkg.text(part) : undefined };
}

/** The id of the "备案检查" person, if the workbook's person list has one. */
export async function reviewerId(pkg: Package, workbookPart: string): Promise<string | undefined> {
  const { xml } = await personList(pkg, workbookPart);
  if (xml === undefined) return undefined;
  for (const p of children(xml, rootElement(xml))) {
    const tag = tagOf(xml, p);
    if (p.local === 'person' && attr(tag, 'displayName') === REVIEWER && attr(tag, 'providerId') === 'None') return attr(tag, 'id') ?? '';
  }
  return undefined;
}

/** The workbook's person list gets a "备案检查" person (once); returns the person's id. */
async function reviewer(pkg: Package, workbookPart: string): Promise<string> {
  const known = await reviewerId(pkg, workbookPart);
  if (known !== undefined) return known;
  const list = await personList(pkg, workbookPart);
  const rel = list.rel;
  const part = list.part;
  const xml = list.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${THREADED.ns}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`;
  const root = rootElement(xml);
  const id = guid(`person:${REVIEWER}`, (g) => xml.includes(g));
  pkg.set(part, appendInto(xml, root, `<${qname(root.prefix, 'person')} displayName="${REVIEWER}" id="${id}" userId="${REVIEWER}" providerId="None"/>`));
  if (!rel) {
    await pkg.addRel(workbookPart, THREADED.personRel, part);
    await pkg.declare(part, CONTENT_TYPE.person);
  }
  return id;
}

export interface Reply {
  mark: CellMark;
  threadId: string;
  text: string;
}

/** The text Excel appends to a thread's fallback comment for one reply. */
export function fallbackReply(text: string): string {
  return `\nReply:\n    ${text}`;
}

/**
 * Adds each reply to its thread in the sheet's threaded comments part.
 * Returns the replies whose thread was not found (the caller treats those
 * cells as plain notes).
 */
export async function addReplies(pkg: Package, workbookPart: string, sheetPart: string, replies: readonly Reply[], now: Date): Promise<Reply[]> {
  const rel = (await pkg.rels(sheetPart)).find((r) => relKind(r.type) === 'threadedComment' && r.part && pkg.has(r.part));
  if (!rel || !replies.length) return [...replies];
  const xml = await pkg.text(rel.part!);
  const root = rootElement(xml);
  const p = (n: string) => qname(root.prefix, n);
  // Each thread's first comment (its cell) and last (where a reply goes), by the ids that tie a comment to it.
  const threads = new Map<string, { first: El; last: El }>();
  for (const c of children(xml, root)) {
    if (c.local !== 'threadedComment') continue;
    const tag = tagOf(xml, c);
    for (const id of new Set([attr(tag, 'id')?.toUpperCase(), attr(tag, 'parentId')?.toUpperCase()])) {
      if (!id) continue;
      const thread = threads.get(id);
      if (thread) thread.last = c;
      else threads.set(id, { first: c, last: c });
    }
  }
  const taken = new Set(xml.match(GUID) ?? []);
  const missing: Reply[] = [];
  const edits: Edit[] = [];
  let person: string | undefined;
  const stamp = now.toISOString().replace(/Z$/, '');
  for (const reply of replies) {
    const thread = threads.get(reply.threadId.toUpperCase());
    if (!thread) {
      missing.push(reply);
      continue;
    }
    if (person === undefined) {
      person = await reviewer(pkg, workbookPart);
      taken.add(person);
    }
    const id = guid(`reply:${sheetPart}:${reply.mark.address}`, (g) => taken.has(g));
    taken.add(id);
    const ref = attr(tagOf(xml, thread.first), 'ref') ?? reply.mark.address;
    const el = `<${p('threadedComment')} ref="${escapeAttr(ref)}" dT="${stamp}" personId="${person}" id="${id}" parentId="${reply.threadId}"><${p('text')}>${escapeText(reply.text)}</${p('text')}></${p('threadedComment')}>`;
    edits.push({ from: thread.last.end, to: thread.last.end, text: el });
  }
  pkg.set(rel.part!, applyEdits(xml, edits));
  return missing;
}
