import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { BUSINESS_TYPES } from '../../../src/model/schema';
import { PROFILES } from '../../../src/profiles/profiles';
import { readXlsx } from '../../../src/read/xlsx/read-xlsx';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { templateBuffer } from '../../../src/template';
import { BookSpec, orgRows, xlsxBuffer } from '../../helpers/book';
import { compare, isDateFmt } from '../../helpers/differential';
import { readWithExceljs } from '../../helpers/exceljs-reference';
import { validId } from '../../helpers/people';
import { haSpec } from '../jurisdictions/ha/rules/fixture';
import { nxSpec } from '../jurisdictions/nx/rules/fixture';
import { shSpec } from '../jurisdictions/sh/rules/fixture';
import { xjSpec } from '../jurisdictions/xj/rules/fixture';
import { buildXlsx, str, zipParts } from '../../helpers/xlsx-parts';

/** beian's reader against exceljs' in-memory reader (see test/helpers/differential.ts for the documented divergences). */

describe('differential: beian reader vs exceljs on every workbook the tests make', () => {
  const specs: Record<string, () => BookSpec> = { ha: haSpec, nx: nxSpec, sh: shSpec, xj: xjSpec };
  it.each(Object.keys(specs))('the %s pack fixture', async (name) => {
    await compare(await xlsxBuffer(specs[name]()));
  });

  it('the bundled sample workbook', async () => {
    await compare(await sampleBuffer());
  });

  it('the templates, every profile once, every business type', async () => {
    for (const [i, p] of PROFILES.entries()) await compare(await templateBuffer(p.id, BUSINESS_TYPES[i % BUSINESS_TYPES.length]));
  });

  it('the CLI tests’ workbook with merges, rich text, links, formulas and hidden sheets', async () => {
    const buf = await xlsxBuffer(
      {
        机构信息: orgRows({ 单位名称: '某某学院', 适用规则: 'xj-xcert', 申请业务类型: '首次备案', 法定代表人身份证号: validId('19700101', 3) }),
        考评人员: [
          ['考评人员名册'],
          ['序号', '姓名', '身份证件号', '担任考评员起始日期'],
          [1, '张三', validId('19800101', 1), new Date(Date.UTC(2020, 0, 1))],
          [2, '李四', 110105194912310020, 43831],
        ],
      },
      (wb) => {
        const ws = wb.getWorksheet('考评人员')!;
        ws.mergeCells('A1:D1');
        ws.getCell('B3').value = { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] };
        ws.getCell('B4').value = { text: '李四', hyperlink: 'mailto:a@b.cn' };
        ws.getCell('E3').value = { formula: 'A3+1', result: 2 };
        ws.getCell('E4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
        wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'x';
      },
    );
    await compare(buf);
  });
});

describe('differential: documented divergences from exceljs', () => {
  it('zh-CN built-in date formats 27–36 and 50–58: beian reads dates, exceljs plain numbers without a format', async () => {
    const ids = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    const styles = `<cellXfs count="${ids.length + 1}"><xf numFmtId="0"/>${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs>`;
    const rows = `<row r="1">${ids.map((_, i) => `<c r="${String.fromCharCode(65 + (i % 26))}1" s="${i + 1}"><v>45306</v></c>`).join('')}</row>`;
    const buf = zipParts(buildXlsx({ styles, sheets: [{ name: 'S', rows }] }));
    const ours = (await readXlsx(buf)).sheets[0];
    const theirs = (await readWithExceljs(buf)).sheets[0];
    ids.forEach((_, i) => {
      expect(ours.value(1, i + 1)).toEqual(new Date(Date.UTC(2024, 0, 15)));
      expect(isDateFmt(ours.numFmt(1, i + 1))).toBe(true);
      expect(theirs.value(1, i + 1)).toBe(45306);
      expect(theirs.numFmt(1, i + 1)).toBeNull();
    });
  });

  it('a formula result in a date-formatted cell: beian keeps text, booleans and errors; exceljs makes dates of them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A2').value = { formula: 'TRUE()', result: true };
    ws.getCell('A3').value = { formula: '"&lt;x"', result: '&lt;x' };
    for (const a of ['A1', 'A2', 'A3']) ws.getCell(a).numFmt = 'yyyy-mm-dd';
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    const ours = (await readXlsx(buf)).sheets[0];
    const theirs = (await readWithExceljs(buf)).sheets[0];
    expect([ours.value(1, 1), ours.value(2, 1), ours.value(3, 1)]).toEqual([{ error: '#DIV/0!' }, true, '&lt;x']);
    expect(Number.isNaN((theirs.value(1, 1) as Date).getTime())).toBe(true);
    expect(theirs.value(2, 1)).toEqual(new Date(Date.UTC(1899, 11, 31)));
    expect(Number.isNaN((theirs.value(3, 1) as Date).getTime())).toBe(true);
    await compare(buf, { findings: false });
  });

  it('values hidden under a merged range are dropped by both readers', async () => {
    const rows = `<row r="1">${str('A1', '主')}${str('B1', '藏')}</row><row r="2">${str('A2', '留')}</row>`;
    await compare(zipParts(buildXlsx({ sheets: [{ name: 'S', rows, after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' }] })));
  });
});

// ---------------------------------------------------------------------------
// Generated workbooks

const CHARS = [
  ...'abcXYZ019 _-.,;:!?#%',
  ...'&<>"\'',
  ...'\n\t\r',
  ...'张王李赵姓名身份证号考评员职业编码技能等级高级工程师新疆维吾尔自治区乌鲁木齐',
  '𠀀',
  '😀',
  '𝒳',
  '\u3000',
  '\uff08',
  '\uff09',
  '_x000D_',
];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
const NUMBER_FORMATS = ['0', '0.00', '#,##0', '0%', '@', '"编号"0', '[Red]0.00', 'General'];
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy/m/d', 'mm-dd-yy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"', 'h:mm:ss', 'yyyy-mm-dd hh:mm', 'yyyy\\-mm\\-dd', 'd-mmm-yy'];
const ERRORS = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

type GenValue =
  | { kind: 'text'; v: string }
  | { kind: 'number'; v: number; fmt: string | null }
  | { kind: 'date'; v: Date; fmt: string }
  | { kind: 'bool'; v: boolean }
  | { kind: 'error'; v: string }
  | { kind: 'rich'; v: string[] }
  | { kind: 'link'; v: string }
  | { kind: 'formula'; result: number | string | boolean | { error: string } | Date | undefined; fmt: string | null };

const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
const genValue: fc.Arbitrary<GenValue> = fc.oneof(
  { weight: 4, arbitrary: text.map((v) => ({ kind: 'text' as const, v })) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('number' as const),
      v: fc.oneof(fc.integer({ min: -1e9, max: 1e15 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 })),
      fmt: fc.option(fc.constantFrom(...NUMBER_FORMATS), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('date' as const), v: date, fmt: fc.constantFrom(...DATE_FORMATS) }) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ kind: 'bool' as const, v })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((v) => ({ kind: 'error' as const, v })) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((v) => ({ kind: 'rich' as const, v })) },
  { weight: 1, arbitrary: text.filter((t) => t.length > 0).map((v) => ({ kind: 'link' as const, v })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('formula' as const),
      result: fc.option(fc.oneof(fc.integer(), text, fc.boolean(), fc.constantFrom(...ERRORS).map((error) => ({ error })), date), { nil: undefined }),
      fmt: fc.option(fc.constantFrom(...NUMBER_FORMATS, ...DATE_FORMATS), { nil: null }),
    }),
  },
);

interface GenSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: { row: number; col: number; value: GenValue }[];
  merges: { row: number; col: number; rows: number; cols: number }[];
}

const SHEET_NAMES = ['考评人员', '机构信息', 'Sheet', '数据（2024）', '名册 A', 'X证书评价数据', '工作人员'];
const genSheet = (i: number): fc.Arbitrary<GenSheet> =>
  fc.record({
    name: fc.constantFrom(...SHEET_NAMES).map((n) => `${n}${i}`),
    state: fc.constantFrom('visible' as const, 'visible' as const, 'hidden' as const, 'veryHidden' as const),
    cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.oneof({ weight: 19, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 13, max: 800 }) }), value: genValue }), { maxLength: 30 }),
    merges: fc.array(fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 12 }), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3 }),
  });
const genBook = fc.record({
  date1904: fc.boolean(),
  /** Stored entries are 4× quicker for exceljs to write; a quarter are deflated. */
  deflate: fc.boolean().chain((a) => (a ? fc.boolean() : fc.constant(false))),
  sheets: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => genSheet(i)))),
});

type GenBook = typeof genBook extends fc.Arbitrary<infer T> ? T : never;

function excelValue(v: GenValue): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
    case 'bool':
    case 'number':
    case 'date':
      return v.v;
    case 'error':
      return { error: v.v } as ExcelJS.CellErrorValue;
    case 'rich':
      return { richText: v.v.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })) };
    case 'link':
      return { text: v.v, hyperlink: 'https://example.cn/' };
    case 'formula':
      return { formula: 'A1+1', result: v.result } as ExcelJS.CellFormulaValue;
  }
}

async function writeBook(book: GenBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = book.date1904;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.col);
      cell.value = excelValue(c.value);
      const fmt = 'fmt' in c.value ? c.value.fmt : null;
      if (fmt) cell.numFmt = fmt;
    }
    const taken = new Set<string>();
    for (const m of s.merges) {
      const keys: string[] = [];
      for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) keys.push(`${r},${c}`);
      if (keys.some((k) => taken.has(k))) continue;
      keys.forEach((k) => taken.add(k));
      ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer(book.deflate ? undefined : { zip: { compression: 'STORE' } }));
}

/** Workbooks per run; each costs ~30 ms (exceljs writes and reads it), so the suite runs 150 and BEIAN_DIFF_RUNS=3000 the long proof. */
const RUNS = Number(process.env.BEIAN_DIFF_RUNS ?? 150);

describe('differential: generated workbooks', () => {
  it(
    'exceljs-written workbooks of every value kind read identically (models and findings)',
    async () => {
      await fc.assert(
        fc.asyncProperty(genBook, async (book) => {
          await compare(await writeBook(book), { date1904: book.date1904 });
        }),
        { numRuns: RUNS, seed: Number(process.env.BEIAN_DIFF_SEED ?? 20260601) },
      );
    },
    60_000 + RUNS * 200,
  );
});
