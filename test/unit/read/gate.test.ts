import { gate } from '../../../src/read/gate';
import { InputError } from '../../../src/read/input-error';
import { xlsxBuffer } from '../../helpers/book';
import PizZip from 'pizzip';

function reason(buf: Uint8Array): string {
  try {
    gate(buf);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((e as Error).message).not.toContain('\n');
    return (e as InputError).reason;
  }
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('input gate', () => {
  it('accepts a real .xlsx', async () => {
    expect(reason(await xlsxBuffer({ 考评人员: [['姓名']] }))).toBe('ok');
  });

  it('names what an unreadable file is', () => {
    expect(reason(new Uint8Array())).toBe('empty');
    expect(reason(Buffer.from('姓名,身份证件号\n张三,110105194912310021\n'))).toBe('csv');
    expect(reason(Buffer.from([...CFB, ...new Array(600).fill(0)]))).toBe('xls');
    const enc = Buffer.concat([Buffer.from(CFB), Buffer.alloc(100), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(100)]);
    expect(reason(enc)).toBe('encrypted');
    expect(reason(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]))).toBe('not-xlsx');
  });

  it('tells a Word document and a truncated zip from a workbook', () => {
    const docx = new PizZip();
    docx.file('word/document.xml', '<w:document/>');
    docx.file('[Content_Types].xml', '<Types/>');
    expect(reason(docx.generate({ type: 'uint8array' }))).toBe('not-xlsx');
    const zip = new PizZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const full = zip.generate({ type: 'uint8array' });
    expect(reason(full.subarray(0, full.length - 30))).toBe('corrupt');
  });

  it('refuses a zip bomb by its declared sizes, without inflating it', () => {
    const zip = new PizZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', 'a'.repeat(5_000_000));
    const buf = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
    expect(() => gate(buf, { maxFileBytes: 1e9, maxUncompressedBytes: 1_000_000, maxEntries: 100 })).toThrow(/压缩炸弹/);
  });

  it('refuses a file over the size limit', async () => {
    const buf = await xlsxBuffer({ 考评人员: [['姓名']] });
    expect(() => gate(buf, { maxFileBytes: 100, maxUncompressedBytes: 1e9, maxEntries: 100 })).toThrow(/超过上限/);
  });
});
