import { annotateXlsx, changeMarks, withChanges } from '../../../src/annotate';
import { CHANGE_FILL, marksByKey, planMarks } from '../../../src/annotate/mark-plan';
import { STORE_SHEET } from '../../../src/annotate/restore-data';
import { checkBook, markMeta } from '../../../src/check';
import { compareWithCells } from '../../../src/diff';
import { openWorkbook } from '../../../src/open';
import { key } from '../../excel-double';
import { docFromXlsx } from '../../excel-double/xlsx';
import { orgRows, xlsxBuffer } from '../../helpers/book';
import { validId } from '../../helpers/people';
import { ORG, shSpec } from '../jurisdictions/sh/rules/fixture';
import { snapshot, TODAY } from '../addin/office/helpers';

/**
 * The change marks (与上次备案比较 → 标记变更单元格) as one definition for
 * Excel, WPS and the annotated copy: the change fill and a note with the
 * earlier value, merged with a check's mark on the same cell; and the
 * annotator recognises them as its own, so annotating a change-marked copy
 * again replaces them as it replaces the check's marks.
 */

/** 李丽娜's ID: a valid one, so the check marks nothing on her row. */
const LI_ID = validId('19850101', 3, '310115');
const EXAMINERS = ['序号', '姓名', '身份证件号', '考评职业（工种）'];
const earlierSpec = () => ({ ...shSpec(), 考评人员: [EXAMINERS, [1, '王建军', '11010519491231002X', '人工智能训练师']] });
const laterSpec = () => ({
  ...shSpec(),
  // The phone is no phone number now: the check marks it and it is a change.
  机构信息: orgRows({ ...ORG, 联系人电话: '电话待定', 联系人: '' }),
  考评人员: [EXAMINERS, [1, '王健军', '11010519491231002X', '人工智能训练师'], [2, '李丽娜', LI_ID, '人工智能训练师']],
});

async function filings() {
  const later = new Uint8Array(await xlsxBuffer(laterSpec()));
  const book = await openWorkbook(later);
  const result = checkBook(book, { today: TODAY });
  const { cells } = compareWithCells(await openWorkbook(await xlsxBuffer(earlierSpec())), book);
  return { later, result, cells, meta: markMeta('今年备案.xlsx', result), sheets: book.workbook.sheets.map((s) => s.name) };
}

describe('change marks', () => {
  it('a changed cell gets the change fill and its earlier value; a new row “新增”; an emptied one “（空）”', async () => {
    const { cells } = await filings();
    const marks = new Map(changeMarks(cells, new Map()).map((m) => [`${m.sheet}!${m.address}`, m]));
    expect(marks.get('考评人员!B2')).toMatchObject({ fill: CHANGE_FILL, note: '与上次备案相比已变更：原为“王建军”', row: 2, col: 2 });
    // Matched by ID: the ID itself did not change.
    expect(marks.has('考评人员!C2')).toBe(false);
    for (const c of 'ABCD') expect(marks.get(`考评人员!${c}3`)?.note).toBe('与上次备案相比为新增：上次备案中没有这一行');
    const contact = [...marks.values()].find((m) => m.sheet === '机构信息' && m.note.includes('杨雪梅'));
    expect(contact?.note).toBe('与上次备案相比已变更：原为“杨雪梅”');
    expect(changeMarks([{ sheet: '机构信息', cell: '$b$3', before: '' }, { sheet: '机构信息', cell: 'B3', before: 'x' }], new Map())).toEqual([
      { sheet: '机构信息', address: 'B3', row: 3, col: 2, severity: 'info', fill: CHANGE_FILL, note: '与上次备案相比已变更：原为“（空）”', rules: [] },
    ]);
  });

  it('a cell the check marked keeps its problem’s fill and gets both notes; the results sheet stays the check’s', async () => {
    const { result, cells, meta, sheets } = await filings();
    const plan = planMarks(result.findings, meta, sheets);
    const merged = withChanges(plan, [...cells, { sheet: '没有的工作表', cell: 'A1', before: 'x' }], sheets);
    const checked = marksByKey(plan);
    const phone = [...marksByKey(merged).values()].find((m) => m.note.includes('原为“13912345678”'))!;
    const problem = checked.get(`${phone.sheet}!${phone.address}`)!;
    expect(phone).toEqual({ ...problem, note: `${problem.note}\n\n与上次备案相比已变更：原为“13912345678”` });
    expect(merged.result).toBe(plan.result);
    expect(merged.sheets.map((s) => s.sheet)).toEqual(sheets.filter((n) => merged.sheets.some((s) => s.sheet === n)));
    expect(merged.sheets.some((s) => s.sheet === '没有的工作表')).toBe(false);
    for (const s of merged.sheets) expect(s.marks).toEqual([...s.marks].sort((a, b) => a.row - b.row || a.col - b.col));
    // Every check mark is still there.
    for (const k of checked.keys()) expect(marksByKey(merged).has(k)).toBe(true);
  });

  it('annotating a change-marked copy again replaces the change marks: the copy shows what annotating the original shows', async () => {
    const { later, result, cells, meta } = await filings();
    const marked = await annotateXlsx(later, result.findings, meta, { changes: cells });
    const doc = await docFromXlsx(marked);
    expect(doc.sheet('考评人员')!.fills.get(key(2, 2))?.color).toBe(`#${CHANGE_FILL.slice(2)}`);
    const seen = async (bytes: Uint8Array) => (snapshot(await docFromXlsx(bytes)) as { name: string }[]).filter((s) => s.name !== STORE_SHEET);
    const again = await annotateXlsx(marked, result.findings, meta);
    const direct = await annotateXlsx(later, result.findings, meta);
    expect(await seen(again)).toEqual(await seen(direct));
    // And marking the changes again gives the change-marked copy, not marks stacked on marks.
    expect(await seen(await annotateXlsx(marked, result.findings, meta, { changes: cells }))).toEqual(await seen(marked));
  });
});
