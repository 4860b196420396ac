import { parseA1 } from '../model/cell';
import { RESULT_SHEET } from './mark-plan';
import { readXlsx } from '../read/xlsx/read-xlsx';
import { normalRef, plainText, type NotesContext } from './notes';
import { relKind, type Relationship } from './package';
import { fingerprint, isOurResultSheet, readStoreSheet, STORE_SHEET, type NoteBox, type RestoreEntry, type StoreMeta } from './restore-data';
import type { SheetXml } from './sheet';
import { fallbackReply, reviewerId } from './threaded';
import { removeNoteShapes, restoreNoteBoxes } from './vml';
import type { SheetEntry } from './workbook';
import { applyEdits, attr, children, escapeText, qname, rootElement, splice, tagOf, unescapeXml, type Edit, type El } from './xml';

/**
 * The marks of an earlier run, the annotated copy's or the add-in's, found
 * through the restore data both keep, and taken away before the workbook is
 * marked again: checking an annotated copy replaces its marks instead of
 * stacking on them. Only what is still exactly ours goes: a note the clerk
 * edited since, or a fill they changed, is theirs.
 */

export interface Earlier {
  meta: StoreMeta;
  /** Restore entries by sheet, then by address. */
  entries: Map<string, Map<string, RestoreEntry>>;
}

/**
 * The restore data of the workbook, read from its very hidden sheet
 * (nothing when it has none). The 检查结果 it names counts as ours only
 * when its header row is ours: a forged or stale name never costs the
 * clerk a sheet.
 */
export async function readEarlier(input: Uint8Array, sheets: readonly SheetEntry[]): Promise<Earlier> {
  const entries = new Map<string, Map<string, RestoreEntry>>();
  if (!sheets.some((s) => s.name === STORE_SHEET && s.kind === 'worksheet')) return { meta: { result: null }, entries };
  const book = await readXlsx(input, { only: (name) => name === STORE_SHEET || name.startsWith(RESULT_SHEET) });
  const sheet = book.sheets.find((s) => s.name === STORE_SHEET);
  if (!sheet) return { meta: { result: null }, entries };
  const store = readStoreSheet(sheet);
  for (const { entry } of store.entries) {
    let bySheet = entries.get(entry.sheet);
    if (!bySheet) entries.set(entry.sheet, (bySheet = new Map()));
    bySheet.set(entry.address.replace(/\$/g, '').toUpperCase(), entry);
  }
  const result = book.sheets.find((s) => s.name === store.meta.result);
  return { meta: { result: result !== undefined && isOurResultSheet(result) ? store.meta.result : null }, entries };
}

/** The text of one piece of a comment's <text>: a run, or a bare <t>. */
function pieceText(xml: string, piece: El): string {
  return piece.local === 't' ? unescapeXml(xml.slice(piece.openEnd, piece.closeStart)) : plainText(xml, piece);
}

/**
 * A comment's <text> element without its last `n` characters: the runs we
 * appended dropped whole where they make up exactly that text (the clerk's
 * runs keep their formatting), else the text kept as one plain run.
 */
function withoutTail(element: string, prefix: string, n: number): string {
  const root = rootElement(element);
  const pieces = children(element, root).filter((c) => c.local === 'r' || c.local === 't');
  let dropped = 0;
  let i = pieces.length;
  while (i > 0 && dropped < n) dropped += pieceText(element, pieces[--i]).length;
  if (dropped === n && i < pieces.length) return splice(element, pieces[i].start, pieces[pieces.length - 1].end, '');
  const plain = plainText(element, root);
  const t = qname(prefix, 't');
  return `${tagOf(element, root).replace(/\s*\/>$/, '>')}<${t} xml:space="preserve">${escapeText(plain.slice(0, plain.length - n))}</${t}></${root.name}>`;
}

/** Removes our replies (by the "备案检查" person) from the sheet's threads; returns their texts by cell. */
async function removeReplies(ctx: NotesContext, rels: readonly Relationship[]): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>();
  const rel = rels.find((r) => relKind(r.type) === 'threadedComment' && r.part && ctx.pkg.has(r.part));
  const person = rel && (await reviewerId(ctx.pkg, ctx.workbookPart));
  if (!rel?.part || !person) return texts;
  let xml = await ctx.pkg.text(rel.part);
  const ours = children(xml, rootElement(xml)).filter((c) => {
    const tag = tagOf(xml, c);
    return c.local === 'threadedComment' && attr(tag, 'personId') === person && attr(tag, 'parentId') !== undefined;
  });
  for (const c of ours) {
    const text = children(xml, c).find((t) => t.local === 'text');
    const ref = normalRef(attr(tagOf(xml, c), 'ref'));
    texts.set(ref, [...(texts.get(ref) ?? []), text ? unescapeXml(xml.slice(text.openEnd, text.closeStart)) : '']);
  }
  xml = applyEdits(xml, ours.map((c) => ({ from: c.start, to: c.end, text: '' })));
  ctx.pkg.set(rel.part, xml);
  return texts;
}

/**
 * Takes our earlier notes and replies off one sheet: a note that is all
 * ours goes (with its box in the drawing), a clerk's note gets back the
 * text it had before ours, a thread loses our replies and its fallback
 * text their lines.
 */
export async function clearEarlierNotes(ctx: NotesContext, sheetPart: string, sheet: SheetXml, entries: ReadonlyMap<string, RestoreEntry>): Promise<void> {
  const { pkg } = ctx;
  const rels = await pkg.rels(sheetPart);
  const replies = await removeReplies(ctx, rels);
  const commentsRel = rels.find((r) => relKind(r.type) === 'comments' && r.part && pkg.has(r.part));
  if (!commentsRel?.part || (!entries.size && !replies.size)) return;
  const xml = await pkg.text(commentsRel.part);
  const root = rootElement(xml);
  const list = children(xml, root).find((c) => c.local === 'commentList');
  const removed = new Set<string>();
  const boxes = new Map<string, NoteBox>();
  const edits: Edit[] = [];
  for (const c of (list ? children(xml, list) : []).filter((el) => el.local === 'comment')) {
    const ref = normalRef(attr(tagOf(xml, c), 'ref'));
    const text = children(xml, c).find((t) => t.local === 'text');
    if (!text) continue;
    const plain = plainText(xml, text);
    const entry = entries.get(ref);
    let keep = plain;
    if (entry?.ours === 'note' && entry.hash !== null && fingerprint(plain) === entry.hash) {
      keep = entry.note && plain.startsWith(entry.note) ? entry.note : '';
      // The clerk's note gets back the box it had before we grew it for our text.
      const { row, col } = parseA1(ref);
      if (keep && entry.box) boxes.set(`${row - 1},${col - 1}`, entry.box);
    }
    for (const reply of [...(replies.get(ref) ?? [])].reverse()) if (keep.endsWith(fallbackReply(reply))) keep = keep.slice(0, keep.length - fallbackReply(reply).length);
    if (keep === plain) continue;
    if (keep) edits.push({ from: text.start, to: text.end, text: withoutTail(xml.slice(text.start, text.end), root.prefix, plain.length - keep.length) });
    else {
      edits.push({ from: c.start, to: c.end, text: '' });
      const { row, col } = parseA1(ref);
      removed.add(`${row - 1},${col - 1}`);
    }
  }
  pkg.set(commentsRel.part, applyEdits(xml, edits));
  const rid = removed.size || boxes.size ? sheet.legacyDrawingId(ctx.flavour.rel) : undefined;
  const drawing = rid && rels.find((r) => r.id === rid && r.part && pkg.has(r.part));
  if (drawing && drawing.part) pkg.set(drawing.part, restoreNoteBoxes(removeNoteShapes(await pkg.text(drawing.part), removed), boxes));
}
