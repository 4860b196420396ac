import PizZip from 'pizzip';
import { fileStem, MIME, zipFiles } from '../../../addin/outputs';

/** The one .zip the pane hands out for several Word files. */
describe('zipFiles', () => {
  const files = [
    { name: '队伍建设情况.docx', bytes: new Uint8Array([1, 2, 3]), mime: MIME.docx },
    { name: '考核点推荐函-第一考核点.docx', bytes: new Uint8Array([4, 5]), mime: MIME.docx },
  ];

  it('keeps every file under its Chinese name, byte for byte', () => {
    const out = zipFiles('备案表格-示例.zip', files);
    expect(out).toMatchObject({ name: '备案表格-示例.zip', mime: MIME.zip });
    const zip = new PizZip(out.bytes);
    for (const f of files) expect([...zip.file(f.name)!.asUint8Array()]).toEqual([...f.bytes]);
    // The UTF-8 flag (general purpose bit 11), so Windows' own unzip shows the Chinese names.
    expect(Buffer.from(out.bytes).readUInt16LE(6) & 0x800).toBe(0x800);
  });

  it('is the same bytes every time (fixed entry dates)', () => {
    expect(Buffer.from(zipFiles('a.zip', files).bytes).equals(Buffer.from(zipFiles('a.zip', files).bytes))).toBe(true);
  });
});

describe('fileStem', () => {
  it('names outputs after the workbook', () => {
    expect(fileStem('示例工作簿.xlsx')).toBe('示例工作簿');
    expect(fileStem('名册.v2.xlsm')).toBe('名册.v2');
    expect(fileStem('.xlsx')).toBe('工作簿');
  });
});
