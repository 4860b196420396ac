import type { EtApplication } from '../../../../addin/wps/et';
import { WpsHost } from '../../../../addin/wps/wps-host';
import { UNDO_SHEET } from '../../../../addin/fixes/undo-log';
import { parseA1 } from '../../../../src/model/cell';
import type { DocWorkbook } from '../../../excel-double/state';
import { docToXlsx } from '../../../excel-double/xlsx';
import { xlsxBuffer, type BookSpec } from '../../../helpers/book';
import { compliantSpec } from '../../../helpers/compliant';
import type { WpsDouble } from '../../../wps-double';
import { wpsFromXlsx } from '../../../wps-double/xlsx';
import { open as openExcel, session as excelPane, TODAY } from '../office/helpers';

/**
 * 修正 and 撤销 in the open WPS workbook (the WPS double), as in Excel: the
 * fixes write the cells, a re-check no longer finds those problems, 撤销 —
 * from a new pane session — puts every value and number format back, and a
 * fix made in Excel and saved is undone in WPS.
 */

async function filing(): Promise<Uint8Array> {
  const spec: BookSpec = compliantSpec('xj-xcert', '首次备案');
  const examiners = spec['考评人员'];
  examiners[1][5] = '高级工';
  examiners[2][2] = '11010519491231002x';
  // A fixed ID of digits only must stay text: a number would lose its last digits.
  examiners[3][2] = (examiners[3][2] as string).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  examiners[4][9] = '2026.1.1';
  spec['X证书评价数据'][1][11] = '50%';
  return xlsxBuffer(spec);
}

const session = (d: WpsDouble) => new WpsHost(d.Application as EtApplication, { today: () => TODAY, debounceMs: 5 });

/** Values and number formats of the filing's sheets: what 撤销 must put back. */
function cells(doc: DocWorkbook): unknown {
  return doc.sheets
    .filter((s) => !s.name.startsWith('beian_') && s.name !== '检查结果')
    .map((s) => [s.name, JSON.stringify(s.rows), [...s.numFmts].sort((a, b) => a[0] - b[0])]);
}

function at(doc: DocWorkbook, sheet: string, ref: string) {
  const s = doc.sheet(sheet)!;
  const { row, col } = parseA1(ref);
  return { value: s.value(row, col), format: s.numberFormat(row, col) };
}

describe('修正 and 撤销 in the open WPS workbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await filing();
  });

  it('fixes the cells, checks again, and 撤销 from a new session restores every value', async () => {
    const d = await wpsFromXlsx(bytes);
    const before = cells(d.doc);
    const view = await session(d).checkAndMark({}, () => undefined);
    expect(view.fixes.fixes.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(['date.text@J5', 'id.format-cleaned@C4', 'id.lowercase-x@C3', 'level.variant@F2', 'xcert.rate@L2']);

    const fixed = await session(d).applyFixes(view.fixes.fixes, {});
    expect(at(d.doc, '考评人员', 'F2').value).toBe('三级/高级工');
    expect(at(d.doc, '考评人员', 'C3').value).toBe('11010519491231002X');
    expect(typeof at(d.doc, '考评人员', 'C4').value).toBe('string');
    expect(at(d.doc, '考评人员', 'C4').value).toMatch(/^\d{17}[\dX]$/);
    expect(at(d.doc, '考评人员', 'J5')).toEqual({ value: 46023, format: 'yyyy-mm-dd' });
    expect(at(d.doc, 'X证书评价数据', 'L2')).toEqual({ value: 0.85, format: '0.0%' });
    expect(fixed.fixes.fixes).toEqual([]);
    const left = fixed.findings.map((f) => `${f.rule}@${f.cell}`);
    for (const gone of ['level.variant@F2', 'id.lowercase-x@C3', 'date.text@J5', 'xcert.rate@L2']) expect(left).not.toContain(gone);
    expect(d.doc.sheet(UNDO_SHEET)!.visibility).toBe('VeryHidden');
    expect(fixed.sheets).not.toContain(UNDO_SHEET);
    expect(view.fixed).toBe(false);
    expect(fixed.fixed).toBe(true);
    // The pane reopened still offers 撤销.
    expect((await session(d).checkAndMark({}, () => undefined)).fixed).toBe(true);

    const undone = await session(d).undoFixes({});
    expect(cells(d.doc)).toEqual(before);
    expect(d.doc.sheet(UNDO_SHEET)).toBeUndefined();
    expect(undone.fixes.fixes).toHaveLength(5);
    expect(undone.fixed).toBe(false);
  });

  it("a cell the clerk changed after the fix keeps the clerk's value", async () => {
    const d = await wpsFromXlsx(bytes);
    const view = await session(d).checkAndMark({}, () => undefined);
    await session(d).applyFixes(view.fixes.fixes, {});
    d.doc.sheet('考评人员')!.write(2, 6, '二级/技师');
    await session(d).undoFixes({});
    expect(at(d.doc, '考评人员', 'F2').value).toBe('二级/技师');
    expect(at(d.doc, '考评人员', 'J5').value).toBe('2026.1.1');
  });

  it('a cell that changed since the check is not fixed', async () => {
    const d = await wpsFromXlsx(bytes);
    const view = await session(d).checkAndMark({}, () => undefined);
    d.doc.sheet('考评人员')!.write(2, 6, '一级');
    await session(d).applyFixes(view.fixes.fixes, {});
    expect(at(d.doc, '考评人员', 'F2').value).toBe('一级');
    expect(at(d.doc, '考评人员', 'J5').format).toBe('yyyy-mm-dd');
  });

  it('a fix made in Excel and saved is undone in WPS, and the other way round', async () => {
    // The double's own save and open is the baseline (exceljs normalises a few formats on the way).
    const original = cells((await wpsFromXlsx(await docToXlsx((await wpsFromXlsx(bytes)).doc))).doc);
    const excel = await openExcel(bytes);
    const inExcel = await excelPane(excel).checkAndMark({}, () => undefined);
    await excelPane(excel).applyFixes(inExcel.fixes.fixes, {});
    const inWps = await wpsFromXlsx(await docToXlsx(excel.doc));
    expect((await session(inWps).checkAndMark({}, () => undefined)).fixed).toBe(true);
    const undone = await session(inWps).undoFixes({});
    expect(undone.fixes.fixes).toHaveLength(5);
    expect(inWps.doc.sheet(UNDO_SHEET)).toBeUndefined();
    expect(cells(inWps.doc)).toEqual(original);

    const wps = await wpsFromXlsx(bytes);
    const view = await session(wps).checkAndMark({}, () => undefined);
    await session(wps).applyFixes(view.fixes.fixes, {});
    const back = await openExcel(await docToXlsx(wps.doc));
    expect((await excelPane(back).undoFixes({})).fixes.fixes).toHaveLength(5);
    expect(cells(back.doc)).toEqual(original);
  });
});
