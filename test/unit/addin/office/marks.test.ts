import { combinedNote } from '../../../../src/annotate/mark-plan';
import { SEVERITY_FILL as FILL } from '../../../../src/model/severity';
import { parseA1 } from '../../../../src/model/cell';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { STORE_SHEET } from '../../../../addin/office/store';
import { officeColor } from '../../../../addin/office/marks';
import { HOSTS, key, NO_FILL, type ExcelDouble } from '../../../excel-double';
import { docToXlsx, doubleFromXlsx } from '../../../excel-double/xlsx';
import { open, session, snapshot, values } from './helpers';

/**
 * Marks in the open workbook (the sample, with its 10 marked cells): fills,
 * notes or comments as each Excel allows, 检查结果 with links, and 清除标记
 * putting back every fill and note — after the pane was closed, after a
 * second check, after a save and reopen. No value ever changes.
 */

let sample: Uint8Array;
beforeAll(async () => {
  sample = await sampleBuffer();
});

function cellOf(d: ExcelDouble, m: { sheet: string; address: string }) {
  const s = d.doc.sheet(m.sheet)!;
  const { row, col } = parseA1(m.address);
  return { fill: s.fill(row, col), note: s.notes.get(key(row, col)), comment: s.comments.get(key(row, col))?.content, k: key(row, col), s };
}

async function checked(d: ExcelDouble) {
  const view = await session(d).checkAndMark({}, () => undefined);
  const marks = view.plan.sheets.flatMap((s) => s.marks);
  return { view, marks };
}

describe('marks in the open workbook', () => {
  it('Microsoft 365: fills and notes, 检查结果 with a link per cell finding; a new session clears it all back', async () => {
    const d = await open(sample, HOSTS.m365);
    const before = snapshot(d.doc);
    const { view, marks } = await checked(d);
    expect(marks).toHaveLength(10);
    for (const m of marks) {
      const c = cellOf(d, m);
      expect(c.fill).toEqual({ color: officeColor(m.fill), pattern: 'Solid', patternColor: null });
      expect(c.note).toBe(m.note);
    }
    const result = d.doc.sheet('检查结果')!;
    expect(result.value(1, 1)).toBe('文件');
    const header = view.plan.result.headerRow;
    expect(result.value(header, 6)).toBe('问题');
    expect(result.value(header + view.findings.length, 1)).toBe(view.findings.length);
    const links = [...result.hyperlinks.values()].map((h) => h.documentReference);
    expect(links).toHaveLength(view.findings.filter((f) => f.cell).length);
    expect(links).toContain("'考评员名册'!C5");
    expect(result.fill(header + 1, 2).color).toBe(officeColor(FILL[view.findings[0].severity]));
    expect(d.doc.sheet(STORE_SHEET)!.visibility).toBe('VeryHidden');

    const restored = await session(d).clearMarks();
    expect(restored).toBe(10);
    expect(snapshot(d.doc)).toEqual(before);
    expect(d.doc.sheet('检查结果')).toBeUndefined();
    expect(d.doc.sheet(STORE_SHEET)).toBeUndefined();
  });

  it('never changes a value, on any Excel', async () => {
    for (const host of [HOSTS.minimum, HOSTS.excel2019, HOSTS.ltsc2021, HOSTS.m365]) {
      const d = await open(sample, host);
      const before = values(d.doc);
      await checked(d);
      const data = (doc: ExcelDouble['doc']) => (values(doc) as [string][]).filter(([n]) => n !== '检查结果' && n !== STORE_SHEET);
      expect([host.label, data(d.doc)]).toEqual([host.label, before]);
      await session(d).clearMarks();
      expect([host.label, values(d.doc)]).toEqual([host.label, before]);
    }
  });

  it("keeps the clerk's note above ours and gives it back; a note the clerk edits later stays theirs", async () => {
    const d = await open(sample, HOSTS.m365);
    const c5 = d.doc.sheet('考评员名册')!;
    c5.notes.set(key(5, 3), '已电话核实');
    const { marks } = await checked(d);
    const m = marks.find((x) => x.sheet === '考评员名册' && x.address === 'C5')!;
    expect(cellOf(d, m).note).toBe(combinedNote('已电话核实', m.note));
    const other = marks.find((x) => x.address === 'B3')!;
    c5.notes.set(key(9, 3), `${cellOf(d, marks.find((x) => x.sheet === '考评员名册' && x.address === 'C9')!).note}\n我的补充`);
    await session(d).clearMarks();
    expect(c5.notes.get(key(5, 3))).toBe('已电话核实');
    expect(cellOf(d, other).note).toBeUndefined();
    expect(c5.notes.get(key(9, 3))).toMatch(/我的补充$/);
  });

  it('a second check keeps the original fills as restore data, and a fixed cell gets its own fill back', async () => {
    const d = await open(sample, HOSTS.m365);
    const staff = d.doc.sheet('考评员名册')!;
    staff.fills.set(key(5, 3), { color: '#FFFF00', pattern: 'Solid', patternColor: null });
    const before = snapshot(d.doc);
    await checked(d);
    const { marks } = await checked(d);
    expect(marks).toHaveLength(10);
    // Fix the bad check digit: the next check no longer marks C5 and gives it its yellow back.
    const id = String(staff.value(5, 3));
    d.user.edit('考评员名册', 'C5', id.slice(0, 17) + '8');
    const again = await checked(d);
    expect(again.marks.map((x) => `${x.sheet}!${x.address}`)).not.toContain('考评员名册!C5');
    expect(staff.fill(5, 3)).toEqual({ color: '#FFFF00', pattern: 'Solid', patternColor: null });
    expect(staff.notes.has(key(5, 3))).toBe(false);
    d.user.edit('考评员名册', 'C5', id);
    await session(d).clearMarks();
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('survives saving, closing and reopening the file', async () => {
    const original = await doubleFromXlsx(await docToXlsx((await open(sample)).doc));
    const before = snapshot(original.doc);
    await checked(original);
    const reopened = await doubleFromXlsx(await docToXlsx(original.doc));
    expect(reopened.doc.sheet(STORE_SHEET)!.visibility).toBe('VeryHidden');
    const restored = await session(reopened).clearMarks();
    expect(restored).toBe(10);
    expect(snapshot(reopened.doc)).toEqual(before);
  });

  it('LTSC (comments, no notes): our text goes into comments; a clerk comment is left alone; a note it cannot see only loses our text', async () => {
    const d = await open(sample, HOSTS.ltsc2021);
    const sheet = d.doc.sheet('考评员名册')!;
    sheet.comments.set(key(5, 3), { id: 'c-clerk', content: '请核对', replies: [] });
    sheet.notes.set(key(9, 3), '旧版批注');
    const before = snapshot(d.doc);
    const { marks } = await checked(d);
    const commented = marks.filter((m) => cellOf(d, m).comment !== undefined);
    expect(cellOf(d, marks.find((m) => m.address === 'C5' && m.sheet === '考评员名册')!).comment).toBe('请核对');
    expect(commented.length).toBeGreaterThanOrEqual(1);
    for (const m of marks) expect(cellOf(d, m).fill.color).toBe(officeColor(m.fill));
    expect(sheet.notes.get(key(9, 3))).toBe('旧版批注');
    await session(d).clearMarks();
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('Excel 2019 (1.8) and the 1.7 floor: fills only, one range per area, and everything restored', async () => {
    for (const host of [HOSTS.excel2019, HOSTS.minimum]) {
      const d = await open(sample, host);
      const before = snapshot(d.doc);
      const { marks } = await checked(d);
      for (const m of marks) {
        expect(cellOf(d, m).fill.color).toBe(officeColor(m.fill));
        expect(cellOf(d, m).note).toBeUndefined();
      }
      expect(d.doc.sheet('检查结果')!.hyperlinks.size).toBeGreaterThan(0);
      await session(d).clearMarks();
      expect([host.label, snapshot(d.doc)]).toEqual([host.label, before]);
    }
  });

  it('before ExcelApi 1.9 a patterned fill comes back as its solid colour (Excel cannot report patterns there)', async () => {
    const d = await open(sample, HOSTS.excel2019);
    d.doc.sheet('考评员名册')!.fills.set(key(5, 3), { color: '#C6EFCE', pattern: 'Gray50', patternColor: '#00B050' });
    await checked(d);
    await session(d).clearMarks();
    expect(d.doc.sheet('考评员名册')!.fill(5, 3)).toEqual({ color: '#C6EFCE', pattern: 'Solid', patternColor: null });
    const m365 = await open(sample, HOSTS.m365);
    m365.doc.sheet('考评员名册')!.fills.set(key(5, 3), { color: '#C6EFCE', pattern: 'Gray50', patternColor: '#00B050' });
    await checked(m365);
    await session(m365).clearMarks();
    expect(m365.doc.sheet('考评员名册')!.fill(5, 3)).toEqual({ color: '#C6EFCE', pattern: 'Gray50', patternColor: '#00B050' });
  });

  it('a cell with no fill is cleared back to no fill, not painted white', async () => {
    for (const host of [HOSTS.m365, HOSTS.minimum]) {
      const d = await open(sample, host);
      const { marks } = await checked(d);
      await session(d).clearMarks();
      for (const m of marks) {
        const c = cellOf(d, m);
        expect([host.label, m.sheet, m.address, c.s.fills.has(c.k)]).toEqual([host.label, m.sheet, m.address, false]);
        expect(c.fill).toBe(NO_FILL);
      }
    }
  });
});
