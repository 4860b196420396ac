import { CONTENT_TYPE, flavourOf } from '../annotate/ooxml';
import { Package, relKind } from '../annotate/package';
import { SheetXml, type CellValueEdit } from '../annotate/sheet';
import { minimalStylesheet, StylesPatch } from '../annotate/styles';
import { workbookPart, workbookSheets } from '../annotate/workbook';
import { rootStart } from '../annotate/xml';
import { gate } from '../read/gate';
import { dirOf } from '../zip/opc';
import type { Fix } from './fix';
import { excelSerial } from './serial';

/**
 * The workbook with the fixes applied, patched in place as the annotated
 * copy is: only the fixed sheets (and the stylesheet, when a date or rate
 * needs a number format) change; every other part is copied byte for byte.
 */
export async function fixXlsx(input: Uint8Array, fixes: readonly Fix[]): Promise<Uint8Array> {
  gate(input);
  const pkg = new Package(input);
  const wbPart = await workbookPart(pkg);
  const wbXml = await pkg.text(wbPart);
  const root = rootStart(wbXml);
  const flavour = flavourOf(wbXml.slice(root.start, root.openEnd));
  const sheets = await workbookSheets(pkg, wbPart, flavour);
  const needsFormat = fixes.some((f) => f.after.kind === 'date' || (f.after.kind === 'number' && f.after.format));
  const stylesRel = (await pkg.rels(wbPart)).find((r) => relKind(r.type) === 'styles' && r.part && pkg.has(r.part));
  const stylesPart = stylesRel?.part ?? pkg.freeName((n) => `${dirOf(wbPart)}styles${n === 1 ? '' : n}.xml`);
  const styles = needsFormat ? new StylesPatch(stylesRel ? await pkg.text(stylesPart) : minimalStylesheet(flavour.main)) : undefined;
  const formatted = (code: string) => (base: number) => styles!.numberFormatXf(base, code);
  for (const entry of sheets) {
    const mine = fixes.filter((f) => f.sheet === entry.name).sort((a, b) => a.row - b.row || a.col - b.col);
    if (!mine.length || !entry.part || entry.kind !== 'worksheet' || !pkg.has(entry.part)) continue;
    const edits: CellValueEdit[] = mine.map((f) => {
      const at = { row: f.row, col: f.col, address: f.cell };
      if (f.after.kind === 'text') return { ...at, value: f.after.text };
      if (f.after.kind === 'date') return { ...at, value: excelSerial(f.after.date), style: formatted(f.after.format) };
      return { ...at, value: f.after.number, style: f.after.format ? formatted(f.after.format) : undefined };
    });
    const xml = new SheetXml(await pkg.bytes(entry.part, 'sheetBytes'));
    xml.setValues(edits);
    pkg.set(entry.part, xml.toBytes());
  }
  if (styles) {
    pkg.set(stylesPart, styles.render());
    if (!stylesRel) {
      await pkg.addRel(wbPart, flavour.relType('styles'), stylesPart);
      await pkg.declare(stylesPart, CONTENT_TYPE.styles);
    }
  }
  return pkg.save();
}
