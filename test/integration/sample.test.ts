import { checkBook } from '../../src/check';
import { readWorkbook } from '../../src/read/read-workbook';
import { recognise } from '../../src/recognise/recognise';
import { sampleBuffer } from '../../src/sample/sample-workbook';

async function checkSample() {
  const book = recognise(await readWorkbook(await sampleBuffer()));
  return { book, result: checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) }) };
}

describe('the bundled sample workbook', () => {
  it('is recognised the way a clerk laid it out', async () => {
    const { book, result } = await checkSample();
    expect(result.profile.id).toBe('xj-xcert');
    expect(result.business).toBe('首次备案');
    expect(book.unrecognised).toEqual([]);
    expect(book.table('examiners')!.sheet.name).toBe('考评员名册');
    expect(book.table('equipment')!.sheet.name).toBe('场地、设施设备清单');
    expect(book.table('xcertData')!.headerRow).toBe(3);
    expect(book.table('xcertData')!.totalRows).toEqual([9]);
  });

  it('shows each planted mistake at its cell', async () => {
    const { result } = await checkSample();
    const at = (rule: string, sheet: string, cell: string) => result.findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);
    expect(at('occupation.name-mismatch', '申请职业（工种）', 'B3')).toBeDefined();
    expect(at('id.checksum', '考评员名册', 'C5')).toBeDefined();
    expect(at('id.numeric', '考评员名册', 'C9')).toBeDefined();
    expect(at('roster.duplicate-id', '工作人员名册', 'C9')).toBeDefined();
    expect(at('date.text', '内部质量督导员', 'G5')).toBeDefined();
    expect(at('occupation.not-applied', '场地、设施设备清单', 'B12')).toBeDefined();
    expect(at('xcert.rate', 'X证书评价数据', 'L7')).toBeDefined();
    expect(at('materials.not-provided', '申请材料', 'C3')).toBeDefined();
  });

  it('the 合计 row computed by formulas is consistent', async () => {
    const { result } = await checkSample();
    expect(result.findings.filter((f) => f.rule === 'xcert.sum-row' || f.rule === 'xcert.total')).toEqual([]);
  });
});
