import PizZip from 'pizzip';
import { fileStem, formsDownload, MIME, zipFiles } from '../../../addin/outputs';

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

  it('says every entry was made on Unix, a plain file, in its central directory', () => {
    const bytes = Buffer.from(zipFiles('a.zip', files).bytes);
    let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    let entries = 0;
    while (at >= 0) {
      // "Version made by": high byte 3 is Unix (APPNOTE 4.4.2.2); external attributes hold the mode.
      expect(bytes[at + 5]).toBe(3);
      expect(bytes.readUInt32LE(at + 38) >>> 16).toBe(0o100644);
      expect(bytes.readUInt16LE(at + 8) & 0x800).toBe(0x800);
      entries++;
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    }
    expect(entries).toBe(files.length);
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

/** What 生成 Word hands out in Excel and WPS, named after the workbook as in the browser. */
describe('formsDownload', () => {
  const form = (name: string) => ({ name, bytes: new Uint8Array([1]), mime: MIME.docx });

  it('zips several forms under the workbook’s name', () => {
    const out = formsDownload({ files: [form('队伍建设情况.docx'), form('检查报告.docx')], unwritten: [], workbook: '郑州某培训学校备案.xlsx' });
    expect(out?.name).toBe('备案表格-郑州某培训学校备案.zip');
    expect(Object.keys(new PizZip(out!.bytes).files).sort()).toEqual(['检查报告.docx', '队伍建设情况.docx']);
  });

  it('hands out one form as itself, and nothing when no form gave a file', () => {
    expect(formsDownload({ files: [form('队伍建设情况.docx')], unwritten: [], workbook: '备案.xlsx' })?.name).toBe('队伍建设情况.docx');
    expect(formsDownload({ files: [], unwritten: [], workbook: '备案.xlsx' })).toBeNull();
  });
});
