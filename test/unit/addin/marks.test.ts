import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { HOSTS } from '../../excel-double';
import { key } from '../../excel-double/state';
import { open, session, snapshot } from './helpers';
import { STORE_SHEET } from '../../../addin/office/store';

describe('marks in the open workbook', () => {
  it('check marks the sample, clear restores everything', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    const before = snapshot(d.doc);
    const host = session(d);
    const view = await host.checkAndMark({}, () => undefined);
    console.log(view.summary, d.stats, d.doc.sheets.map((s) => [s.name, s.visibility, s.fills.size, s.notes.size]));
    expect(d.doc.sheet(STORE_SHEET)!.visibility).toBe('VeryHidden');
    const n = await session(d).clearMarks();
    console.log(n, d.stats.syncs);
    expect(snapshot(d.doc)).toEqual(before);
  });
});
