import { MAIN, PKG_REL, REL } from './xlsx-parts';
import { zipOf } from './package';

/**
 * A workbook whose cells are filled from its theme (with and without a
 * tint) and from its palette (the default one and its own): A1–D1 and
 * A2–D2 in the same four formats, for the annotated copy and the add-in to
 * mark row 1 and leave row 2.
 */

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const TINT = '0.39997558519241921';


const rels = (list: [string, string, string][]) =>
  `${DECL}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** Fills: 2 accent 1 lightened, 3 accent 2, 4 palette entry 43, 5 custom-palette entry 10. */
export const FILLS =
  '<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  `<fill><patternFill patternType="solid"><fgColor theme="4" tint="${TINT}"/><bgColor indexed="64"/></patternFill></fill>` +
  '<fill><patternFill patternType="solid"><fgColor theme="5"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor indexed="43"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor indexed="10"/><bgColor indexed="64"/></patternFill></fill></fills>';
export const XFS = '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="4" borderId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="5" borderId="0" applyFill="1"/></cellXfs>';
/** A custom palette whose entry 10 is teal rather than red (and 43 the usual light yellow). */
export const COLORS = `<colors><indexedColors>${Array.from({ length: 64 }, (_, i) => `<rgbColor rgb="${i === 10 ? 'FF008080' : i === 43 ? 'FFFFFF99' : 'FF000000'}"/>`).join('')}</indexedColors></colors>`;
export const THEME =
  `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="机构主题"><a:themeElements><a:clrScheme name="机构">` +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>' +
  '<a:accent1><a:srgbClr val="2E8B57"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>' +
  '<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>' +
  '</a:clrScheme></a:themeElements></a:theme>';

/** Row 1: A1–D1 in styles 1–4 (each to be marked); row 2: the same styles on cells nothing marks. */
export function themeBook(): Uint8Array {
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


/** The cells marked: one of each fill. */
export const THEMED_CELLS = ['A1', 'B1', 'C1', 'D1'];
