import { unzipSync } from 'fflate';
import type { OutputFile } from '../../../../addin/host';
import type { WorkerReply, WorkerRequest } from '../../../../addin/file/protocol';
// The worker installs its message handler on the global scope when loaded, and replies through its postMessage.
import '../../../../addin/file/worker';
import { STORE_SHEET } from '../../../../src/annotate/restore-data';
import { CHANGE_FILL } from '../../../../src/annotate/mark-plan';
import { SEVERITY_FILL } from '../../../../src/model/severity';
import { key } from '../../../excel-double';
import { docFromXlsx } from '../../../excel-double/xlsx';
import type { DocWorkbook } from '../../../excel-double/state';
import { orgRows, xlsxBuffer } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { ORG, shSpec } from '../../jurisdictions/sh/rules/fixture';

/**
 * File mode's worker, driven by the page's messages: 与上次备案比较 lists the
 * changes, and 标注变更的工作簿 downloads the copy with the check's marks and
 * the changed cells marked as Excel and WPS mark them (the change fill, the
 * earlier value in the note). Next to the plain 标注后的工作簿 the copy
 * differs only at the changed cells: no value changes, no other cell gets a
 * fill or a note, and every part a change mark does not touch is the same
 * bytes.
 */

const worker = globalThis as unknown as { onmessage: (e: { data: WorkerRequest }) => void; postMessage: (m: WorkerReply) => void };
const waiting = new Map<number, (m: WorkerReply) => void>();
worker.postMessage = (m) => {
  if (m.type !== 'progress') waiting.get(m.id)?.(m);
};

let next = 1;
type Body = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;
async function ask<T>(body: Body): Promise<T> {
  const id = next++;
  const reply = await new Promise<WorkerReply>((resolve) => {
    waiting.set(id, resolve);
    worker.onmessage({ data: { ...body, id } as WorkerRequest });
  });
  if (reply.type === 'failed') throw new Error(reply.message);
  return (reply as Extract<WorkerReply, { type: 'done' }>).value as T;
}

/** 李丽娜's ID: a valid one, so the check marks nothing on her row. */
const LI_ID = validId('19850101', 3, '310115');
const EXAMINERS = ['序号', '姓名', '身份证件号', '考评职业（工种）'];
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

/** Last year's filing: another phone number, and 王建军 before his name was corrected. */
const earlierSpec = () => ({ ...shSpec(), 考评人员: [EXAMINERS, [1, '王建军', '11010519491231002X', '人工智能训练师']] });
/** This year's: the new phone, 王健军 under the same ID, and 李丽娜 joined. */
const laterSpec = () => ({
  ...shSpec(),
  机构信息: orgRows({ ...ORG, 联系人电话: '13800001111' }),
  考评人员: [EXAMINERS, [1, '王健军', '11010519491231002X', '人工智能训练师'], [2, '李丽娜', LI_ID, '人工智能训练师']],
});

async function checkedAndCompared() {
  await ask({ type: 'check', name: '今年备案.xlsx', data: blob(await xlsxBuffer(laterSpec())), req: {} });
  return ask<{ earlier: string; headline: string; sections: { title: string; lines: string[] }[] }>({ type: 'compare', name: '去年备案.xlsx', data: blob(await xlsxBuffer(earlierSpec())) });
}

const rowOf = (doc: DocWorkbook, sheet: string, label: string) => doc.sheet(sheet)!.rows.findIndex((r) => r?.[0] === label) + 1;
const cellsOf = (doc: DocWorkbook, sheet: string, what: 'fills' | 'notes') => new Map([...doc.sheet(sheet)![what]].map(([k, v]) => [k, JSON.stringify(v)]));

describe('file mode: 标注变更的工作簿', () => {
  it('marks the changed cells with the change fill and the earlier value, and nothing else differs from the annotated copy', async () => {
    const view = await checkedAndCompared();
    expect(view.sections.flatMap((s) => s.lines)).toContain('联系人电话：“13912345678” 改为 “13800001111”');
    // The renamed person is one change (matched by ID), not one left and one joined.
    expect(view.sections.map((s) => s.title)).toContain('考评人员（新增 1 项，变更 1 项）');

    const plain = await ask<OutputFile>({ type: 'annotated' });
    const marked = await ask<OutputFile>({ type: 'annotatedChanges' });
    expect(marked.name).toBe('今年备案（已标注变更）.xlsx');
    const [a, b] = await Promise.all([docFromXlsx(plain.bytes), docFromXlsx(marked.bytes)]);

    const phone = key(rowOf(b, '机构信息', '联系人电话'), 2);
    expect(b.sheet('机构信息')!.fills.get(phone)?.color).toBe(`#${CHANGE_FILL.slice(2)}`);
    expect(b.sheet('机构信息')!.notes.get(phone)).toBe('与上次备案相比已变更：原为“13912345678”');
    expect(Object.values(SEVERITY_FILL)).not.toContain(CHANGE_FILL);
    const staff = b.sheet('考评人员')!;
    // 王健军: his name cell says what it was; his ID, the key he was matched by, is unmarked.
    expect(staff.notes.get(key(2, 2))).toContain('与上次备案相比已变更：原为“王建军”');
    expect(staff.notes.get(key(2, 3))).toBe(a.sheet('考评人员')!.notes.get(key(2, 3)));
    for (let c = 1; c <= 4; c++) expect(staff.notes.get(key(3, c))).toContain('与上次备案相比为新增');

    // Cell by cell: the same values and sheets, and fills and notes differ only at the changed cells.
    const changed = new Map<string, number[]>([
      ['机构信息', [phone]],
      ['考评人员', [key(2, 2), key(3, 1), key(3, 2), key(3, 3), key(3, 4)]],
    ]);
    expect(b.sheets.map((s) => [s.name, s.visibility, JSON.stringify(s.rows)]).filter(([n]) => n !== STORE_SHEET)).toEqual(
      a.sheets.map((s) => [s.name, s.visibility, JSON.stringify(s.rows)]).filter(([n]) => n !== STORE_SHEET),
    );
    for (const s of a.sheets.filter((x) => x.name !== STORE_SHEET)) {
      for (const what of ['fills', 'notes'] as const) {
        const [before, after] = [cellsOf(a, s.name, what), cellsOf(b, s.name, what)];
        const differ = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort((x, y) => x - y);
        expect([s.name, what, differ]).toEqual([s.name, what, (changed.get(s.name) ?? []).filter((k) => what === 'notes' || !a.sheet(s.name)!.fills.has(k))]);
      }
    }

    // Part by part: only the marked sheets, their notes, the styles and the restore data are other bytes.
    const [pa, pb] = [unzipSync(plain.bytes), unzipSync(marked.bytes)];
    const differ = Object.keys(pb).filter((n) => !pa[n] || Buffer.compare(Buffer.from(pa[n]), Buffer.from(pb[n])) !== 0);
    const touched = /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|comments\d*\.xml|drawings\/vmlDrawing\d+\.vml|styles\.xml)$|^\[Content_Types\]\.xml$/;
    expect(differ.filter((n) => !touched.test(n))).toEqual([]);
    expect(Object.keys(pa).filter((n) => !pb[n])).toEqual([]);
  });

  it('a changed cell the check marked keeps the problem’s fill and gets both notes', async () => {
    // The later filing's 联系人电话 is no phone number at all: the check marks it, the comparison too.
    await ask({ type: 'check', name: '今年备案.xlsx', data: blob(await xlsxBuffer({ ...shSpec(), 机构信息: orgRows({ ...ORG, 联系人电话: '电话待定' }) })), req: {} });
    await ask({ type: 'compare', name: '去年备案.xlsx', data: blob(await xlsxBuffer(shSpec())) });
    const plain = await docFromXlsx((await ask<OutputFile>({ type: 'annotated' })).bytes);
    const marked = await docFromXlsx((await ask<OutputFile>({ type: 'annotatedChanges' })).bytes);
    const phone = key(rowOf(marked, '机构信息', '联系人电话'), 2);
    const problem = plain.sheet('机构信息')!.notes.get(phone);
    expect(problem).toMatch(/^【/);
    expect(marked.sheet('机构信息')!.fills.get(phone)).toEqual(plain.sheet('机构信息')!.fills.get(phone));
    expect(marked.sheet('机构信息')!.notes.get(phone)).toBe(`${problem}\n\n与上次备案相比已变更：原为“13912345678”`);
  });

  it('says so when the only changes are removals: nothing of this workbook to mark', async () => {
    await ask({ type: 'check', name: '今年备案.xlsx', data: blob(await xlsxBuffer(shSpec())), req: {} });
    const view = await ask<{ sections: { title: string }[] }>({ type: 'compare', name: '去年备案.xlsx', data: blob(await xlsxBuffer(earlierSpec())) });
    expect(view.sections.map((s) => s.title)).toContain('考评人员（删除 1 项）');
    const copy = await ask<OutputFile>({ type: 'annotatedChanges' });
    expect(copy.notice).toBe('上次备案以来只有删除的项目，本工作簿中没有可标注的变更单元格（副本只有检查标注）');
    const [a, b] = await Promise.all([docFromXlsx((await ask<OutputFile>({ type: 'annotated' })).bytes), docFromXlsx(copy.bytes)]);
    expect(b.sheets.map((s) => [s.name, [...s.fills], [...s.notes]])).toEqual(a.sheets.map((s) => [s.name, [...s.fills], [...s.notes]]));
  });

  it('asks for a comparison first, and a new check forgets the last one', async () => {
    await ask({ type: 'check', name: '今年备案.xlsx', data: blob(await xlsxBuffer(laterSpec())), req: {} });
    await expect(ask({ type: 'annotatedChanges' })).rejects.toThrow('请先选择上次备案的工作簿进行比较');
    await checkedAndCompared();
    await ask({ type: 'recheck', req: {} });
    await expect(ask({ type: 'annotatedChanges' })).rejects.toThrow('请先选择上次备案的工作簿进行比较');
  });
});
