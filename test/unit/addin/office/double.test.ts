import { detectFeatures } from '../../../../addin/office/env';
import { readOpenWorkbook } from '../../../../addin/office/read';
import type { Workbook } from '../../../../src/model/workbook';
import { DocWorkbook, ExcelDouble, HOSTS } from '../../../excel-double';
import { rosterWorkbook } from '../../../excel-double/roster';
import { envOf } from './helpers';

/** The Excel double behaves as Office.js does where the add-in depends on it, and fails where Excel fails. */

function small(): ExcelDouble {
  const doc = new DocWorkbook();
  const s = doc.addSheet('表1');
  s.put(1, 1, { value: '姓名' });
  s.put(2, 1, { value: 42 });
  return new ExcelDouble(doc, { host: HOSTS.excel2019 });
}

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

describe('the Excel test double', () => {
  it('queues until sync; unloaded properties and results throw like Office.js', async () => {
    const d = small();
    await d.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('表1').getRange('A1:A2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      range.values = [['x'], ['y']];
      expect(d.doc.sheet('表1')!.value(1, 1)).toBe('姓名');
      await ctx.sync();
      expect(range.values).toEqual([['姓名'], [42]]);
      expect(d.doc.sheet('表1')!.value(1, 1)).toBe('x');
      expect(count.value).toBe(1);
    });
    expect(d.stats.syncs).toBe(1);
  });

  it('fails at sync on what the claimed Excel lacks, and on a missing sheet', async () => {
    const d = small();
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('表1').getRanges('A1,B2').load('address')))).toBe('ApiNotFound');
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('无此表').load('name')))).toBe('ItemNotFound');
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('表1').notes.add('A1', 'x')))).toBe('ApiNotFound');
  });

  it('refuses requests and responses over 5 MB, reads over the cell limit and getRanges past its limits', async () => {
    const d = new ExcelDouble(rosterWorkbook(2000), { host: HOSTS.m365, payloadLimit: 100_000, cellLimit: 10_000 });
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('考评人员').getRange('A1:K2002').load('values')))).toBe('RangeExceedsLimit');
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('考评人员').getRange('A1:K800').load('values')))).toBe('ResponsePayloadSizeLimitExceeded');
    const big = Array.from({ length: 2000 }, () => ['很长的一段文字很长的一段文字很长的一段文字']);
    expect(await code(d.Excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem('考评人员').getRange('M1:M2000').values = big)))).toBe('RequestPayloadSizeLimitExceeded');
    const areas = Array.from({ length: 501 }, (_, i) => `M${i * 2 + 1}`).join(',');
    expect(await code(d.Excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('考评人员').getRanges(areas).load('address')))).toBe('InvalidArgument');
    expect(d.doc.sheet('考评人员')!.value(1, 13)).toBe('');
  });

  it('the adapter reads a sheet that passes the limits in smaller blocks, and gets it whole', async () => {
    const read = async (d: ExcelDouble): Promise<Workbook> => d.Excel.run(async (ctx) => (await readOpenWorkbook(ctx as unknown as Excel.RequestContext, detectFeatures(envOf(d).office))).workbook);
    const whole = await read(new ExcelDouble(rosterWorkbook(3000)));
    const tight = new ExcelDouble(rosterWorkbook(3000), { payloadLimit: 120_000, cellLimit: 8_000 });
    const blocks = await read(tight);
    expect(blocks.sheets.map((s) => [s.name, s.rowCount, s.colCount])).toEqual(whole.sheets.map((s) => [s.name, s.rowCount, s.colCount]));
    for (let r = 1; r <= 3002; r += 97) expect(blocks.sheet('考评人员')!.rowValues(r)).toEqual(whole.sheet('考评人员')!.rowValues(r));
    // The first blocks are refused (too many cells, too many bytes); each refusal halves the blocks for good.
    expect(tight.stats.failed).toBeGreaterThan(0);
    expect(tight.stats.failed).toBeLessThanOrEqual(8);
    expect(tight.stats.responses.filter((b) => b > 120_000).length).toBeLessThanOrEqual(tight.stats.failed);
  });

  it('the adapter reads only the bands that hold data when a stray cell stretches the used range to XFD1048576', async () => {
    const doc = rosterWorkbook(100);
    doc.sheet('考评人员')!.put(1048576, 16384, { value: '误输入' });
    const d = new ExcelDouble(doc);
    const wb = await d.Excel.run(async (ctx) => (await readOpenWorkbook(ctx as unknown as Excel.RequestContext, detectFeatures(envOf(d).office))).workbook);
    const s = wb.sheet('考评人员')!;
    expect(s.value(1048576, 16384)).toBe('误输入');
    expect(s.value(3, 2)).toBe('王建军');
    expect(d.stats.syncs).toBeLessThanOrEqual(5);
    expect(d.maxResponse).toBeLessThan(1024 * 1024);
  });

  it('raises onChanged for a user edit, and for the add-in’s own writes with triggerSource', async () => {
    const d = new ExcelDouble(rosterWorkbook(10), { host: HOSTS.m365 });
    const seen: unknown[] = [];
    await d.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
      await ctx.sync();
    });
    d.user.edit('考评人员', 'B3', '张三');
    await d.Excel.run(async (ctx) => void (ctx.workbook.worksheets.getItem('考评人员').getRange('M1').values = [['x']]));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([
      expect.objectContaining({ address: 'B3', changeType: 'RangeEdited', triggerSource: 'Unknown' }),
      expect.objectContaining({ address: 'M1', triggerSource: 'ThisLocalAddin' }),
    ]);
  });
});
