import { annotateXlsx, type AnnotateMeta } from '../../../src/annotate';
import { decodeEntry } from '../../../src/annotate/restore-data';
import { profileById } from '../../../src/profiles/profiles';
import type { Finding } from '../../../src/rules/finding';
import { partText, unzipParts, zipOf } from '../../helpers/package';
import { COLORS, FILLS, THEME, THEMED_CELLS, themeBook, TINT, XFS } from '../../helpers/theme-book';

/**
 * Fills the clerk picked from the theme (with or without a tint) or from
 * the palette: the annotated copy leaves the cells it does not mark byte
 * for byte, keeps in its restore data which theme colour or palette entry a
 * marked cell had (and the colour that gives), and a later run puts exactly
 * that back — never white.
 */

const META: AnnotateMeta = { file: '名册.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
const NOW = { now: new Date(Date.UTC(2026, 0, 2)) };

function finding(cell: string): Finding {
  return { rule: 'id.checksum', severity: 'error', sheet: '名册', cell, row: null, column: null, message: '校验位不对', basis: 'GB 11643-1999', hint: null };
}

const MARKED = THEMED_CELLS;

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
    const input = themeBook();
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
    const { entries } = restoreData(await annotateXlsx(themeBook(), MARKED.map(finding), META, NOW));
    expect(entries.get('A1')!.fill).toEqual({ pattern: 'Solid', color: '#2E8B57', patternColor: null, theme: 4, tint: Number(TINT) });
    expect(entries.get('B1')!.fill).toEqual({ pattern: 'Solid', color: '#C0504D', patternColor: null, theme: 5 });
    expect(entries.get('C1')!.fill).toEqual({ pattern: 'Solid', color: '#FFFF99', patternColor: null, indexed: 43 });
    expect(entries.get('D1')!.fill).toEqual({ pattern: 'Solid', color: '#008080', patternColor: null, indexed: 10 });
  });

  it('a later run gives each cell its theme or palette fill back, also where only the fill names it (the add-in’s restore data)', async () => {
    const first = await annotateXlsx(themeBook(), MARKED.map(finding), META, NOW);
    const original = partText(themeBook(), 'xl/styles.xml');
    const fillOfCell = (bytes: Uint8Array, ref: string) => {
      const styles = partText(bytes, 'xl/styles.xml');
      const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?fillId="(\d+)"/g)].map((m) => Number(m[1]));
      const fills = [...styles.slice(styles.indexOf('<fills')).matchAll(/<fill>.*?<\/fill>/g)].map((m) => m[0]);
      return fills[xfs[Number(/ s="(\d+)"/.exec(cellXml(bytes, ref))![1])]];
    };
    // As annotated: nothing marked any more, every cell back to its own fill.
    const cleared = await annotateXlsx(first, [], META, NOW);
    for (const ref of MARKED) expect([ref, fillOfCell(cleared, ref)]).toEqual([ref, fillOfCell(themeBook(), ref)]);
    // The same restore data without the cell formats (as the add-in writes it, or after another program renumbered them).
    const { part, entries } = restoreData(first);
    const parts = Object.fromEntries(unzipParts(first)) as Record<string, Uint8Array | string>;
    parts[part] = partText(first, part).replace(/,(\d+)\]<\/t>/g, ']</t>');
    expect(restoreData(zipOf(parts)).entries.get('A1')!.style).toBeUndefined();
    const fromFill = await annotateXlsx(zipOf(parts), [], META, NOW);
    for (const ref of MARKED) expect([ref, fillOfCell(fromFill, ref)]).toEqual([ref, fillOfCell(themeBook(), ref)]);
    expect(entries.size).toBe(4);
    expect(original).toContain(fillOfCell(fromFill, 'A1'));
  });

  it('a cell filled with a gradient is not painted over (no host could set it back): its note and 检查结果 row mark it', async () => {
    const parts = Object.fromEntries(unzipParts(themeBook())) as Record<string, Uint8Array | string>;
    const gradient = '<fill><gradientFill degree="90"><stop position="0"><color theme="0"/></stop><stop position="1"><color theme="4"/></stop></gradientFill></fill>';
    parts['xl/styles.xml'] = partText(themeBook(), 'xl/styles.xml').replace(/<fill><patternFill patternType="solid"><fgColor indexed="10"\/>.*?<\/fill>/, gradient);
    const input = zipOf(parts);
    const out = await annotateXlsx(input, MARKED.map(finding), META, NOW);
    expect(cellXml(out, 'D1')).toBe(cellXml(input, 'D1'));
    expect(partText(out, 'xl/comments1.xml')).toContain('ref="D1"');
    expect(restoreData(out).entries.get('D1')!.fill).toEqual({ pattern: 'LinearGradient', color: '#FFFFFF', patternColor: null });
    expect(cellXml(await annotateXlsx(out, [], META, NOW), 'D1')).toBe(cellXml(input, 'D1'));
  });
});
