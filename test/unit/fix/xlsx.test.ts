import type { CellValue } from '../../../src/model/cell';
import { parseA1 } from '../../../src/model/cell';
import type { Fix, FixValue } from '../../../src/fix';
import { fixXlsx } from '../../../src/fix/xlsx';
import { readWorkbook } from '../../../src/read/read-workbook';
import { assertWellFormed, partText, sameBytes, storedEntries } from '../../helpers/package';
import { str, xlsx, type BookSpec } from '../../helpers/xlsx-parts';

const STYLES =
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>';

function fix(sheet: string, cell: string, after: FixValue): Fix {
  const { row, col } = parseA1(cell);
  return { sheet, cell, row, col, column: null, rule: 'test', before: '', after, shown: '', reason: '' };
}

async function read(bytes: Uint8Array, sheet: string, cell: string): Promise<{ value: CellValue; numFmt: string | null }> {
  const s = (await readWorkbook(bytes)).sheet(sheet)!;
  const { row, col } = parseA1(cell);
  return { value: s.value(row, col), numFmt: s.numFmt(row, col) };
}

const day = new Date(Date.UTC(2019, 8, 1));

describe('the fixed copy of an .xlsx', () => {
  const spec: BookSpec = {
    strings: ['<t>高级工</t>'],
    styles: STYLES,
    sheets: [
      {
        name: '名册',
        rows:
          '<row r="1">' + str('A1', '姓名') + str('C1', '等级') + '</row>' +
          '<row r="3"><c r="A3" s="1" t="s"><v>0</v></c><c r="C3" s="1"><v>5</v></c></row>' +
          '<row r="4"/>' +
          '<row r="6">' + str('A6', '2019.9.1') + '</row>',
      },
      { name: '其他', rows: '<row r="1">' + str('A1', '不动') + '</row>' },
    ],
  };
  const input = xlsx(spec);

  test('replaces values, inserts missing cells and rows, keeps each cell\'s own style', async () => {
    const out = await fixXlsx(input, [
      fix('名册', 'A3', { kind: 'text', text: '三级/高级工' }),
      fix('名册', 'B3', { kind: 'text', text: '插入<&>' }),
      fix('名册', 'A2', { kind: 'text', text: '新行' }),
      fix('名册', 'B4', { kind: 'number', number: 0.85, format: '0.0%' }),
      fix('名册', 'A6', { kind: 'date', date: day, format: 'yyyy-mm-dd' }),
      fix('名册', 'D9', { kind: 'number', number: 7 }),
    ]);
    assertWellFormed(partText(out, 'xl/worksheets/sheet1.xml'), 'sheet1');
    assertWellFormed(partText(out, 'xl/styles.xml'), 'styles');
    expect(await read(out, '名册', 'A3')).toEqual({ value: '三级/高级工', numFmt: '@' });
    expect(await read(out, '名册', 'B3')).toEqual({ value: '插入<&>', numFmt: null });
    expect(await read(out, '名册', 'C3')).toEqual({ value: 5, numFmt: '@' });
    expect(await read(out, '名册', 'A2')).toMatchObject({ value: '新行' });
    expect(await read(out, '名册', 'B4')).toEqual({ value: 0.85, numFmt: '0.0%' });
    expect(await read(out, '名册', 'A6')).toEqual({ value: day, numFmt: 'yyyy-mm-dd' });
    expect(await read(out, '名册', 'D9')).toMatchObject({ value: 7 });
    expect(await read(out, '名册', 'C1')).toMatchObject({ value: '等级' });
    const before = storedEntries(input);
    const after = storedEntries(out);
    for (const part of ['xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', '[Content_Types].xml']) {
      expect(sameBytes(before.get(part), after.get(part))).toBe(true);
    }
  });

  test('a text fix leaves the stylesheet alone', async () => {
    const out = await fixXlsx(input, [fix('名册', 'A3', { kind: 'text', text: '三级/高级工' })]);
    expect(sameBytes(storedEntries(input).get('xl/styles.xml'), storedEntries(out).get('xl/styles.xml'))).toBe(true);
  });

  test('a built-in date format is used by its id; one custom format is added once', async () => {
    const out = await fixXlsx(input, [
      fix('名册', 'A6', { kind: 'date', date: day, format: 'yyyy"年"m"月"d"日"' }),
      fix('名册', 'B6', { kind: 'date', date: day, format: 'yyyy/m/d' }),
      fix('名册', 'C6', { kind: 'date', date: day, format: 'yyyy/m/d' }),
    ]);
    const styles = partText(out, 'xl/styles.xml');
    expect(styles.match(/<numFmt /g)).toHaveLength(1);
    expect(await read(out, '名册', 'A6')).toEqual({ value: day, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(await read(out, '名册', 'C6')).toEqual({ value: day, numFmt: 'yyyy/m/d' });
  });

  test('an empty sheet, prefixed markup and a package without a stylesheet', async () => {
    const bare = xlsx({ prefix: 'x', sheets: [{ name: 'S', rows: '' }] });
    const out = await fixXlsx(bare, [fix('S', 'B2', { kind: 'date', date: day, format: 'yyyy-mm-dd' })]);
    assertWellFormed(partText(out, 'xl/worksheets/sheet1.xml'));
    expect(await read(out, 'S', 'B2')).toEqual({ value: day, numFmt: 'yyyy-mm-dd' });
  });
});
