import { CHANGE_FILL } from '../../../../src/annotate/mark-plan';
import { SEVERITY_FILL } from '../../../../src/model/severity';
import { key } from '../../../excel-double';
import { orgRows, xlsxBuffer } from '../../../helpers/book';
import { ORG, shSpec } from '../../jurisdictions/sh/rules/fixture';
import { open, session, snapshot } from './helpers';

/**
 * 与上次备案比较 in Excel, on the Excel test double: the earlier filing is
 * picked as a file (Office.js reads no other open workbook), the pane lists
 * the changes as file mode does, 标记变更单元格 marks the changed and new
 * cells of the open workbook in a fill of their own with the earlier value
 * in the note, and 清除标记 puts every cell back as it was.
 */
describe('与上次备案比较 in Excel', () => {
  async function compared() {
    const earlier = await xlsxBuffer(shSpec());
    const now = { ...shSpec(), 机构信息: orgRows({ ...ORG, 联系人电话: '13800001111' }) };
    const d = await open(await xlsxBuffer(now));
    const before = snapshot(d.doc);
    const pane = session(d);
    await pane.checkAndMark({}, () => undefined);
    const changes = await pane.compare({ name: '去年备案.xlsx', data: new Blob([new Uint8Array(earlier)]) });
    return { d, before, pane, changes };
  }

  it('lists the changes, marks the changed cells with the earlier value, and 清除标记 restores them', async () => {
    const { d, before, pane, changes } = await compared();
    expect(changes.earlier).toBe('去年备案.xlsx');
    const lines = changes.sections.flatMap((s) => s.lines);
    expect(lines).toContain('联系人电话：“13912345678” 改为 “13800001111”');
    const marked = await pane.markChanges();
    expect(marked).toBe(1);
    const org = d.doc.sheets.find((s) => s.name === '机构信息')!;
    const row = org.rows.findIndex((r) => r?.[0] === '联系人电话') + 1;
    expect(org.fills.get(key(row, 2))?.color).toBe(`#${CHANGE_FILL.slice(2)}`);
    expect(org.notes.get(key(row, 2))).toBe('与上次备案相比已变更：原为“13912345678”');
    expect(Object.values(SEVERITY_FILL)).not.toContain(CHANGE_FILL);

    await pane.clearMarks();
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('a person added since the earlier filing is marked as new, a changed person with the old value', async () => {
    const earlierSpec = { ...shSpec(), 考评人员: [['序号', '姓名', '身份证件号', '考评职业（工种）'], [1, '王建军', '11010519491231002X', '人工智能训练师']] };
    const nowSpec = { ...shSpec(), 考评人员: [['序号', '姓名', '身份证件号', '考评职业（工种）'], [1, '王健军', '11010519491231002X', '人工智能训练师'], [2, '李丽娜', '110105194912310037', '人工智能训练师']] };
    const d = await open(await xlsxBuffer(nowSpec));
    const before = snapshot(d.doc);
    const pane = session(d);
    await pane.checkAndMark({}, () => undefined);
    const changes = await pane.compare({ name: 'old.xlsx', data: new Blob([new Uint8Array(await xlsxBuffer(earlierSpec))]) });
    expect(changes.sections.map((s) => s.title)).toContain('考评人员（新增 1 项，变更 1 项）');
    await pane.markChanges();
    const ws = d.doc.sheets.find((s) => s.name === '考评人员')!;
    expect(ws.notes.get(key(2, 2))).toContain('与上次备案相比已变更：原为“王建军”');
    for (let c = 1; c <= 4; c++) expect(ws.notes.get(key(3, c))).toContain('与上次备案相比为新增');
    await pane.clearMarks();
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('a cell edited after the comparison: nothing is marked from the old comparison until the clerk compares again', async () => {
    const earlier = await xlsxBuffer(shSpec());
    const d = await open(await xlsxBuffer({ ...shSpec(), 机构信息: orgRows({ ...ORG, 联系人电话: '13800001111' }) }));
    const pane = session(d, { debounceMs: 20 });
    await pane.checkAndMark({}, () => undefined);
    const updates: unknown[] = [];
    const stop = await pane.watch((v) => updates.push(v));
    const file = { name: '去年备案.xlsx', data: new Blob([new Uint8Array(earlier)]) };
    await pane.compare(file);
    // The clerk types last year's phone back in: the change the comparison found is gone.
    const org = d.doc.sheets.find((s) => s.name === '机构信息')!;
    const row = org.rows.findIndex((r) => r?.[0] === '联系人电话') + 1;
    d.user.edit('机构信息', `B${row}`, '13912345678');
    for (let i = 0; i < 50 && !updates.length; i++) await new Promise((r) => setTimeout(r, 20));
    await d.whenIdle();
    expect(updates.length).toBeGreaterThan(0);
    await expect(pane.markChanges()).rejects.toThrow('工作簿在比较之后已修改，请重新比较');
    await expect(pane.changeList()).rejects.toThrow('请重新比较');
    expect(org.fills.get(key(row, 2))?.color).not.toBe(`#${CHANGE_FILL.slice(2)}`);
    const again = await pane.compare(file);
    expect(again.sections.flatMap((s) => s.lines)).not.toContain('联系人电话：“13912345678” 改为 “13800001111”');
    await expect(pane.markChanges()).resolves.toBe(0);
    stop();
  });

  it('a renamed person typed back after the comparison: the comparison is out of date even where no check reads the cell', async () => {
    const roster = (name: string) => ({ ...shSpec(), 考评人员: [['序号', '姓名', '身份证件号', '考评职业（工种）'], [1, name, '11010519491231002X', '人工智能训练师']] });
    const d = await open(await xlsxBuffer(roster('王健军')));
    const pane = session(d, { debounceMs: 20 });
    await pane.checkAndMark({}, () => undefined);
    const updates: unknown[] = [];
    const stop = await pane.watch((v) => updates.push(v));
    await pane.compare({ name: 'old.xlsx', data: new Blob([new Uint8Array(await xlsxBuffer(roster('王建军')))]) });
    d.user.edit('考评人员', 'B2', '王建军');
    for (let i = 0; i < 50 && !updates.length; i++) await new Promise((r) => setTimeout(r, 20));
    await d.whenIdle();
    expect(updates.length).toBeGreaterThan(0);
    await expect(pane.markChanges()).rejects.toThrow('请重新比较');
    expect(d.doc.sheets.find((s) => s.name === '考评人员')!.notes.get(key(2, 2)) ?? '').not.toContain('与上次备案');
    stop();
  });

  it('asks for a check first, and for a comparison before marking', async () => {
    const d = await open(await xlsxBuffer(shSpec()));
    const pane = session(d);
    await expect(pane.compare({ name: 'x.xlsx', data: new Blob([]) })).rejects.toThrow('请先检查工作簿');
    await pane.checkAndMark({}, () => undefined);
    await expect(pane.markChanges()).rejects.toThrow('请先选择上次备案的工作簿');
  });
});
