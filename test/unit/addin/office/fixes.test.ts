import { UNDO_SHEET } from '../../../../addin/office/fixes';
import { parseA1 } from '../../../../src/model/cell';
import { xlsxBuffer, type BookSpec } from '../../../helpers/book';
import { compliantSpec } from '../../../helpers/compliant';
import { HOSTS, type ExcelDouble } from '../../../excel-double';
import { open, session } from './helpers';

/**
 * 修正 and 撤销 in the open workbook (the Excel double): the fixes write the
 * cells, a re-check no longer finds those problems, and 撤销 — from a new
 * pane session, as after closing the pane — puts every value and number
 * format back.
 */

async function filing(): Promise<Uint8Array> {
  const spec: BookSpec = compliantSpec('xj-xcert', '首次备案');
  const examiners = spec['考评人员'];
  examiners[1][5] = '高级工';
  examiners[2][2] = '11010519491231002x';
  // A fixed ID of digits only must stay text: Excel would turn it into a number and lose its last digits.
  examiners[3][2] = (examiners[3][2] as string).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  examiners[4][9] = '2026.1.1';
  spec['X证书评价数据'][1][11] = '50%';
  return xlsxBuffer(spec);
}

/** Values and number formats of the filing's sheets: what 撤销 must put back. */
function cells(d: ExcelDouble): unknown {
  return d.doc.sheets
    .filter((s) => !s.name.startsWith('beian_') && s.name !== '检查结果')
    .map((s) => [s.name, JSON.stringify(s.rows), [...s.numFmts].sort((a, b) => a[0] - b[0])]);
}

function at(d: ExcelDouble, sheet: string, ref: string) {
  const s = d.doc.sheet(sheet)!;
  const { row, col } = parseA1(ref);
  return { value: s.value(row, col), format: s.numberFormat(row, col) };
}

describe('修正 and 撤销 in the open workbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await filing();
  });

  it('fixes the cells, checks again, and 撤销 from a new session restores every value', async () => {
    const d = await open(bytes, HOSTS.m365);
    const before = cells(d);
    const view = await session(d).checkAndMark({}, () => undefined);
    expect(view.fixes.fixes.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(['date.text@J5', 'id.format-cleaned@C4', 'id.lowercase-x@C3', 'level.variant@F2', 'xcert.rate@L2']);

    const fixed = await session(d).applyFixes(view.fixes.fixes, {});
    expect(at(d, '考评人员', 'F2').value).toBe('三级/高级工');
    expect(at(d, '考评人员', 'C3').value).toBe('11010519491231002X');
    expect(typeof at(d, '考评人员', 'C4').value).toBe('string');
    expect(at(d, '考评人员', 'C4').value).toMatch(/^\d{17}[\dX]$/);
    expect(at(d, '考评人员', 'J5')).toEqual({ value: 46023, format: 'yyyy-mm-dd' });
    expect(at(d, 'X证书评价数据', 'L2')).toEqual({ value: 0.85, format: '0.0%' });
    expect(fixed.fixes.fixes).toEqual([]);
    const left = fixed.findings.map((f) => `${f.rule}@${f.cell}`);
    for (const gone of ['level.variant@F2', 'id.lowercase-x@C3', 'date.text@J5', 'xcert.rate@L2']) expect(left).not.toContain(gone);
    expect(d.doc.sheet(UNDO_SHEET)!.visibility).toBe('VeryHidden');
    expect(view.fixed).toBe(false);
    expect(fixed.fixed).toBe(true);
    // The pane reopened still offers 撤销.
    expect((await session(d).checkAndMark({}, () => undefined)).fixed).toBe(true);

    const undone = await session(d).undoFixes({});
    expect(cells(d)).toEqual(before);
    expect(d.doc.sheet(UNDO_SHEET)).toBeUndefined();
    expect(undone.fixes.fixes).toHaveLength(5);
    expect(undone.fixed).toBe(false);
  });

  it('a cell the clerk changed after the fix keeps the clerk\'s value', async () => {
    const d = await open(bytes, HOSTS.m365);
    const view = await session(d).checkAndMark({}, () => undefined);
    await session(d).applyFixes(view.fixes.fixes, {});
    const s = d.doc.sheet('考评人员')!;
    s.write(2, 6, '二级/技师');
    await session(d).undoFixes({});
    expect(at(d, '考评人员', 'F2').value).toBe('二级/技师');
    expect(at(d, '考评人员', 'J5').value).toBe('2026.1.1');
  });

  it('a cell that changed since the check is not fixed', async () => {
    const d = await open(bytes, HOSTS.m365);
    const view = await session(d).checkAndMark({}, () => undefined);
    d.doc.sheet('考评人员')!.write(2, 6, '一级');
    await session(d).applyFixes(view.fixes.fixes, {});
    expect(at(d, '考评人员', 'F2').value).toBe('一级');
    expect(at(d, '考评人员', 'J5').format).toBe('yyyy-mm-dd');
  });
});
