import { attr, children, rootElement, tagOf, type El } from './xml';

/**
 * The colours a workbook names by reference rather than by value: theme
 * colours (from its theme part) and palette colours (from its styles, or
 * the palette every spreadsheet program shares). The restore data keeps
 * the colour a reference gives as well as the reference, so a host that can
 * only set colours by value (Office.js) still puts back what the clerk saw.
 */

/**
 * The theme's colour elements in the order SpreadsheetML's `theme` index
 * counts them: Excel numbers 背景 1/文字 1/背景 2/文字 2 (lt1, dk1, lt2,
 * dk2) before the accents, not in the theme part's own dk1, lt1 order.
 */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

/** The Office theme's colours (Excel 2013 and later), for a workbook without a theme part. */
const OFFICE_THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

/** The default palette: entries 0–63, then 64 and 65, the system's text and window colours. */
const PALETTE = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

const hex = (rrggbb: string) => `#${rrggbb.toUpperCase()}`;

function descendant(xml: string, el: El, path: readonly string[]): El | undefined {
  let at: El | undefined = el;
  for (const local of path) at = at && children(xml, at).find((c) => c.local === local);
  return at;
}

/** The twelve theme colours ("#RRGGBB") by SpreadsheetML's index, from a theme part (the Office theme's where it names none). */
export function themeColours(themeXml: string | undefined): string[] {
  const out = OFFICE_THEME.map(hex);
  if (!themeXml) return out;
  try {
    const scheme = descendant(themeXml, rootElement(themeXml), ['themeElements', 'clrScheme']);
    if (!scheme) return out;
    const slots = new Map(children(themeXml, scheme).map((c) => [c.local, c] as const));
    THEME_SLOTS.forEach((slot, i) => {
      const el = slots.get(slot);
      const colour = el && children(themeXml, el)[0];
      if (!colour) return;
      const tag = tagOf(themeXml, colour);
      const value = colour.local === 'srgbClr' ? attr(tag, 'val') : colour.local === 'sysClr' ? attr(tag, 'lastClr') : undefined;
      if (value && /^[0-9A-Fa-f]{6}$/.test(value)) out[i] = hex(value);
    });
  } catch {
    // A theme part that is not XML leaves the Office theme's colours.
  }
  return out;
}

/** The palette ("#RRGGBB" by index): the stylesheet's own <colors><indexedColors> where it has one, else the default. */
export function paletteColours(stylesXml: string): string[] {
  const out = PALETTE.map(hex);
  const own = descendant(stylesXml, rootElement(stylesXml), ['colors', 'indexedColors']);
  if (!own) return out;
  children(stylesXml, own)
    .filter((c) => c.local === 'rgbColor')
    .forEach((c, i) => {
      const rgb = attr(tagOf(stylesXml, c), 'rgb');
      if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb) && i < out.length) out[i] = hex(rgb.slice(-6));
    });
  return out;
}
