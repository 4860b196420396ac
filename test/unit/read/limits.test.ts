import { InputError } from '../../../src/read/input-error';
import type { ReadLimits } from '../../../src/read/limits';
import { readWorkbook } from '../../../src/read/read-workbook';
import { buildXlsx, Parts, str, xlsx, zipParts } from '../../helpers/xlsx-parts';

async function refusal(buf: Uint8Array, limits: Partial<ReadLimits> = {}): Promise<InputError> {
  const t0 = Date.now();
  try {
    await readWorkbook(buf, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((e as Error).message).not.toContain('\n');
    expect(Date.now() - t0).toBeLessThan(5000);
    return e as InputError;
  }
  throw new Error('read without refusal');
}

const sheet = (rows: string, after = ''): Parts => buildXlsx({ strings: ['<t>a</t>', '<t>b</t>'], sheets: [{ name: 'S', rows, after }] });
const SHEET = '工作表“S”（xl/worksheets/sheet1.xml）已损坏：';

/** Offset of an entry's central-directory record. */
function centralRecord(buf: Uint8Array, name: string): number {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const needle = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < buf.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50 || view.getUint16(p + 28, true) !== needle.length) continue;
    if (needle.every((b, i) => buf[p + 46 + i] === b)) return p;
  }
  throw new Error(`no central record for ${name}`);
}

describe('limits enforced while inflating', () => {
  it('a zip directory that understates a part is stopped at the declared size', async () => {
    const buf = zipParts(sheet(`<row r="1">${str('A1', 'x'.repeat(10000))}</row>`.repeat(200)));
    new DataView(buf.buffer).setUint32(centralRecord(buf, 'xl/worksheets/sheet1.xml') + 24, 1000, true);
    const e = await refusal(buf);
    expect(e.message).toBe(`${SHEET}解压后的大小与压缩包目录不符`);
    expect(e.detail).toMatch(/declared 1000/);
  });

  it('a bomb that declares its true size is stopped at the inflate budget, not after it', async () => {
    const buf = zipParts(sheet('<x/>'.repeat(2_000_000)));
    expect(buf.length).toBeLessThan(100_000);
    const e = await refusal(buf, { maxInflateRatio: 100, inflateFloorBytes: 1024 * 1024 });
    expect(e.reason).toBe('zip-bomb');
    const budget = Math.max(1024 * 1024, 100 * buf.length);
    expect(e.message).toBe(`工作簿解压后大小超过 ${(budget / 1048576).toFixed(0)} MB，疑似压缩炸弹，已拒绝读取`);
  });

  it('an encrypted entry or an unknown compression method', async () => {
    const buf = zipParts(sheet(''));
    const view = new DataView(buf.buffer);
    view.setUint16(centralRecord(buf, 'xl/worksheets/sheet1.xml') + 8, 1, true);
    expect((await refusal(buf)).message).toBe(`${SHEET}部件已加密`);
    const other = zipParts(sheet(''));
    new DataView(other.buffer).setUint16(centralRecord(other, 'xl/worksheets/sheet1.xml') + 10, 14, true);
    expect((await refusal(other)).message).toBe(`${SHEET}使用了不支持的压缩方式`);
  });
});

describe('limits enforced while parsing', () => {
  it('XML attacks: deep nesting, a huge attribute, a huge text, an undefined entity', async () => {
    expect((await refusal(zipParts(sheet('<a>'.repeat(300) + '</a>'.repeat(300))))).message).toBe(`${SHEET}XML 嵌套过深`);
    expect((await refusal(zipParts(sheet(`<row r="1" x="${'a'.repeat(2_000_000)}"/>`)))).message).toBe(`${SHEET}XML 中有超长的文本或属性`);
    expect((await refusal(zipParts(sheet(`<row r="1"><c r="A1" t="str"><v>${'长'.repeat(1_100_000)}</v></c></row>`)))).message).toBe(`${SHEET}XML 中有超长的文本或属性`);
    expect((await refusal(zipParts(sheet('<row r="1"><c r="A1" t="str"><v>&lol9;</v></c></row>')))).message).toBe(`${SHEET}XML 含有未定义的实体`);
  });

  it('rows, cells, shared strings, string length, merges and sheets', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="B${i + 1}"><v>2</v></c></row>`).join('');
    expect(await refusal(zipParts(sheet(rows)), { maxRows: 4 })).toMatchObject({ reason: 'too-many-rows', message: '工作表“S”超过 4 行，已拒绝读取' });
    expect((await refusal(zipParts(sheet(rows)), { maxCells: 9 })).message).toBe('工作簿的单元格超过上限 9 个，已拒绝读取');
    expect((await refusal(zipParts(sheet('')), { maxSharedStrings: 1 })).message).toBe('工作簿的共享字符串超过上限 1 个，已拒绝读取');
    expect((await refusal(zipParts(sheet(`<row r="1">${str('A1', '文'.repeat(40))}</row>`)), { maxStringLength: 32 })).message).toBe(`${SHEET}有超过 32 个字符的文字`);
    const merges = '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/></mergeCells>';
    expect((await refusal(zipParts(sheet(rows, merges)), { maxMerges: 1 })).message).toBe('工作簿的合并单元格区域超过上限 1 个，已拒绝读取');
    const three = xlsx({ sheets: ['a', 'b', 'c'].map((name) => ({ name, rows: '' })) });
    expect((await refusal(three, { maxSheets: 2 })).message).toBe('工作簿有 3 个工作表，超过上限 2 个，已拒绝读取');
  });

  it('merges over a whole sheet cost the cells present; thousands of them overlapping are refused, not cleared for minutes', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join('');
    const whole = (n: number) => `<mergeCells>${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 1}:XFD1048576"/>`).join('')}</mergeCells>`;
    const t0 = Date.now();
    const s = (await readWorkbook(zipParts(sheet(rows, whole(100))))).sheets[0];
    expect(Date.now() - t0).toBeLessThan(5000);
    expect([s.value(1, 1), s.value(1, 16384), s.value(2, 1), s.value(2000, 1), s.rowCount, s.colCount]).toEqual([1, null, null, null, 1, 1]);
    expect((await refusal(zipParts(sheet(rows, whole(10000))))).message).toBe('工作表“S”的合并单元格区域过多或相互重叠，已拒绝读取');
  });
});
