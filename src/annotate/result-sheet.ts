import { a1, columnLetter } from '../model/cell';
import { nextSlice } from '../model/slices';
import type { ResultSheetPlan } from './mark-plan';
import type { Flavour } from './ooxml';
import type { ResultStyles } from './styles';
import { escapeAttr, escapeText } from './xml';

/**
 * The 检查结果 sheet as worksheet XML: the head lines, the header row
 * (frozen, with an autofilter), one row per finding with a link to its
 * cell. Text is written as inline strings, so the workbook's shared
 * strings part is left as it was.
 */

function cell(ref: string, value: string | number, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (value === '') return style === undefined ? '' : `<c r="${ref}"${s}/>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
}

/** The range the autofilter covers: the header row and the findings (at least one row). */
export function filterRange(plan: ResultSheetPlan): string {
  return `${a1(plan.headerRow, 1)}:${a1(plan.headerRow + Math.max(plan.rows.length, 1), plan.headers.length)}`;
}

/** The sheet's XML, built in slices (a check can list tens of thousands of findings). */
export async function resultSheetXml(plan: ResultSheetPlan, styles: ResultStyles, flavour: Flavour): Promise<string> {
  const rows: string[] = [];
  const merges: string[] = [];
  plan.head.forEach(([k, v], i) => {
    const r = i + 1;
    rows.push(`<row r="${r}">${cell(`A${r}`, k, styles.bold)}${cell(`B${r}`, v)}</row>`);
    merges.push(`B${r}:F${r}`);
  });
  rows.push(`<row r="${plan.headerRow}">${plan.headers.map((h, i) => cell(a1(plan.headerRow, i + 1), h, styles.header)).join('')}</row>`);
  const links: string[] = [];
  for (const [i, row] of plan.rows.entries()) {
    const r = plan.headerRow + 1 + i;
    const cells = row.values.map((v, j) => {
      const col = j + 1;
      const linked = col === plan.linkColumn && 'target' in row.link;
      const style = linked ? styles.link : col === plan.severityColumn ? styles.severity[row.severity] : col === plan.messageColumn ? styles.message : undefined;
      return cell(a1(r, col), v, style);
    });
    if ('target' in row.link) links.push(`<hyperlink ref="${a1(r, plan.linkColumn)}" location="${escapeAttr(row.link.target)}" display="${escapeAttr(row.link.text)}"/>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
    await nextSlice();
  }
  const last = plan.headerRow + Math.max(plan.rows.length, 1);
  const cols = plan.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const top = a1(plan.headerRow + 1, 1);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${flavour.main}">` +
    `<dimension ref="A1:${columnLetter(plan.headers.length)}${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${plan.headerRow}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="${filterRange(plan)}"/>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
