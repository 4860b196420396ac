import type { CheckView } from '../../../../addin/host';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { HOSTS, key, NO_FILL, type ExcelDouble, type HostProfile } from '../../../excel-double';
import { badCheckId, validId } from '../../../helpers/people';
import { open, session } from './helpers';

/**
 * Live re-check: an edit is read back alone (not the workbook), checked
 * again, and only the marks that changed are rewritten — including marks on
 * other sheets that the edit resolves — after one debounce; our own writes
 * never start another round.
 */

let sample: Uint8Array;
beforeAll(async () => {
  sample = await sampleBuffer();
});

async function until(f: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function watched(host: HostProfile, prepare?: (d: ExcelDouble) => void) {
  const d = await open(sample, host);
  prepare?.(d);
  const pane = session(d, { debounceMs: 300 });
  const first = await pane.checkAndMark({}, () => undefined);
  const updates: CheckView[] = [];
  const stop = await pane.watch((v) => updates.push(v));
  await settle(50);
  d.resetStats();
  return { d, pane, first, updates, stop };
}

const marked = (v: CheckView) => v.plan.sheets.flatMap((s) => s.marks.map((m) => `${m.sheet}!${m.address}`));

describe('live re-check', () => {
  for (const host of [HOSTS.m365, HOSTS.excel2019]) {
    it(`a fixed ID turns clean within a second, reading only the edited cell (${host.label})`, async () => {
      const { d, first, updates, stop } = await watched(host);
      const sheet = d.doc.sheet('考评员名册')!;
      const fills = new Map([...sheet.fills]);
      const id = String(sheet.value(5, 3));
      const t0 = Date.now();
      d.user.edit('考评员名册', 'C5', id.slice(0, 17) + '8');
      await until(() => updates.length > 0);
      const took = Date.now() - t0;
      await settle(600);
      await d.whenIdle();
      expect(updates).toHaveLength(1);
      expect(marked(updates[0])).toEqual(marked(first).filter((k) => k !== '考评员名册!C5'));
      expect(sheet.fill(5, 3)).toBe(NO_FILL);
      expect(sheet.notes.has(key(5, 3))).toBe(false);
      // Every other mark on the sheet untouched.
      for (const [k, f] of fills) if (k !== key(5, 3)) expect(sheet.fills.get(k)).toEqual(f);
      expect(updates[0].findings.some((f) => f.sheet === '考评员名册' && f.cell === 'C5')).toBe(false);
      // 检查结果 holds exactly the new list: its rows, one link per cell finding, nothing left below.
      const result = d.doc.sheet('检查结果')!;
      const plan = updates[0].plan.result;
      plan.rows.forEach((r, i) => expect(r.values.map((_, j) => result.value(plan.headerRow + 1 + i, j + 1))).toEqual(r.values));
      expect(result.value(plan.headerRow + plan.rows.length + 1, 1)).toBe('');
      expect(result.hyperlinks.size).toBe(plan.rows.filter((r) => 'target' in r.link).length);
      // Read back: one cell, not the workbook.
      expect(Math.max(...d.stats.responses)).toBeLessThan(20_000);
      expect(d.stats.syncs).toBeLessThanOrEqual(6);
      expect(took).toBeLessThan(1000 + 300);
      expect(d.handlerErrors).toEqual([]);
      stop();
    });
  }

  it('检查结果 after findings went, came and changed is cell for cell what a fresh check writes, and only its changed rows were sent', async () => {
    // 300 more examiners below, each with a wrong check digit: a long list under the edited rows.
    const { d, pane, updates, stop } = await watched(HOSTS.m365, (d) => {
      const s = d.doc.sheet('考评员名册')!;
      const model = s.rows[2]!;
      for (let r = 17; r < 317; r++) {
        model.forEach((v, c) => s.put(r, c + 1, { value: v ?? null }));
        s.put(r, 1, { value: r - 2 });
        s.put(r, 3, { value: badCheckId(validId('19800101', r)) });
      }
    });
    const roster = d.doc.sheet('考评员名册')!;
    const id = (row: number) => String(roster.value(row, 3));
    const bytes: number[] = [];
    // A wrong ID fixed (a row goes), a good one broken (a row comes), a wrong one wrong another way (a row changes), a typo of the last row.
    const edits: [string, string][] = [
      ['C5', id(5).slice(0, 17) + '8'],
      ['C7', `${id(7).slice(0, 17)}${id(7)[17] === '3' ? '4' : '3'}`],
      ['C7', '1'],
      ['C5', 'abc'],
    ];
    for (const [cell, value] of edits) {
      const seen = updates.length;
      d.resetStats();
      d.user.edit('考评员名册', cell, value);
      await until(() => updates.length > seen);
      await d.whenIdle();
      bytes.push(d.stats.requests.reduce((a, b) => a + b, 0));
    }
    stop();
    const sheetOf = () => {
      const s = d.doc.sheet('检查结果')!;
      const used = s.usedRect()!;
      const cells = Array.from({ length: used.r2 }, (_, r) => Array.from({ length: used.c2 }, (_, c) => s.value(r + 1, c + 1)));
      const sorted = <T,>(m: Map<number, T>) => [...m].sort((a, b) => a[0] - b[0]);
      return { cells, numFmts: sorted(s.numFmts), fills: sorted(s.fills), hyperlinks: sorted(s.hyperlinks), styles: sorted(s.styles) };
    };
    const live = sheetOf();
    expect(live.cells.length).toBe(updates[updates.length - 1].plan.result.headerRow + updates[updates.length - 1].findings.length);
    await pane.checkAndMark({}, () => undefined);
    expect(live).toEqual(sheetOf());
    // A whole rewrite of the list sends every row's link and text; one changed row sends a few kB.
    for (const b of bytes) expect(b).toBeLessThan(20_000);
  });

  it('fixing an ID on 工作人员 clears the conflict marked on 考评人员', async () => {
    let examinerId = '';
    let staffId = '';
    const { d, first, updates, stop } = await watched(HOSTS.m365, (d) => {
      const examiners = d.doc.sheet('考评员名册')!;
      const staff = d.doc.sheet('工作人员名册')!;
      examinerId = String(examiners.value(4, 3));
      staffId = String(staff.value(5, 3));
      staff.put(5, 3, { value: examinerId });
    });
    const conflict = first.findings.find((f) => f.rule === 'person.name-conflict');
    expect(conflict).toMatchObject({ sheet: '考评员名册', cell: 'C4' });
    expect(d.doc.sheet('考评员名册')!.fill(4, 3)).not.toBe(NO_FILL);
    d.user.edit('工作人员名册', 'C5', staffId);
    await until(() => updates.length > 0);
    await d.whenIdle();
    expect(updates[0].findings.some((f) => f.rule === 'person.name-conflict')).toBe(false);
    expect(d.doc.sheet('考评员名册')!.fill(4, 3)).toBe(NO_FILL);
    expect(examinerId).not.toBe(staffId);
    stop();
  });

  it('several quick edits make one re-check; our own writes start none', async () => {
    const { d, updates, stop } = await watched(HOSTS.excel2019);
    const sheet = d.doc.sheet('考评员名册')!;
    const id = String(sheet.value(5, 3));
    d.user.edit('考评员名册', 'C5', '1');
    await settle(100);
    d.user.edit('考评员名册', 'C5', id.slice(0, 17) + '8');
    await settle(100);
    d.user.edit('题库', 'D5', 1000);
    await until(() => updates.length > 0);
    await settle(1200);
    await d.whenIdle();
    expect(updates).toHaveLength(1);
    const keys = marked(updates[0]);
    expect(keys).not.toContain('考评员名册!C5');
    expect(keys).not.toContain('题库!D5');
    stop();
  });

  it('inserted rows move the marks and their restore data with the cells', async () => {
    const { d, pane, updates, stop } = await watched(HOSTS.m365);
    const sheet = d.doc.sheet('考评员名册')!;
    d.user.shiftRows('考评员名册', 3, 2);
    await until(() => updates.length > 0);
    await d.whenIdle();
    expect(marked(updates[0])).toContain('考评员名册!C7');
    expect(sheet.fill(7, 3)).not.toBe(NO_FILL);
    stop();
    await pane.clearMarks();
    expect(sheet.fills.has(key(7, 3))).toBe(false);
    expect(sheet.notes.size).toBe(0);
  });

  it('checking again while watching does not set off another check (its own sheets come and go)', async () => {
    const { d, pane, updates, stop } = await watched(HOSTS.excel2019);
    await pane.checkAndMark({}, () => undefined);
    await settle(1200);
    await d.whenIdle();
    const syncs = d.stats.syncs;
    await settle(800);
    expect(updates).toHaveLength(0);
    expect(d.stats.syncs).toBe(syncs);
    stop();
  });

  it('清除标记 right after an edit wins: the pending re-check writes nothing back', async () => {
    const { d, pane, updates, stop } = await watched(HOSTS.m365);
    const before = d.doc.sheet('考评员名册')!.value(5, 3);
    d.user.edit('题库', 'D5', 1000);
    await settle(350);
    await pane.clearMarks();
    await settle(500);
    await d.whenIdle();
    expect(d.doc.sheet('检查结果')).toBeUndefined();
    expect(d.doc.sheet('beian_restore')).toBeUndefined();
    expect([...d.doc.sheet('考评员名册')!.fills.values()].some((f) => f.color === '#FFC7CE')).toBe(false);
    expect(d.doc.sheet('考评员名册')!.value(5, 3)).toBe(before);
    expect(updates.length).toBeLessThanOrEqual(1);
    stop();
  });

  it('stops when asked, and ignores edits after 清除标记', async () => {
    const { d, pane, updates, stop } = await watched(HOSTS.m365);
    await pane.clearMarks();
    d.user.edit('考评员名册', 'C5', 'x');
    await settle(500);
    expect(updates).toHaveLength(0);
    stop();
    await settle(50);
    expect(d.handlerCount).toBe(0);
  });
});
