import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../helpers/cli';
import { buildXlsx, Parts, str, zipParts } from '../helpers/xlsx-parts';

/**
 * Workbooks that declare far more than they hold. Each is read in a fresh
 * process (the built dist/, as the CLI runs it) so that its peak memory is
 * its own: it must be read within 5 s and 500 MB, or refused in one line.
 */

const READER = path.resolve(__dirname, '../../dist/read/read-workbook.js');
const CHILD = `
const { readWorkbook } = require(${JSON.stringify(READER)});
const t0 = Date.now();
readWorkbook(require('fs').readFileSync(process.argv[1])).then(
  (wb) => ({ sheets: wb.sheets.length, cells: wb.sheets.reduce((n, s) => n + s.rowCount, 0) }),
  (e) => ({ refused: e.name === 'InputError' ? e.message : 'CRASH ' + e.stack }),
).then((r) => console.log(JSON.stringify({ ...r, ms: Date.now() - t0, rssMB: process.resourceUsage().maxRSS / 1024 })));
`;

const ROWS = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 2}">${str(`A${i + 2}`, `张${i}`)}<c r="B${i + 2}"><v>${i}</v></c></row>`).join('');
const WHOLE = 'A1:XFD1048576';

function withDefinedName(parts: Parts): Parts {
  parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace('</workbook>', `<definedNames><definedName name="all">S!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">S!$A:$XFD</definedName></definedNames></workbook>`);
  return parts;
}

const CASES: Record<string, () => Parts> = {
  'a merge spanning the whole sheet': () => buildXlsx({ sheets: [{ name: 'S', rows: ROWS, after: `<mergeCells count="1"><mergeCell ref="${WHOLE}"/></mergeCells>` }] }),
  'a data validation and a conditional format over the whole sheet, a huge declared dimension': () =>
    buildXlsx({
      sheets: [
        {
          name: 'S',
          rows: ROWS,
          before: `<dimension ref="${WHOLE}"/><cols><col min="1" max="16384" width="9"/></cols>`,
          after: `<conditionalFormatting sqref="${WHOLE}"><cfRule type="cellIs" operator="equal" priority="1"><formula>1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" sqref="${WHOLE}"><formula1>0</formula1></dataValidation></dataValidations>`,
        },
      ],
    }),
  'a defined name over the whole sheet': () => withDefinedName(buildXlsx({ sheets: [{ name: 'S', rows: ROWS }] })),
  'a stray cell in XFD1048576': () => buildXlsx({ sheets: [{ name: 'S', rows: `${ROWS}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` }] }),
  '300 sheets with one cell in column XFD': () => buildXlsx({ sheets: Array.from({ length: 300 }, (_, i) => ({ name: `表${i}`, rows: `<row r="1">${str('XFD1', '孤')}</row>` })) }),
};

describe('amplification: what a workbook declares never sizes what beian builds', () => {
  const dir = tempDir();
  beforeAll(() => {
    if (!existsSync(READER)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this test');
  });

  it.each(Object.keys(CASES))('%s: read within 5 s and 500 MB', (name) => {
    const file = path.join(dir, `${Object.keys(CASES).indexOf(name)}.xlsx`);
    writeFileSync(file, zipParts(CASES[name]()));
    const r = spawnSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8', timeout: 20000 });
    const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { refused?: string; ms: number; rssMB: number };
    expect(out.refused).toBeUndefined();
    expect(out.ms).toBeLessThan(5000);
    expect(out.rssMB).toBeLessThan(500);
  });
});
