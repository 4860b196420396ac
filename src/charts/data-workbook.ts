import { escapeText } from '../annotate/xml';
import { columnLetter } from '../model/cell';
import { zipEntries } from '../render/zip';
import type { Chart } from './chart';
import { dataRows, type DataTable } from './chart-space';

/**
 * The small workbook a Word chart carries its data in (word/embeddings/):
 * Word's 编辑数据 opens it, so the office can correct a figure and the
 * chart follows. One sheet, the chart's data table at A1.
 */

export const DATA_SHEET = '数据';

/** Where the data stands in the embedded workbook. */
export const EMBEDDED_TABLE: DataTable = { sheet: DATA_SHEET, row: 1, column: 1 };

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(chart: Chart): string {
  // Style 1 shows a fraction as a percentage (built-in format 10, 0.00%).
  const style = chart.kind === 'percent' ? ' s="1"' : '';
  const rows = dataRows(chart).map(
    (r, i) =>
      `<row r="${i + 1}">${r
        .map((v, j) => {
          if (v === null) return '';
          const ref = `${columnLetter(j + 1)}${i + 1}`;
          return typeof v === 'number' ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeText(v)}</t></is></c>`;
        })
        .join('')}</row>`,
  );
  return `${HEAD}<worksheet xmlns="${MAIN}"><cols><col min="1" max="1" width="30" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export function dataWorkbook(chart: Chart): Uint8Array {
  return zipEntries([
    [
      '[Content_Types].xml',
      utf8(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      ),
    ],
    ['_rels/.rels', utf8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    ['xl/workbook.xml', utf8(`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${DATA_SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    [
      'xl/_rels/workbook.xml.rels',
      utf8(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
    ],
    ['xl/worksheets/sheet1.xml', utf8(sheetXml(chart))],
    [
      'xl/styles.xml',
      utf8(
        `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
          `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
          `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
    ],
  ]);
}
