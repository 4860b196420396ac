import type { CheckView } from '../../../../addin/host';
import { LiveCheck } from '../../../../src/live/live-check';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { HOSTS } from '../../../excel-double';
import { open, session } from './helpers';

/**
 * The live re-check's failures: a workbook that moved on while the re-check
 * waited (a sheet renamed) is read again in full and the pane sees the new
 * findings; a fault of beian's own is logged and told to the pane, never
 * hidden behind a silent full re-read.
 */

let sample: Uint8Array;
beforeAll(async () => {
  sample = await sampleBuffer();
});

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function watched() {
  const d = await open(sample, HOSTS.m365);
  const pane = session(d, { debounceMs: 50 });
  await pane.checkAndMark({}, () => undefined);
  const updates: CheckView[] = [];
  const errors: string[] = [];
  const stop = await pane.watch(
    (v) => updates.push(v),
    (m) => errors.push(m),
  );
  await settle(20);
  d.resetStats();
  return { d, pane, updates, errors, stop };
}

afterEach(() => jest.restoreAllMocks());

describe('live re-check failures', () => {
  it('a sheet renamed while the re-check waited: read again in full, findings under the new name', async () => {
    const { d, updates, errors, stop } = await watched();
    d.user.edit('考评员名册', 'C5', '1');
    d.doc.sheet('考评员名册')!.name = '考评员名单';
    await settle(400);
    await d.whenIdle();
    expect(errors).toEqual([]);
    expect(updates.length).toBeGreaterThan(0);
    const last = updates[updates.length - 1];
    expect(last.sheets).toContain('考评员名单');
    expect(last.findings.some((f) => f.sheet === '考评员名单' && f.cell === 'C5')).toBe(true);
    stop();
  });

  it('a fault of its own is logged and told to the pane, and live re-checking stops instead of re-reading the workbook', async () => {
    const { d, updates, errors, stop } = await watched();
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(LiveCheck.prototype, 'update').mockImplementation(() => {
      throw new TypeError('broken');
    });
    d.user.edit('考评员名册', 'C5', '1');
    await settle(300);
    await d.whenIdle();
    expect(updates).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/自动重新检查未能完成.*检查工作簿/);
    expect(logged).toHaveBeenCalled();
    // The edit was read back (one cell), not the whole workbook.
    expect(d.stats.syncs).toBeLessThanOrEqual(2);
    const syncs = d.stats.syncs;
    d.user.edit('考评员名册', 'C6', '1');
    await settle(300);
    await d.whenIdle();
    expect(d.stats.syncs).toBe(syncs);
    stop();
  });
});
