import PizZip from 'pizzip';
import type { EtApplication } from '../../../../addin/wps/et';
import { WpsHost } from '../../../../addin/wps/wps-host';
import { annotateXlsx } from '../../../../src/annotate';
import { CHANGE_FILL } from '../../../../src/annotate/mark-plan';
import { STORE_SHEET } from '../../../../src/annotate/restore-data';
import { checkBook, markMeta } from '../../../../src/check';
import { SEVERITY_FILL } from '../../../../src/model/severity';
import { openWorkbook } from '../../../../src/open';
import { key, type DocWorkbook } from '../../../excel-double/state';
import { docFromXlsx, docToXlsx } from '../../../excel-double/xlsx';
import { orgRows, xlsxBuffer } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { wpsFromXlsx } from '../../../wps-double/xlsx';
import { ORG, shSpec } from '../../jurisdictions/sh/rules/fixture';
import { snapshot, TODAY } from '../office/helpers';

/**
 * 与上次备案比较 inside WPS 表格, on the strict WPS double: the earlier
 * filing is picked as a file, the pane lists the changes as in Excel and
 * file mode, 标记变更单元格 marks the changed and new cells of the open
 * workbook (the change fill, the earlier value in the note) with the same
 * ET members the check's marks use, and 清除标记 — or the next check —
 * puts every cell back as it was.
 */

/** 李丽娜's ID: a valid one, so the check marks nothing on her row. */
const LI_ID = validId('19850101', 3, '310115');
const EXAMINERS = ['序号', '姓名', '身份证件号', '考评职业（工种）'];
const earlierSpec = () => ({ ...shSpec(), 考评人员: [EXAMINERS, [1, '王建军', '11010519491231002X', '人工智能训练师']] });
/** This year's filing: a new phone, 王建军 renamed 王健军 (same ID), 李丽娜 joined. */
const laterSpec = () => ({
  ...shSpec(),
  机构信息: orgRows({ ...ORG, 联系人电话: '13800001111' }),
  考评人员: [EXAMINERS, [1, '王健军', '11010519491231002X', '人工智能训练师'], [2, '李丽娜', LI_ID, '人工智能训练师']],
});

const LAVENDER = `#${CHANGE_FILL.slice(2)}`;
const blob = async (spec: ReturnType<typeof shSpec>) => new Blob([new Uint8Array(await xlsxBuffer(spec))]);
const rowOf = (doc: DocWorkbook, sheet: string, label: string) => doc.sheet(sheet)!.rows.findIndex((r) => r?.[0] === label) + 1;

async function compared(opts: { download?: (f: { name: string; bytes: Uint8Array }) => void } = {}) {
  const d = await wpsFromXlsx(new Uint8Array(await xlsxBuffer(laterSpec())), { name: '今年备案.xlsx' });
  const before = snapshot(d.doc);
  const pane = new WpsHost(d.Application as EtApplication, { today: () => TODAY, ...opts });
  await pane.checkAndMark({}, () => undefined);
  const checked = snapshot(d.doc);
  const changes = await pane.compare({ name: '去年备案.xlsx', data: await blob(earlierSpec()) });
  return { d, before, checked, pane, changes };
}

describe('与上次备案比较 in WPS', () => {
  it('lists the changes, the renamed person as one change by ID', async () => {
    const { pane, changes } = await compared();
    expect(pane.compare).toBeDefined();
    expect(changes.earlier).toBe('去年备案.xlsx');
    expect(changes.sections.flatMap((s) => s.lines)).toContain('联系人电话：“13912345678” 改为 “13800001111”');
    expect(changes.sections.map((s) => s.title)).toContain('考评人员（新增 1 项，变更 1 项）');
    expect(changes.sections.flatMap((s) => s.lines).some((l) => l.includes('王建军') && l.includes('王健军'))).toBe(true);
  });

  it('标记变更单元格 marks the changed cells with the earlier value, and nothing else; 清除标记 restores the workbook', async () => {
    const { d, before, checked, pane } = await compared();
    const marked = await pane.markChanges();
    expect(marked).toBe(6);
    const org = d.doc.sheet('机构信息')!;
    const phone = key(rowOf(d.doc, '机构信息', '联系人电话'), 2);
    expect(org.fills.get(phone)?.color).toBe(LAVENDER);
    expect(org.notes.get(phone)).toBe('与上次备案相比已变更：原为“13912345678”');
    expect(Object.values(SEVERITY_FILL)).not.toContain(CHANGE_FILL);
    const staff = d.doc.sheet('考评人员')!;
    expect(staff.notes.get(key(2, 2))).toBe('与上次备案相比已变更：原为“王建军”');
    expect(staff.fills.get(key(2, 2))?.color).toBe(LAVENDER);
    // Matched by his ID, which did not change: the ID cell is not marked.
    expect(staff.notes.get(key(2, 3)) ?? '').not.toContain('与上次备案');
    for (let c = 1; c <= 4; c++) expect(staff.notes.get(key(3, c))).toBe('与上次备案相比为新增：上次备案中没有这一行');

    // Beside the check's marks, only those six cells changed, and no value.
    const changed = new Set([`机构信息 ${phone}`, `考评人员 ${key(2, 2)}`, ...[1, 2, 3, 4].map((c) => `考评人员 ${key(3, c)}`)]);
    const cells = (snap: unknown, what: 'fills' | 'notes') =>
      new Map((snap as { name: string; fills: [number, unknown][]; notes: [number, unknown][] }[]).filter((s) => s.name !== STORE_SHEET).flatMap((s) => s[what].map(([k, v]) => [`${s.name} ${k}`, JSON.stringify(v)])));
    const now = snapshot(d.doc);
    for (const what of ['fills', 'notes'] as const) {
      const [a, b] = [cells(checked, what), cells(now, what)];
      expect([...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort()).toEqual([...changed].sort());
    }
    const valuesOf = (snap: unknown) => (snap as { name: string; rows: string }[]).filter((s) => s.name !== STORE_SHEET).map((s) => [s.name, s.rows]);
    expect(valuesOf(now)).toEqual(valuesOf(checked));

    await pane.clearMarks();
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('a cell the check marked keeps its problem’s fill and gets both notes; the next check takes the change marks off', async () => {
    const d = await wpsFromXlsx(new Uint8Array(await xlsxBuffer({ ...shSpec(), 机构信息: orgRows({ ...ORG, 联系人电话: '电话待定' }) })));
    const pane = new WpsHost(d.Application as EtApplication, { today: () => TODAY });
    await pane.checkAndMark({}, () => undefined);
    const checked = snapshot(d.doc);
    const phone = key(rowOf(d.doc, '机构信息', '联系人电话'), 2);
    const org = d.doc.sheet('机构信息')!;
    const problem = org.notes.get(phone)!;
    const fill = org.fills.get(phone);
    expect(problem).toMatch(/^【/);
    await pane.compare({ name: '去年备案.xlsx', data: await blob(shSpec()) });
    await pane.markChanges();
    expect(org.fills.get(phone)).toEqual(fill);
    expect(org.notes.get(phone)).toBe(`${problem}\n\n与上次备案相比已变更：原为“13912345678”`);
    await pane.checkAndMark({}, () => undefined);
    expect(snapshot(d.doc)).toEqual(checked);
  });

  it('hands out the Word change list', async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const { pane } = await compared({ download: (f) => saved.push(f) });
    const list = await pane.changeList();
    expect(list.name).toBe('备案信息变更清单-今年备案.docx');
    expect(new PizZip(list.bytes).file('word/document.xml')!.asText()).toContain('王建军');
  });

  it('a cell typed after the comparison: the old comparison is neither marked nor listed; compared again, it is', async () => {
    const d = await wpsFromXlsx(new Uint8Array(await xlsxBuffer(laterSpec())), { name: '今年备案.xlsx' });
    const pane = new WpsHost(d.Application as EtApplication, { today: () => TODAY, debounceMs: 5 });
    await pane.checkAndMark({}, () => undefined);
    const updates: unknown[] = [];
    const stop = await pane.watch((v) => updates.push(v));
    const file = { name: '去年备案.xlsx', data: await blob(earlierSpec()) };
    await pane.compare(file);
    const row = rowOf(d.doc, '机构信息', '联系人电话');
    d.type('机构信息', `B${row}`, '13912345678');
    for (let i = 0; i < 50 && !updates.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(updates.length).toBeGreaterThan(0);
    await expect(pane.markChanges()).rejects.toThrow('工作簿在比较之后已修改，请重新比较');
    await expect(pane.changeList()).rejects.toThrow('请重新比较');
    expect(d.doc.sheet('机构信息')!.fills.get(key(row, 2))?.color).not.toBe(LAVENDER);
    const again = await pane.compare(file);
    expect(again.sections.flatMap((s) => s.lines).some((l) => l.startsWith('联系人电话'))).toBe(false);
    // Marking the changes is not an edit of the workbook: the change list still follows.
    await expect(pane.markChanges()).resolves.toBe(5);
    await new Promise((r) => setTimeout(r, 100));
    await expect(pane.changeList()).resolves.toMatchObject({ name: '备案信息变更清单-今年备案.docx' });
    stop();
  });

  it('asks for a check first, and for a comparison before marking or the change list', async () => {
    const d = await wpsFromXlsx(new Uint8Array(await xlsxBuffer(laterSpec())));
    const pane = new WpsHost(d.Application as EtApplication, { today: () => TODAY });
    await expect(pane.compare({ name: 'x.xlsx', data: new Blob([]) })).rejects.toThrow('请先检查工作簿');
    await pane.checkAndMark({}, () => undefined);
    await expect(pane.markChanges()).rejects.toThrow('请先选择上次备案的工作簿');
    await expect(pane.changeList()).rejects.toThrow('请先选择上次备案的工作簿');
  });

  it('a workbook change-marked in WPS and saved: the annotated copy replaces the change marks with the check’s', async () => {
    const { d, pane } = await compared();
    await pane.markChanges();
    const saved = await docToXlsx(d.doc);
    const clean = await wpsFromXlsx(new Uint8Array(await xlsxBuffer(laterSpec())));
    const annotate = async (bytes: Uint8Array) => {
      const result = checkBook(await openWorkbook(bytes), { today: TODAY });
      return docFromXlsx(await annotateXlsx(bytes, result.findings, markMeta('今年备案.xlsx', result)));
    };
    const seen = (doc: DocWorkbook) => (snapshot(doc) as { name: string }[]).filter((s) => s.name !== STORE_SHEET);
    const again = await annotate(saved);
    expect(seen(again)).toEqual(seen(await annotate(await docToXlsx(clean.doc))));
    expect([...again.sheet('考评人员')!.fills.values()].map((f) => f.color)).not.toContain(LAVENDER);
  });
});
