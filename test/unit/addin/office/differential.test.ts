import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { detectFeatures } from '../../../../addin/office/env';
import { readOpenWorkbook } from '../../../../addin/office/read';
import { checkBook } from '../../../../src/check';
import type { Workbook } from '../../../../src/model/workbook';
import type { BusinessType } from '../../../../src/model/schema';
import { profileById, PROFILES, type ProfileId } from '../../../../src/profiles/profiles';
import { readWorkbook } from '../../../../src/read/read-workbook';
import { recognise } from '../../../../src/recognise/recognise';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { templateBuffer } from '../../../../src/template';
import { HOSTS, type HostProfile } from '../../../excel-double';
import { orgRows, xlsxBuffer } from '../../../helpers/book';
import { asClerk, compliantSpec } from '../../../helpers/compliant';
import { validId } from '../../../helpers/people';
import { haSpec } from '../../jurisdictions/ha/rules/fixture';
import { nxSpec } from '../../jurisdictions/nx/rules/fixture';
import { shSpec } from '../../jurisdictions/sh/rules/fixture';
import { xjSpec } from '../../jurisdictions/xj/rules/fixture';
import { envOf, open, TODAY } from './helpers';

/**
 * The Office.js adapter and the .xlsx reader must see the same workbook:
 * every fixture the tests generate goes through readWorkbook(bytes) and
 * through the Excel double (the same file as Excel presents it through the
 * API) → the adapter, and both models and both findings must be identical.
 */

async function viaExcel(bytes: Uint8Array, host: HostProfile = HOSTS.m365): Promise<{ model: Workbook; syncs: number }> {
  const d = await open(bytes, host);
  const model = await d.Excel.run(async (ctx) => (await readOpenWorkbook(ctx as unknown as Excel.RequestContext, detectFeatures(envOf(d).office))).workbook);
  return { model, syncs: d.stats.syncs };
}

/** Every cell, flag, format and merge of a model, in a comparable form. */
function dump(wb: Workbook): unknown {
  return wb.sheets.map((s) => {
    const cells: unknown[] = [];
    for (let r = 1; r <= s.rowCount; r++) {
      for (let c = 1; c <= s.colCount; c++) {
        const v = s.value(r, c);
        if (v === null && !s.isFormula(r, c)) continue;
        cells.push([r, c, v instanceof Date ? `date:${v.toISOString()}` : v, s.isFormula(r, c), s.numFmt(r, c)]);
      }
    }
    return { name: s.name, state: s.state, rows: s.rowCount, cols: s.colCount, merges: [...s.merges].sort(), cells };
  });
}

function findings(wb: Workbook): unknown {
  try {
    return checkBook(recognise(wb), { today: TODAY }).findings;
  } catch (e) {
    // A fixture without 机构信息 cannot pick its profile: both paths must fail alike.
    return (e as Error).message;
  }
}

const TEMPLATES: [ProfileId, BusinessType][] = [
  ['xj-xcert', '首次备案'],
  ['sh-xcert', '首次备案'],
  ['bt-employer', '首次备案'],
  ['ha-social', '备案续期'],
];

async function fixtures(): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [
    ['sample', await sampleBuffer()],
    ['xj', await xlsxBuffer(xjSpec())],
    ['sh', await xlsxBuffer(shSpec())],
    ['ha', await xlsxBuffer(haSpec())],
    ['nx', await xlsxBuffer(nxSpec())],
    ['roster with an ID typed as a number', await xlsxBuffer({ 机构信息: orgRows({ 单位名称: '某某公司', 适用规则: 'ha-employer' }), 考评人员: [['序号', '姓名', '身份证件号'], [1, '张三', validId('19800101', 1, '410105')], [2, '李四', 110105194912310020]] })],
    ['edge cases', await edgeCases()],
  ];
  // Compliant filings of every profile (as clerks lay them out), and of every business type in the template layout.
  for (const p of PROFILES) out.push([`compliant ${p.id} as a clerk`, await xlsxBuffer(asClerk(compliantSpec(p.id, p.businessTypes[0])))]);
  for (const b of profileById('ha-social')!.businessTypes) out.push([`compliant ha-social ${b}`, await xlsxBuffer(compliantSpec('ha-social', b))]);
  // Templates share one layout; these four cover every sheet kind (sites, X证书 data, experts, renewal evaluations).
  for (const [p, b] of TEMPLATES) out.push([`template ${p} ${b}`, await templateBuffer(p, b)]);
  return out;
}

/** What clerks' workbooks carry that a reader can get wrong, cell by cell: address, value, number format. */
const EDGE_CELLS: [string, ExcelJS.CellValue, string?][] = [
  ['A1', '考评人员名册'],
  ['A3', { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] }],
  ['B3', '11010519491231002X', '@'],
  ['B4', 110105194912310020],
  ['C3', new Date(Date.UTC(2024, 0, 15)), 'yyyy-mm-dd'],
  ['C4', new Date(Date.UTC(2019, 8, 1, 13, 30)), 'yyyy"年"m"月"d"日" h:mm'],
  ['C5', 45000.5, '[$-804]0.00'],
  ['D3', { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue],
  ['D4', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue],
  ['D5', { error: '#N/A' } as ExcelJS.CellErrorValue],
  ['D6', { formula: 'D3*3' } as ExcelJS.CellFormulaValue],
  ['E3', '#REF!'],
  ['E4', { text: '李四', hyperlink: 'mailto:a@b.cn' }],
  ['E5', '=不是公式', '@'],
  ['F3', true],
  ['F4', false],
  ['A7', '  前后空格  '],
  ['A8', '𠮷野家'],
  ['A9', 0.1 + 0.2],
  ['A10', '合并'],
];

async function edgeCases(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考评人员');
  ['姓名', '身份证件号', '担任考评员起始日期', '人数', '备注', '是否专职'].forEach((h, i) => (ws.getCell(2, i + 1).value = h));
  for (const [address, value, fmt] of EDGE_CELLS) {
    ws.getCell(address).value = value;
    if (fmt) ws.getCell(address).numFmt = fmt;
  }
  ws.mergeCells('A1:F1');
  ws.mergeCells('A10:B11');
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'x';
  wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('B2').value = 42;
  wb.addWorksheet('空表');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the Office.js adapter reads what the .xlsx reader reads', () => {
  let all: { name: string; bytes: Uint8Array; model: unknown; findings: unknown }[];
  beforeAll(async () => {
    all = [];
    for (const [name, bytes] of await fixtures()) {
      const file = await readWorkbook(bytes);
      all.push({ name, bytes, model: dump(file), findings: findings(file) });
    }
  });

  it('every fixture: identical models and findings (Microsoft 365)', async () => {
    for (const f of all) {
      const { model, syncs } = await viaExcel(f.bytes);
      expect([f.name, dump(model)]).toEqual([f.name, f.model]);
      expect([f.name, findings(model)]).toEqual([f.name, f.findings]);
      // Scan (2 syncs) and one sync of data: these workbooks are far below 5 MB.
      expect([f.name, syncs]).toEqual([f.name, 3]);
    }
  });

  it('every fixture: identical findings on Excel 2019, which cannot report merged areas', async () => {
    for (const f of all) {
      const { model } = await viaExcel(f.bytes, HOSTS.excel2019);
      expect(model.sheets.every((s) => s.merges.length === 0)).toBe(true);
      expect([f.name, findings(model)]).toEqual([f.name, f.findings]);
    }
  });

  it('generated workbooks: identical models', async () => {
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('张三', '𠮷', '身份证件号', '#N/A', '=x', ' 1 ', '0012'));
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer(),
      fc.boolean(),
      fc.record({ date: fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2100, 0, 1) }), fmt: fc.constantFrom('yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', 'h:mm:ss', '[$-804]yyyy/m/d') }),
      fc.record({ error: fc.constantFrom('#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?') }),
      fc.record({ formula: fc.constantFrom('1+1', 'A1', 'SUM(1,2)'), result: fc.oneof(fc.integer(), text, fc.constant(undefined)) }),
    );
    const cell = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), value, fmt: fc.constantFrom(undefined, '@', '0.00', '0%') });
    const book = fc.array(fc.record({ cells: fc.array(cell, { maxLength: 25 }), state: fc.constantFrom('visible', 'hidden', 'veryHidden') }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(book, async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`表${i + 1}`, { state: i === 0 ? 'visible' : (s.state as ExcelJS.WorksheetState) });
          for (const c of s.cells) {
            const target = ws.getCell(c.row, c.col);
            const v = c.value as unknown;
            if (typeof v === 'object' && v !== null && 'date' in v) {
              const d = v as { date: number; fmt: string };
              target.value = new Date(d.date);
              target.numFmt = d.fmt;
            } else {
              target.value = v as ExcelJS.CellValue;
              if (c.fmt) target.numFmt = c.fmt;
            }
          }
        });
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        expect(dump((await viaExcel(bytes)).model)).toEqual(dump(await readWorkbook(bytes)));
      }),
      { numRuns: 40, seed: 20260601 },
    );
  });
});
