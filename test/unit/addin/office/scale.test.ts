import { PAYLOAD_LIMIT } from '../../../../addin/office/request-budget';
import { ExcelDouble, HOSTS } from '../../../excel-double';
import { rosterWorkbook } from '../../../excel-double/roster';
import { session, snapshot } from './helpers';

/**
 * The add-in's cost bound in Excel on a 100,000-row roster with 2,500 bad IDs: syncs
 * grow with the bytes Excel must carry (about 4 MB per sync), not with
 * rows or marked cells; every request and response stays under 5 MB; and
 * clearing leaves every value and fill as it was.
 */
describe('a 100,000-row sheet', () => {
  // The 1.7 floor (one range per area, no RangeAreas) on fewer rows but as many marks, to keep the suite quick.
  for (const [host, ROWS, badEvery] of [
    [HOSTS.m365, 100_000, 40],
    [HOSTS.minimum, 40_000, 16],
  ] as const) {
    it(`check, mark and clear in bounded syncs under 5 MB (${host.label}, ${ROWS} rows)`, async () => {
      const d = new ExcelDouble(rosterWorkbook(ROWS, badEvery), { host });
      const before = snapshot(d.doc);
      const view = await session(d).checkAndMark({}, () => undefined);
      const marked = view.plan.sheets.reduce((n, s) => n + s.marks.length, 0);
      expect(marked).toBeGreaterThanOrEqual(2500);
      const check = { syncs: d.stats.syncs, request: d.maxRequest, response: d.maxResponse, responseBytes: d.stats.responses.reduce((a, b) => a + b, 0) };
      d.resetStats();
      const restored = await session(d).clearMarks();
      const clear = { syncs: d.stats.syncs, request: d.maxRequest, response: d.maxResponse };
      expect(restored).toBe(marked);
      expect(snapshot(d.doc)).toEqual(before);
      // Reading cannot beat Excel's 5 MB per response: the floor is the bytes over the limit.
      const floor = Math.ceil(check.responseBytes / PAYLOAD_LIMIT);
      expect(check.syncs).toBeLessThanOrEqual(floor * 1.6 + 12);
      expect(check.syncs).toBeLessThan(ROWS / 2000);
      expect(clear.syncs).toBeLessThanOrEqual(12);
      for (const bytes of [check.request, check.response, clear.request, clear.response]) expect(bytes).toBeLessThan(PAYLOAD_LIMIT);
      process.stdout.write(`${host.label}: ${ROWS} rows, ${marked} marks — check+mark ${check.syncs} syncs (floor ${floor}), largest request ${(check.request / 1048576).toFixed(2)} MB, response ${(check.response / 1048576).toFixed(2)} MB; clear ${clear.syncs} syncs, largest request ${(clear.request / 1048576).toFixed(2)} MB, response ${(clear.response / 1048576).toFixed(2)} MB\n`);
    });
  }
});
