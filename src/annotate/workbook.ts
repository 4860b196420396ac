import { inputError } from '../read/input-messages';
import { cellTarget, type ResultSheetPlan } from './mark-plan';
import { CONTENT_TYPE, OFFICE_DOCUMENT, WORKBOOK_ORDER, type Flavour } from './ooxml';
import { dirOf } from '../zip/opc';
import { relKind, type Package } from './package';
import { filterRange } from './result-sheet';
import { appendInto, attr, bindPrefix, children, escapeAttr, escapeText, insertInOrder, prefixFor, qname, rootElement, setAttr, splice, tagOf, unescapeXml } from './xml';

/** A sheet as the workbook part lists it, in tab order. */
export interface SheetEntry {
  name: string;
  /** Its part, when the relationship resolves; `kind` is the relationship's (worksheet, chartsheet…). */
  part?: string;
  kind?: string;
}

/** The workbook part, found the way OPC says: through the package's officeDocument relationship. */
export async function workbookPart(pkg: Package): Promise<string> {
  const rel = (await pkg.rels('')).find((r) => relKind(r.type) === OFFICE_DOCUMENT && r.part && pkg.has(r.part));
  if (rel?.part) return rel.part;
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  throw inputError('zip-not-xlsx');
}

export async function workbookSheets(pkg: Package, part: string, flavour: Flavour): Promise<SheetEntry[]> {
  const xml = await pkg.text(part);
  const root = rootElement(xml);
  const rels = await pkg.rels(part);
  const sheets = children(xml, root).find((c) => c.local === 'sheets');
  if (!sheets) return [];
  return children(xml, sheets)
    .filter((c) => c.local === 'sheet')
    .map((c) => {
      const tag = tagOf(xml, c);
      const prefix = prefixFor(tag, flavour.rel) ?? prefixFor(tagOf(xml, root), flavour.rel);
      const rel = prefix ? rels.find((r) => r.id === attr(tag, `${prefix}:id`)) : undefined;
      return { name: attr(tag, 'name') ?? '', part: rel?.part, kind: rel ? relKind(rel.type) : undefined };
    });
}

/**
 * Appends the 检查结果 sheet: its part and content type, its relationship
 * from the workbook, a <sheet> with a fresh sheetId and r:id, the hidden
 * name Excel keeps for an autofilter, and its title in docProps/app.xml.
 */
export async function addResultSheet(pkg: Package, flavour: Flavour, wbPart: string, plan: ResultSheetPlan, sheetXml: string, worksheetNames: readonly string[]): Promise<void> {
  const part = pkg.freeName((n) => `${dirOf(wbPart)}worksheets/sheet${n}.xml`);
  pkg.set(part, sheetXml);
  await pkg.declare(part, CONTENT_TYPE.worksheet);
  const rid = await pkg.addRel(wbPart, flavour.relType('worksheet'), part);

  let xml = await pkg.text(wbPart);
  let root = rootElement(xml);
  const { tag: rootTag, prefix: r } = bindPrefix(tagOf(xml, root), flavour.rel);
  xml = splice(xml, root.start, root.openEnd, rootTag);
  root = rootElement(xml);
  const p = (n: string) => qname(root.prefix, n);
  let sheets = children(xml, root).find((c) => c.local === 'sheets');
  if (!sheets) {
    xml = insertInOrder(xml, root, 'sheets', `<${p('sheets')}/>`, WORKBOOK_ORDER);
    root = rootElement(xml);
    sheets = children(xml, root).find((c) => c.local === 'sheets')!;
  }
  const entries = children(xml, sheets).filter((c) => c.local === 'sheet');
  const sheetId = entries.reduce((m, c) => Math.max(m, Number(attr(tagOf(xml, c), 'sheetId')) || 0), 0) + 1;
  xml = appendInto(xml, sheets, `<${p('sheet')} name="${escapeAttr(plan.name)}" sheetId="${sheetId}" ${r}:id="${rid}"/>`);

  root = rootElement(xml);
  const filter = `<${p('definedName')} name="_xlnm._FilterDatabase" localSheetId="${entries.length}" hidden="1">${escapeText(cellTarget(plan.name, filterRange(plan).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')))}</${p('definedName')}>`;
  const names = children(xml, root).find((c) => c.local === 'definedNames');
  xml = names ? appendInto(xml, names, filter) : insertInOrder(xml, root, 'definedNames', `<${p('definedNames')}>${filter}</${p('definedNames')}>`, WORKBOOK_ORDER);
  pkg.set(wbPart, xml);
  await addTitle(pkg, plan.name, worksheetNames);
}

/**
 * docProps/app.xml lists the worksheets' names under the first heading.
 * When it does so for exactly this workbook's worksheets, the new sheet is
 * added to the list; any other shape is left alone (Excel rewrites the part
 * on save and never checks it on open).
 */
async function addTitle(pkg: Package, name: string, worksheetNames: readonly string[]): Promise<void> {
  const rel = (await pkg.rels('')).find((r) => ['extended-properties', 'extendedProperties'].includes(relKind(r.type)) && r.part && pkg.has(r.part));
  if (!rel?.part) return;
  let xml = await pkg.text(rel.part);
  const root = rootElement(xml);
  const vectorOf = (local: string) => {
    const holder = children(xml, rootElement(xml)).find((c) => c.local === local);
    return holder && children(xml, holder).find((c) => c.local === 'vector');
  };
  const pairs = vectorOf('HeadingPairs');
  const titles = vectorOf('TitlesOfParts');
  if (!pairs || !titles || root.selfClosing) return;
  const count = children(xml, pairs)[1] && children(xml, children(xml, pairs)[1])[0];
  const listed = children(xml, titles).map((t) => unescapeXml(xml.slice(t.openEnd, t.closeStart)));
  const n = count ? Number(xml.slice(count.openEnd, count.closeStart)) : NaN;
  if (n !== worksheetNames.length || worksheetNames.some((w, i) => listed[i] !== w)) return;
  const titleEls = children(xml, titles);
  const at = n === 0 ? titles.openEnd : titleEls[n - 1].end;
  const lpstr = qname(titles.prefix, 'lpstr');
  // Edits run from the end of the part backwards so that earlier offsets stay valid.
  xml = splice(xml, at, at, `<${lpstr}>${escapeText(name)}</${lpstr}>`);
  xml = splice(xml, titles.start, titles.openEnd, setAttr(tagOf(xml, titles), 'size', String(listed.length + 1)));
  xml = splice(xml, count!.openEnd, count!.closeStart, String(n + 1));
  pkg.set(rel.part, xml);
}
