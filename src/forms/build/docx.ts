import { forXml } from '../../model/xml-text';
import { zipEntries } from '../../render/zip';

/**
 * A small WordprocessingML writer for the form templates, following
 * GB/T 9704-2012: A4, type area 156 × 225 mm (top 37, bottom 35, left 28,
 * right 26 mm), 仿宋_GB2312 三号 body, 小标宋 二号 titles, 黑体 / 楷体 headings.
 * Chinese fonts are named in w:eastAsia (with w:hint="eastAsia") in the
 * style defaults and every style, or Word falls back to the theme font.
 */

export const FONTS = { body: '仿宋_GB2312', title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', symbol: 'Segoe UI Symbol' } as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { erhao: 44, sanhao: 32, xiaosi: 24, wuhao: 21, xiaowu: 18 } as const;

const MM = 56.6929; // twips per millimetre
const tw = (mm: number) => Math.round(mm * MM);

/** Text as WordprocessingML holds it: what XML forbids dropped (a workbook's text may carry it), markup escaped. */
export function esc(s: string): string {
  return forXml(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fonts(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}" w:hint="eastAsia"/>`;
}

export interface RunProps {
  bold?: boolean;
  /** A font for every script, e.g. for ☑/☐, which CJK text fonts lack. */
  font?: string;
  color?: string;
  size?: number;
}

export function run(text: string, p: RunProps = {}): string {
  const props = [p.font ? fonts(p.font) : '', p.bold ? '<w:b/><w:bCs/>' : '', p.color ? `<w:color w:val="${p.color}"/>` : '', p.size ? `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>` : ''].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

export function para(content: string, opts: { style?: string; align?: 'center' | 'right' | 'left' | 'both'; keepNext?: boolean; pageBreakBefore?: boolean } = {}): string {
  const ppr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.keepNext ? '<w:keepNext/>' : '',
    opts.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    opts.align ? `<w:jc w:val="${opts.align}"/>` : '',
  ].join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${content}</w:p>`;
}

/** A paragraph of plain text (which may contain docxtemplater tags). */
export const text = (s: string, opts: Parameters<typeof para>[1] & RunProps = {}) => para(run(s, opts), opts);

export interface Column {
  header: string;
  /** Width in millimetres. */
  mm: number;
  /** Cell content: a tag such as "{name}" or fixed text. */
  cell: string;
  align?: 'center' | 'left';
  font?: string;
}

function cellXml(content: string, mm: number, align: 'center' | 'left', header: boolean, font?: string, style = 'TableText', span = 1): string {
  const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
  const merged = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${tw(mm)}" w:type="dxa"/>${merged}${shade}<w:vAlign w:val="center"/></w:tcPr>${para(run(content, { bold: header, font }), { style, align })}</w:tc>`;
}

/**
 * A table whose header row repeats on every page and whose rows never split
 * across pages; the body row loops over `loop` (docxtemplater {#loop}…{/loop}).
 * `footer` is a closing row (合计), one cell per column; null merges a column into the cell on its left.
 */
export function table(columns: readonly Column[], loop: string, footer?: readonly (string | null)[], opts: { small?: boolean } = {}): string {
  const total = columns.reduce((s, c) => s + c.mm, 0);
  const grid = columns.map((c) => `<w:gridCol w:w="${tw(c.mm)}"/>`).join('');
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${tw(total)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  // Wide summaries an office sends up (hundreds of rows) print in 小五 so that a row is one line.
  const style = opts.small ? 'TableSmall' : 'TableText';
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c) => cellXml(c.header, c.mm, 'center', true, undefined, style)).join('')}</w:tr>`;
  const body = columns
    .map((c, i) => {
      const content = (i === 0 ? `{#${loop}}` : '') + c.cell + (i === columns.length - 1 ? `{/${loop}}` : '');
      return cellXml(content, c.mm, c.align ?? 'center', false, c.font, style);
    })
    .join('');
  const foot = footer ? `<w:tr><w:trPr><w:cantSplit/></w:trPr>${footerCells(columns, footer, style)}</w:tr>` : '';
  return `<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${header}<w:tr><w:trPr><w:cantSplit/></w:trPr>${body}</w:tr>${foot}</w:tbl>`;
}

/**
 * GB/T 9704-2012 7.5: page numbers in 四号 半角宋体 between two em dashes
 * (“— 1 —”), odd pages on the right and even pages on the left, one
 * character in from the edge.
 */
function footerXml(side: 'right' | 'left'): string {
  const r = (inner: string) => `<w:r><w:rPr>${fonts('宋体')}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>${inner}</w:r>`;
  const indent = side === 'right' ? '<w:ind w:right="280"/>' : '<w:ind w:left="280"/>';
  const field = r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve"> PAGE </w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>') + r('<w:t>1</w:t>') + r('<w:fldChar w:fldCharType="end"/>');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>${indent}<w:jc w:val="${side}"/></w:pPr>${r('<w:t xml:space="preserve">— </w:t>')}${field}${r('<w:t xml:space="preserve"> —</w:t>')}</w:p></w:ftr>`;
}

const SETTINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:evenAndOddHeaders/></w:settings>`;

/** The closing row's cells: a cell followed by nulls spans their columns too. */
function footerCells(columns: readonly Column[], footer: readonly (string | null)[], style: string): string {
  const out: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    let span = 1;
    while (i + span < columns.length && footer[i + span] === null) span++;
    const mm = columns.slice(i, i + span).reduce((s, c) => s + c.mm, 0);
    out.push(cellXml(footer[i] ?? '', mm, 'center', i === 0, undefined, style, span));
    i += span - 1;
  }
  return out.join('');
}

function sectPr(landscape: boolean): string {
  const [w, h] = landscape ? [tw(297), tw(210)] : [tw(210), tw(297)];
  // Landscape pages keep the portrait binding edge: the 37/35 mm margins move to the long sides.
  const m = landscape ? { top: tw(28), bottom: tw(26), left: tw(37), right: tw(35) } : { top: tw(37), bottom: tw(35), left: tw(28), right: tw(26) };
  return `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:footerReference w:type="even" r:id="rId3"/><w:pgSz w:w="${w}" w:h="${h}"${landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="851" w:footer="${m.bottom - tw(7) - 280}" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function documentXml(body: string, landscape: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${sectPr(landscape)}</w:body></w:document>`;
}

function style(id: string, name: string, font: string, size: number, extra: { bold?: boolean; align?: string; spacingAfter?: number; line?: number; basedOn?: string } = {}): string {
  // A style with its own exact line height leaves the page's 28.95 pt line grid, or Word and LibreOffice snap each 16 pt table line to a whole grid line.
  const ppr = `<w:pPr>${extra.line ? '<w:snapToGrid w:val="0"/>' : ''}${extra.align ? `<w:jc w:val="${extra.align}"/>` : ''}<w:spacing w:before="0" w:after="${extra.spacingAfter ?? 0}"${extra.line ? ` w:line="${extra.line}" w:lineRule="exact"` : ''}/></w:pPr>`;
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>${extra.basedOn ? `<w:basedOn w:val="${extra.basedOn}"/>` : ''}<w:qFormat/>${ppr}<w:rPr>${fonts(font)}${extra.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

function stylesXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONTS.body)}<w:sz w:val="${SIZE.sanhao}"/><w:szCs w:val="${SIZE.sanhao}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${fonts(FONTS.body)}<w:sz w:val="${SIZE.sanhao}"/><w:szCs w:val="${SIZE.sanhao}"/></w:rPr></w:style>
${style('Title', 'Title', FONTS.title, SIZE.erhao, { align: 'center', spacingAfter: 240, line: 720 })}
${style('Heading1', 'heading 1', FONTS.heading1, SIZE.sanhao, { spacingAfter: 0 })}
${style('Heading2', 'heading 2', FONTS.heading2, SIZE.sanhao, { spacingAfter: 0 })}
${style('TableText', '表格文字', FONTS.body, SIZE.wuhao, { line: 320 })}
${style('TableSmall', '表格文字（小五）', FONTS.body, SIZE.xiaowu, { line: 240 })}
${style('Note', '附注', FONTS.body, SIZE.xiaosi, { line: 400 })}
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;

function coreXml(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>beian</dc:creator></cp:coreProperties>`;
}

export function buildDocx(title: string, body: string, opts: { landscape?: boolean } = {}): Uint8Array {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return zipEntries([
    ['[Content_Types].xml', utf8(CONTENT_TYPES)],
    ['_rels/.rels', utf8(ROOT_RELS)],
    ['docProps/core.xml', utf8(coreXml(title))],
    ['word/_rels/document.xml.rels', utf8(DOC_RELS)],
    ['word/styles.xml', utf8(stylesXml())],
    ['word/settings.xml', utf8(SETTINGS)],
    ['word/footer1.xml', utf8(footerXml('right'))],
    ['word/footer2.xml', utf8(footerXml('left'))],
    ['word/document.xml', utf8(documentXml(body, opts.landscape ?? false))],
  ]);
}

export interface GridCell {
  /** Text with tags, or runs already built (see {@link runs}). */
  content: string;
  span?: number;
  /** A label cell: shaded and bold. */
  label?: boolean;
  align?: 'center' | 'left';
  /** `content` is run XML rather than text. */
  raw?: boolean;
}

export interface GridRow {
  cells: GridCell[];
  /** Repeat this row for each item of the array (docxtemplater {#loop}). */
  loop?: string;
  /** Repeat on each page. */
  header?: boolean;
}

/** Run XML for content that mixes fixed text and conditional formatting. */
export const runs = (...parts: string[]) => parts.join('');

/**
 * A form-style table on a column grid (labels and values side by side,
 * cells spanning columns), every row kept whole on one page.
 */
export function grid(widthsMm: readonly number[], rows: readonly GridRow[]): string {
  const total = widthsMm.reduce((s, w) => s + w, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${tw(total)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const body = rows
    .map((row) => {
      let col = 0;
      const cells = row.cells.map((c, i) => {
        const span = c.span ?? 1;
        const mm = widthsMm.slice(col, col + span).reduce((s, w) => s + w, 0);
        col += span;
        const loopOpen = row.loop && i === 0 ? `{#${row.loop}}` : '';
        const loopClose = row.loop && i === row.cells.length - 1 ? `{/${row.loop}}` : '';
        const inner = c.raw ? run(loopOpen) + c.content + run(loopClose) : run(loopOpen + c.content + loopClose, { bold: c.label });
        const shade = c.label ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
        return `<w:tc><w:tcPr><w:tcW w:w="${tw(mm)}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${shade}<w:vAlign w:val="center"/></w:tcPr>${para(inner, { style: 'TableText', align: c.align ?? (c.label ? 'center' : 'left') })}</w:tc>`;
      });
      return `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}<w:tblGrid>${widthsMm.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join('')}</w:tblGrid>${body}</w:tbl>`;
}
