import { nextSlice } from '../model/slices';
import { gate } from '../read/gate';
import type { Finding } from '../rules/finding';
import { planMarks, type AnnotateMeta } from './mark-plan';
import { withChanges } from './change-marks';
import type { ChangedCell } from '../diff/compare';
import { writeNotes } from './notes';
import { CONTENT_TYPE, flavourOf, TEMPLATE_TO_WORKBOOK } from './ooxml';
import { dirOf } from '../zip/opc';
import { Package, relKind } from './package';
import { resultSheetXml } from './result-sheet';
import { clearEarlierNotes, readEarlier } from './earlier';
import { restorable, STORE_SHEET, storeSheetXml, type RestoreEntry } from './restore-data';
import { parseA1 } from '../model/cell';
import { SheetXml } from './sheet';
import { minimalStylesheet, StylesPatch } from './styles';
import { ShapeBlocks } from './vml';
import { addSheet, workbookPart, workbookSheets, writeResultSheet, type SheetEntry } from './workbook';
import { attr, children, rootElement, rootStart, tagOf } from './xml';

const lenient = new TextDecoder();

export interface AnnotateOptions {
  /** Time stamp of replies added to threaded comments. */
  now?: Date;
  /** Cells changed since an earlier filing (与上次备案比较), marked too, as the add-in marks them. */
  changes?: readonly ChangedCell[];
}

/**
 * The annotated copy of a workbook, from its bytes, on any host (no Node
 * APIs: it also runs in the web page's worker). The input is patched in
 * place as the mark plan says: marked cells get a fill (a clone of their
 * own cell format) and a note, and a 检查结果 sheet lists every finding.
 * Every other part of the package is copied byte for byte, so charts,
 * pivots, images, macros and everything else come through, and no value or
 * formula changes.
 */
export async function annotateXlsx(input: Uint8Array, findings: readonly Finding[], meta: AnnotateMeta, options: AnnotateOptions = {}): Promise<Uint8Array> {
  return (await annotateWorkbook(input, findings, meta, options)).bytes;
}

export interface Annotated {
  bytes: Uint8Array;
  /**
   * Whether the 检查结果 sheet was added: not to a workbook whose structure
   * is protected, where the clerk could not remove it (the cells are marked
   * all the same).
   */
  resultSheet: boolean;
  /** One Chinese line for the clerk when something was left out of the copy (the results sheet), else null. */
  notice: string | null;
}

/** What the clerk is told when the workbook's structure kept the results sheet out. */
export const RESULT_SHEET_LEFT_OUT = '工作簿结构受保护，未添加“检查结果”工作表（问题单元格已标注）';

/** Whether the workbook's structure is protected (工作簿保护: sheets cannot be added, removed or renamed). */
function structureLocked(wbXml: string): boolean {
  const root = rootElement(wbXml);
  const protection = children(wbXml, root).find((c) => c.local === 'workbookProtection');
  const locked = protection && attr(tagOf(wbXml, protection), 'lockStructure');
  return locked === '1' || locked === 'true';
}

/**
 * The shape-id blocks the sheets' drawings use (notes, and header and
 * footer pictures): those are the drawings a program loads. A drawing no
 * sheet refers to is never read (its bytes are copied as they are), so a
 * huge or damaged one costs nothing.
 */
async function shapeBlocks(pkg: Package, sheets: readonly SheetEntry[]): Promise<ShapeBlocks> {
  const blocks = new ShapeBlocks();
  const drawings = new Set<string>();
  for (const s of sheets) {
    if (!s.part || !pkg.has(s.part)) continue;
    for (const r of await pkg.rels(s.part)) if (relKind(r.type) === 'vmlDrawing' && r.part && pkg.has(r.part)) drawings.add(r.part);
  }
  // Only the ASCII shape ids matter here, so a drawing in another encoding is read all the same.
  for (const part of drawings) blocks.note(lenient.decode(await pkg.bytes(part)));
  return blocks;
}

/** {@link annotateXlsx}, saying also whether the results sheet could be added. */
export async function annotateWorkbook(input: Uint8Array, findings: readonly Finding[], meta: AnnotateMeta, options: AnnotateOptions = {}): Promise<Annotated> {
  gate(input);
  const pkg = new Package(input);
  const wbPart = await workbookPart(pkg);
  const wbXml = await pkg.text(wbPart);
  const wbRoot = rootStart(wbXml);
  const flavour = flavourOf(wbXml.slice(wbRoot.start, wbRoot.openEnd));
  const sheets = await workbookSheets(pkg, wbPart, flavour);
  const earlier = await readEarlier(input, sheets);
  const worksheet = (name: string | null) => {
    const index = sheets.findIndex((s) => s.name === name);
    const entry = sheets[index];
    return entry?.part && entry.kind === 'worksheet' && pkg.has(entry.part) ? { part: entry.part, index } : undefined;
  };
  const earlierResult = worksheet(earlier.meta.result);
  const earlierStore = worksheet(STORE_SHEET);
  const ownSheets = new Set([STORE_SHEET, ...(earlierResult ? [earlier.meta.result] : [])]);
  const names = sheets.filter((s) => !ownSheets.has(s.name)).map((s) => s.name);
  const checked = planMarks(findings, meta, names);
  const plan = options.changes?.length ? withChanges(checked, options.changes, names) : checked;
  // Our earlier 检查结果 is written over where it is, under the name it has.
  if (earlierResult) plan.result.name = earlier.meta.result!;
  await nextSlice();

  const stylesRel = (await pkg.rels(wbPart)).find((r) => relKind(r.type) === 'styles' && r.part && pkg.has(r.part));
  const stylesPart = stylesRel?.part ?? pkg.freeName((n) => `${dirOf(wbPart)}styles${n === 1 ? '' : n}.xml`);
  const themeRel = (await pkg.rels(wbPart)).find((r) => relKind(r.type) === 'theme' && r.part && pkg.has(r.part));
  const styles = new StylesPatch(stylesRel ? await pkg.text(stylesPart) : minimalStylesheet(flavour.main), themeRel?.part ? await pkg.text(themeRel.part) : undefined);

  const blocks = await shapeBlocks(pkg, sheets);
  await nextSlice();
  const ctx = { pkg, flavour, workbookPart: wbPart, blocks, now: options.now ?? new Date() };

  const restore: RestoreEntry[] = [];
  const marked = new Map(plan.sheets.map((s) => [s.sheet, s.marks]));
  for (const entry of sheets) {
    if (ownSheets.has(entry.name) || !entry.part || entry.kind !== 'worksheet' || !pkg.has(entry.part)) continue;
    const marks = marked.get(entry.name) ?? [];
    const before = earlier.entries.get(entry.name) ?? new Map<string, RestoreEntry>();
    if (!marks.length && !before.size) continue;
    const xml = new SheetXml(await pkg.bytes(entry.part, 'sheetBytes'));
    await nextSlice();
    // Each cell marked now or before gets its format from the one it had before our first mark; a cell only the
    // restore data names, which the sheet lacks, has nothing to give back and is not made.
    const byAddress = new Map(marks.map((m) => [m.address, m]));
    const cells = [...marks, ...[...before.keys()].filter((a) => !byAddress.has(a)).map((address) => ({ address, ...parseA1(address) }))];
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const bases = new Map<string, number>();
    xml.mark(cells, (current, cell) => {
      const e = before.get(cell.address);
      const base = e && styles.isMarked(current) ? styles.unmarked(current, e.style, e.fill) : current;
      bases.set(cell.address, base);
      const m = byAddress.get(cell.address);
      // A gradient is never painted over: the add-in could not set it back; the note and 检查结果 mark the cell.
      return m && restorable(styles.fillOf(base)) ? styles.markXf(base, m.fill) : base;
    }, (cell) => byAddress.has(cell.address));
    await nextSlice();
    await clearEarlierNotes(ctx, entry.part, xml, before);
    const notes = await writeNotes(ctx, entry.part, xml, marks);
    for (const m of marks) {
      const base = bases.get(m.address) ?? 0;
      const note = notes.get(m.address) ?? { note: null, ours: null, hash: null };
      restore.push({ sheet: entry.name, address: m.address, fill: styles.fillOf(base), ...note, style: base });
    }
    pkg.set(entry.part, xml.toBytes());
    await nextSlice();
  }

  const resultSheet = earlierResult !== undefined || !structureLocked(wbXml);
  if (resultSheet) {
    const result = await resultSheetXml(plan.result, styles.resultStyles(), flavour);
    const worksheetNames = sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
    await writeResultSheet(pkg, flavour, wbPart, plan.result, result, worksheetNames, earlierResult);
  }
  // What to restore, for the next run or the add-in's 清除标记: very hidden, so even a protected structure takes it.
  const store = storeSheetXml(flavour.main, { result: resultSheet ? plan.result.name : null }, restore);
  if (earlierStore) pkg.set(earlierStore.part, store);
  else await addSheet(pkg, flavour, wbPart, STORE_SHEET, store, 'veryHidden');
  const asWorkbook = TEMPLATE_TO_WORKBOOK[(await pkg.typeOf(wbPart)) ?? ''];
  if (asWorkbook) await pkg.retype(wbPart, asWorkbook);
  pkg.set(stylesPart, styles.render());
  if (!stylesRel) {
    await pkg.addRel(wbPart, flavour.relType('styles'), stylesPart);
    await pkg.declare(stylesPart, CONTENT_TYPE.styles);
  }
  return { bytes: await pkg.save(), resultSheet, notice: resultSheet ? null : RESULT_SHEET_LEFT_OUT };
}
