import { Cancelled, type Progress } from '../../../../addin/host';
import { ExcelDouble } from '../../../excel-double';
import { rosterWorkbook } from '../../../excel-double/roster';
import { session, snapshot } from './helpers';

/**
 * 取消 on a long check in Excel: the clerk stops a check of a 30,000-row
 * roster while it reads or while the rules are about to run. The check ends
 * as Cancelled, the workbook is exactly as it was (no mark, no 检查结果, no
 * store), and the next check runs normally. Once marking has begun, the
 * check no longer offers 取消 and runs to its end.
 */
describe('取消 on a long check in Excel', () => {
  const ROWS = 30_000;

  async function stopAt(when: (p: Progress) => boolean) {
    const d = new ExcelDouble(rosterWorkbook(ROWS));
    const before = snapshot(d.doc);
    const names = d.doc.sheets.map((s) => s.name);
    const pane = session(d);
    const stop = new AbortController();
    const seen: Progress[] = [];
    const check = pane.checkAndMark({}, (p) => {
      seen.push(p);
      if (when(p)) stop.abort();
    }, stop.signal);
    return { d, before, names, pane, seen, outcome: await check.then(() => 'finished', (e: unknown) => e) };
  }

  it('while reading the roster: stops before the next block, the workbook untouched', async () => {
    const { d, before, names, pane, seen, outcome } = await stopAt((p) => p.step === '读取工作表' && p.done > 0);
    expect(outcome).toBeInstanceOf(Cancelled);
    const read = seen.filter((p) => p.step === '读取工作表' && p.done > 0);
    expect(read).toHaveLength(1);
    expect(read[0].done).toBeLessThan(read[0].total);
    expect(seen.some((p) => p.step === '检查' || p.step === '标注')).toBe(false);
    expect(d.doc.sheets.map((s) => s.name)).toEqual(names);
    expect(snapshot(d.doc)).toEqual(before);
    // The pane goes on as usual: the next check reads, checks and marks.
    const view = await pane.checkAndMark({}, () => undefined);
    expect(view.summary.errors).toBeGreaterThan(0);
    expect(d.doc.sheets.map((s) => s.name)).toContain('检查结果');
  });

  it('as the rules are about to run: stops before a single mark is written', async () => {
    const { d, before, seen, outcome } = await stopAt((p) => p.step === '检查');
    expect(outcome).toBeInstanceOf(Cancelled);
    expect(seen.some((p) => p.step === '标注')).toBe(false);
    expect(snapshot(d.doc)).toEqual(before);
  });

  it('once marking has begun: 取消 is no longer offered and the check completes', async () => {
    const { d, seen, outcome } = await stopAt((p) => p.step === '标注');
    expect(outcome).toBe('finished');
    expect(seen.find((p) => p.step === '标注')?.committing).toBe(true);
    expect(seen.filter((p) => p.step !== '标注' && p.step !== '完成').every((p) => !p.committing)).toBe(true);
    expect(d.doc.sheets.map((s) => s.name)).toContain('检查结果');
  });
});
