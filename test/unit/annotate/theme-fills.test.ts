import { annotateXlsx, type AnnotateMeta } from '../../../src/annotate';
import { decodeEntry } from '../../../src/annotate/restore-data';
import { profileById } from '../../../src/profiles/profiles';
import type { Finding } from '../../../src/rules/finding';
import { partText, unzipParts, zipOf } from '../../helpers/package';
import { MAIN, PKG_REL, REL } from '../../helpers/xlsx-parts';

/**
 * Fills the clerk picked from the theme (with or without a tint) or from
 * the palette: the annotated copy leaves the cells it does not mark byte
 * for byte, keeps in its restore data which theme colour or palette entry a
 * marked cell had (and the colour that gives), and a later run puts exactly
 * that back — never white.
 */

const META: AnnotateMeta = { file: '名册.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NOW = { now: new Date(Date.UTC(2026, 0, 2)) };
const TINT = '0.39997558519241921';

function finding(cell: string): Finding {
  return { rule: 'id.checksum', severity: 'error', sheet: '名册', cell, row: null, column: null, message: '校验位不对', basis: 'GB 11643-1999', hint: null };
}

const rels = (list: [string, string, string][]) =>
  `${DECL}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** Fills: 2 accent 1 lightened, 3 accent 2, 4 palette entry 43, 5 custom-palette entry 10. */
const FILLS =
  '<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  `<fill><patternFill patternType="solid"><fgColor theme="4" tint="${TINT}"/><bgColor indexed="64"/></patternFill></fill>` +
  '<fill><patternFill patternType="solid"><fgColor theme="5"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor indexed="43"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills>';
const XFS = '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="5" borderId="0" applyFill="1"/></cellXfs>';
/** A custom palette whose entry 10 is teal rather than red (and 43 the usual light yellow). */
const COLORS = `<colors><indexedColors>${Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === 10 ? 'FF008080' : i === 43 ? 'FFFFFF99' : 'FF000000'}"/>`).join('')}</indexedColors></colors>`;
const THEME =
  `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="机构主题"><a:themeElements><a:clrScheme name="机构">` +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>' +
  '<a:accent1><a:srgbClr val="2E8B57"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>' +
  '<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>' +
  '</a:clrScheme></a:themeElements></a:theme>';

/** Row 1: A1–D1 in styles 1–4 (each to be marked); row 2: the same styles on cells nothing marks. */
function book(): Uint8Array {
  const cell = (ref: string, s: number, v: number) => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  const row = (r: number) => `<row r="${r}">${['A', 'B', 'C', 'D'].map((c, i) => cell(`${c}${r}`, i + 1, r * 10 + i)).join('')}</row>`;
  const T = 'application/vnd.openxmlformats-officedocument';
  return zipOf({
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${T}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${T}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${T}.spreadsheetml.styles+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="${T}.theme+xml"/></Types>`,
    '_rels/.rels': rels([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([['rId1', `${REL}/worksheet`, 'worksheets/sheet1.xml'], ['rId2', `${REL}/styles`, 'styles.xml'], ['rId3', `${REL}/theme`, 'theme/theme1.xml']]),
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>${FILLS}<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>${XFS}${COLORS}</styleSheet>`,
    'xl/theme/theme1.xml': THEME,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${row(1)}${row(2)}</sheetData></worksheet>`,
  });
}

const MARKED = ['A1', 'B1', 'C1', 'D1'];

/** The restore data's entries by address. */
function restoreData(bytes: Uint8Array) {
  const parts = unzipParts(bytes);
  const store = [...parts.keys()].find((n) => n.startsWith('xl/worksheets/') && partText(bytes, n).includes('beian'))!;
  const lines = [...partText(bytes, store).matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  return { part: store, entries: new Map(lines.map((l) => decodeEntry(l)).filter((e) => e !== null).map((e) => [e.address, e])) };
}

const cellXml = (bytes: Uint8Array, ref: string) => new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(partText(bytes, 'xl/worksheets/sheet1.xml'))![0];

describe('theme and palette fills', () => {
  it('cells the copy does not mark keep their theme and palette fills byte for byte', async () => {
    const input = book();
    const out = await annotateXlsx(input, MARKED.map(finding), META, NOW);
    for (const ref of ['A2', 'B2', 'C2', 'D2']) expect(cellXml(out, ref)).toBe(cellXml(input, ref));
    // The stylesheet's own fills, cell formats and palette are where they were, as they were.
    const styles = partText(out, 'xl/styles.xml');
    expect(styles).toContain(FILLS.slice(FILLS.indexOf('<fill>'), FILLS.indexOf('</fills>')));
    expect(styles).toContain(XFS.slice(XFS.indexOf('<xf '), XFS.indexOf('</cellXfs>')));
    expect(styles).toContain(COLORS);
    expect(partText(out, 'xl/theme/theme1.xml')).toBe(THEME);
  });

  it('the restore data keeps the theme colour, tint and palette entry of each marked cell, and the colour they give', async () => {
    const { entries } = restoreData(await annotateXlsx(book(), MARKED.map(finding), META, NOW));
    expect(entries.get('A1')!.fill).toEqual({ pattern: 'Solid', color: '#2E8B57', patternColor: null, theme: 4, tint: Number(TINT) });
    expect(entries.get('B1')!.fill).toEqual({ pattern: 'Solid', color: '#C0504D', patternColor: null, theme: 5 });
    expect(entries.get('C1')!.fill).toEqual({ pattern: 'Solid', color: '#FFFF99', patternColor: null, indexed: 43 });
    expect(entries.get('D1')!.fill).toEqual({ pattern: 'Solid', color: '#008080', patternColor: null, indexed: 10 });
  });

  it('a later run gives each cell its theme or palette fill back, also where only the fill names it (the add-in’s restore data)', async () => {
    const first = await annotateXlsx(book(), MARKED.map(finding), META, NOW);
    const original = partText(book(), 'xl/styles.xml');
    const fillOfCell = (bytes: Uint8Array, ref: string) => {
      const styles = partText(bytes, 'xl/styles.xml');
      const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?fillId="(\d+)"/g)].map((m) => Number(m[1]));
      const fills = [...styles.slice(styles.indexOf('<fills')).matchAll(/<fill>.*?<\/fill>/g)].map((m) => m[0]);
      return fills[xfs[Number(/ s="(\d+)"/.exec(cellXml(bytes, ref))![1])]];
    };
    // As annotated: nothing marked any more, every cell back to its own fill.
    const cleared = await annotateXlsx(first, [], META, NOW);
    for (const ref of MARKED) expect([ref, fillOfCell(cleared, ref)]).toEqual([ref, fillOfCell(book(), ref)]);
    // The same restore data without the cell formats (as the add-in writes it, or after another program renumbered them).
    const { part, entries } = restoreData(first);
    const parts = Object.fromEntries(unzipParts(first)) as Record<string, Uint8Array | string>;
    parts[part] = partText(first, part).replace(/,(\d+)\]<\/t>/g, ']</t>');
    expect(restoreData(zipOf(parts)).entries.get('A1')!.style).toBeUndefined();
    const fromFill = await annotateXlsx(zipOf(parts), [], META, NOW);
    for (const ref of MARKED) expect([ref, fillOfCell(fromFill, ref)]).toEqual([ref, fillOfCell(book(), ref)]);
    expect(entries.size).toBe(4);
    expect(original).toContain(fillOfCell(fromFill, 'A1'));
  });
});
