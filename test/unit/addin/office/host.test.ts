import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { HOSTS } from '../../../excel-double';
import { xlsxBuffer } from '../../../helpers/book';
import { open, session } from './helpers';

describe('OfficeHost on the open workbook', () => {
  it('reads the defaults from 机构信息 without reading the rosters', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    expect(await session(d).readDefaults()).toEqual({ profile: 'xj-xcert', business: '首次备案' });
    expect(d.maxResponse).toBeLessThan(20_000);
  });

  it('selects a finding’s cell, and explains a hidden sheet instead of failing', async () => {
    const d = await open(await sampleBuffer(), HOSTS.excel2019);
    const pane = session(d);
    await pane.select('考评员名册', 'C5');
    expect(d.doc.selection).toEqual({ sheetId: d.doc.sheet('考评员名册')!.id, address: 'C5' });
    expect(d.doc.activeSheetId).toBe(d.doc.sheet('考评员名册')!.id);
    await pane.select('题库', null);
    expect(d.doc.selection).toEqual({ sheetId: d.doc.sheet('题库')!.id, address: 'A1' });
    d.doc.sheet('题库')!.visibility = 'Hidden';
    await expect(pane.select('题库', 'D5')).rejects.toThrow('工作表“题库”已隐藏');
  });

  it('a workbook with no filing sheet gets one Chinese line, and nothing is marked', async () => {
    const d = await open(await xlsxBuffer({ Sheet1: [['a', 'b'], [1, 2]] }), HOSTS.m365);
    await expect(session(d).checkAndMark({}, () => undefined)).rejects.toThrow('工作簿中没有可识别的备案工作表');
    expect(d.doc.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('reports progress while reading, checking and marking', async () => {
    const d = await open(await sampleBuffer(), HOSTS.m365);
    const steps: string[] = [];
    await session(d).checkAndMark({ profile: 'xj-xcert', business: '首次备案' }, (p) => steps.push(p.step));
    expect([...new Set(steps)]).toEqual(['读取工作表', '检查', '标注', '完成']);
  });
});
