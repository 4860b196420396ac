import { nextSlice } from '../model/slices';
import { combinedNote, type CellMark } from './mark-plan';
import { fingerprint, type NoteBox, type RestoreEntry } from './restore-data';
import { CONTENT_TYPE, type Flavour } from './ooxml';
import { dirOf } from '../zip/opc';
import { relKind, type Package } from './package';
import type { SheetXml } from './sheet';
import { addReplies, fallbackReply, REVIEWER, threadOf, type Reply } from './threaded';
import { addNoteShapes, emptyDrawing, growNoteBoxes, type ShapeBlocks } from './vml';
import { appendEdit, appendInto, applyEdits, attr, children, escapeText, insertInOrder, qname, rootElement, splice, tagOf, unescapeXml, type Edit, type El } from './xml';

/**
 * The notes of one sheet, as legacy comments (a comments part plus the VML
 * drawing that gives each note its box), which Excel, WPS and LibreOffice
 * all show. A cell that already has a note keeps the clerk's text, with its
 * formatting, above ours; the sheet's other notes, threads and drawing
 * shapes stay as they are.
 */

export interface NotesContext {
  pkg: Package;
  flavour: Flavour;
  workbookPart: string;
  blocks: ShapeBlocks;
  now: Date;
}

/** Our text in a note: Excel's note size, in the note's usual font for Chinese text. */
function run(prefix: string, text: string): string {
  const p = (n: string) => qname(prefix, n);
  return (
    `<${p('r')}><${p('rPr')}><${p('sz')} val="9"/><${p('rFont')} val="宋体"/><${p('family')} val="3"/><${p('charset')} val="134"/></${p('rPr')}>` +
    `<${p('t')} xml:space="preserve">${escapeText(text)}</${p('t')}></${p('r')}>`
  );
}

/** The plain text of a comment's <text> (its runs' and its own <t>, not phonetic runs). */
export function plainText(xml: string, text: El): string {
  let out = '';
  for (const c of children(xml, text)) {
    if (c.local === 't') out += unescapeXml(xml.slice(c.openEnd, c.closeStart));
    if (c.local === 'r') for (const t of children(xml, c)) if (t.local === 't') out += unescapeXml(xml.slice(t.openEnd, t.closeStart));
  }
  return out;
}

const RST_ORDER = ['t', 'r', 'rPh', 'phoneticPr'] as const;

/** A comment's <text> element with a run appended; a bare <t> becomes a run first, so the text keeps one form. */
function appendRun(element: string, prefix: string, added: string): string {
  let xml = element;
  const bare = children(xml, rootElement(xml)).find((c) => c.local === 't');
  if (bare) {
    const p = (n: string) => qname(prefix, n);
    xml = splice(xml, bare.start, bare.end, `<${p('r')}><${p('t')} xml:space="preserve">${xml.slice(bare.openEnd, bare.closeStart)}</${p('t')}></${p('r')}>`);
  }
  return insertInOrder(xml, rootElement(xml), 'r', run(prefix, added), RST_ORDER);
}

function commentsSkeleton(flavour: Flavour): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${flavour.main}"><authors/><commentList/></comments>`;
}

export function normalRef(ref: string | undefined): string {
  return (ref ?? '').replace(/\$/g, '').toUpperCase();
}

/** What a cell's note was before our text and what we wrote, for the restore data (by address). */
export type NoteRecord = Pick<RestoreEntry, 'note' | 'ours' | 'hash' | 'box'>;

/**
 * Writes the notes for a sheet's marks; `sheet` gets its <legacyDrawing> if
 * it had none. Returns, by address, what each note held before and what we
 * wrote: a reply in a clerk's thread is recognised by its author instead.
 */
export async function writeNotes(ctx: NotesContext, sheetPart: string, sheet: SheetXml, marks: readonly CellMark[]): Promise<Map<string, NoteRecord>> {
  const records = new Map<string, NoteRecord>();
  if (!marks.length) return records;
  const { pkg, flavour } = ctx;
  const rels = await pkg.rels(sheetPart);
  const commentsRel = rels.find((r) => relKind(r.type) === 'comments' && r.part && pkg.has(r.part));
  const commentsPart = commentsRel?.part ?? pkg.freeName((n) => `${dirOf(ctx.workbookPart)}comments${n}.xml`);
  let xml = commentsRel ? await pkg.text(commentsPart) : commentsSkeleton(flavour);
  const prefix = rootElement(xml).prefix;
  const p = (n: string) => qname(prefix, n);

  const section = (local: string): El => {
    const root = rootElement(xml);
    let el = children(xml, root).find((c) => c.local === local);
    if (!el) {
      xml = insertInOrder(xml, root, local, `<${p(local)}/>`, ['authors', 'commentList', 'extLst']);
      el = children(xml, rootElement(xml)).find((c) => c.local === local)!;
    }
    return el;
  };
  const authors = children(xml, section('authors')).map((a) => unescapeXml(xml.slice(a.openEnd, a.closeStart)));
  let authorId = authors.indexOf(REVIEWER);
  if (authorId < 0) {
    authorId = authors.length;
    xml = appendInto(xml, section('authors'), `<${p('author')}>${REVIEWER}</${p('author')}>`);
  }

  const list = section('commentList');
  const existing = new Map<string, El>();
  for (const c of children(xml, list)) if (c.local === 'comment') existing.set(normalRef(attr(tagOf(xml, c), 'ref')), c);

  const replies: Reply[] = [];
  const fresh: CellMark[] = [];
  const found: { el: El; mark: CellMark; thread?: string }[] = [];
  for (const m of marks) {
    const el = existing.get(m.address);
    if (!el) {
      fresh.push(m);
      continue;
    }
    const thread = threadOf(authors[Number(attr(tagOf(xml, el), 'authorId'))]);
    found.push({ el, mark: m, thread });
    if (thread) replies.push({ mark: m, threadId: thread, text: m.note });
  }
  const orphaned = new Set((await addReplies(pkg, ctx.workbookPart, sheetPart, replies, ctx.now)).map((r) => r.mark));
  const grown: { mark: CellMark; text: string }[] = [];
  // Every comment is edited by offsets into the part as read, and the part rebuilt once.
  const edits: Edit[] = [];
  for (const { el, mark, thread } of found) {
    await nextSlice();
    const text = children(xml, el).find((c) => c.local === 'text');
    if (!text) continue;
    const previous = plainText(xml, text);
    const reply = thread !== undefined && !orphaned.has(mark);
    const added = reply ? fallbackReply(mark.note) : combinedNote(previous, mark.note).slice(previous.length);
    edits.push({ from: text.start, to: text.end, text: appendRun(xml.slice(text.start, text.end), prefix, added) });
    grown.push({ mark, text: previous + added });
    records.set(mark.address, reply ? { note: null, ours: null, hash: null } : { note: previous || null, ours: 'note', hash: fingerprint(previous + added) });
  }
  for (const m of fresh) records.set(m.address, { note: null, ours: 'note', hash: fingerprint(m.note) });
  if (fresh.length) {
    const added = fresh.map((m) => `<${p('comment')} ref="${m.address}" authorId="${authorId}"><${p('text')}>${run(prefix, m.note)}</${p('text')}></${p('comment')}>`).join('');
    edits.push(appendEdit(xml, list, added));
  }
  xml = applyEdits(xml, edits);
  await nextSlice();
  const boxes = await updateDrawing(ctx, sheetPart, sheet, fresh, grown);
  for (const { mark } of grown) {
    const box = boxes.get(`${mark.row - 1},${mark.col - 1}`);
    const record = records.get(mark.address);
    if (box && record?.ours === 'note') record.box = box;
  }
  pkg.set(commentsPart, xml);
  if (!commentsRel) {
    await pkg.addRel(sheetPart, flavour.relType('comments'), commentsPart);
    await pkg.declare(commentsPart, CONTENT_TYPE.comments);
  }
  return records;
}

/**
 * The sheet's VML drawing: a box for each new note, and the boxes of notes
 * we appended to grown to fit. A drawing is created (with its relationship
 * and <legacyDrawing>) only when a new note needs one. Returns the grown
 * boxes as they were, by cell ("row,column", 0-based).
 */
async function updateDrawing(ctx: NotesContext, sheetPart: string, sheet: SheetXml, fresh: readonly CellMark[], grown: readonly { mark: CellMark; text: string }[]): Promise<Map<string, NoteBox>> {
  const { pkg, flavour } = ctx;
  const boxes = new Map<string, NoteBox>();
  const rid = sheet.legacyDrawingId(flavour.rel);
  const rel = rid ? (await pkg.rels(sheetPart)).find((r) => r.id === rid && r.part && pkg.has(r.part)) : undefined;
  if (!rel && !fresh.length) return boxes;
  const part = rel?.part ?? pkg.freeName((n) => `${dirOf(ctx.workbookPart)}drawings/vmlDrawing${n}.vml`);
  let vml = rel ? await pkg.text(part) : emptyDrawing();
  if (grown.length) vml = growNoteBoxes(vml, grown, boxes);
  await nextSlice();
  if (fresh.length) vml = addNoteShapes(vml, fresh.map((mark) => ({ mark, text: mark.note })), ctx.blocks);
  pkg.set(part, vml);
  if (!rel) {
    const id = await pkg.addRel(sheetPart, flavour.relType('vmlDrawing'), part);
    await pkg.declare(part, CONTENT_TYPE.vml, true);
    sheet.setLegacyDrawing(id, flavour.rel);
  }
  return boxes;
}
