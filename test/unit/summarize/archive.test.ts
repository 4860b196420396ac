import { archiveContents, extractEntry, listArchive } from '../../../src/summarize/archive';
import { classifyPath } from '../../../src/summarize/inbox';
import { InputError } from '../../../src/read/input-error';
import { gbk, zipBytes } from '../../helpers/zip';

/** 甲机构.xlsx in GBK, as Windows' compressed folders write it on a Chinese system. */
const GBK_NAME = gbk('甲机构.xlsx');

async function refusal(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return (e as InputError).reason;
  }
  throw new Error('not refused');
}

describe('a .zip of submissions, read in place', () => {
  it('lists files (not folders) with their names in UTF-8 or GBK, and extracts stored and deflated entries', async () => {
    const buf = zipBytes([
      { name: '河南/', data: '' },
      { name: '河南/乙机构.xlsx', data: 'stored bytes' },
      { name: GBK_NAME, data: 'x'.repeat(1000), deflate: true },
    ]);
    const entries = listArchive(buf);
    expect(entries.map((e) => e.name)).toEqual(['河南/乙机构.xlsx', '甲机构.xlsx']);
    expect(new TextDecoder().decode(await extractEntry(buf, entries[0]))).toBe('stored bytes');
    expect(new TextDecoder().decode(await extractEntry(buf, entries[1]))).toBe('x'.repeat(1000));
  });

  it('stops an entry that inflates beyond what it declares, while inflating', async () => {
    const buf = zipBytes([{ name: 'a.xlsx', data: new Uint8Array(2_000_000), deflate: true, declaredSize: 100_000 }]);
    expect(await refusal(() => extractEntry(buf, listArchive(buf)[0]))).toBe('zip-bomb');
  });

  it('refuses per entry: an absurd ratio, a path out of the archive, an encrypted entry, an unknown method', async () => {
    const bomb = zipBytes([{ name: 'a.xlsx', data: new Uint8Array(2_000_000), deflate: true }]);
    expect(await refusal(() => extractEntry(bomb, listArchive(bomb)[0]))).toBe('zip-bomb');
    const escape = zipBytes([{ name: '../../etc/a.xlsx', data: 'x' }]);
    expect(await refusal(() => extractEntry(escape, listArchive(escape)[0]))).toBe('corrupt');
    const locked = zipBytes([{ name: 'a.xlsx', data: 'x', flags: 1 }]);
    expect(await refusal(() => extractEntry(locked, listArchive(locked)[0]))).toBe('encrypted');
    const bzip2 = zipBytes([{ name: 'a.xlsx', data: 'x', method: 12 }]);
    expect(await refusal(() => extractEntry(bzip2, listArchive(bzip2)[0]))).toBe('corrupt');
  });

  it('refuses a whole archive over the entry count or total size, or without a directory', async () => {
    const many = zipBytes(Array.from({ length: 20 }, (_, i) => ({ name: `${i}.xlsx`, data: 'x' })));
    expect(await refusal(() => listArchive(many, { maxFileBytes: 1e9, maxUncompressedBytes: 1e9, maxEntries: 10 }))).toBe('zip-bomb');
    const big = zipBytes([{ name: 'a.xlsx', data: 'x', declaredSize: 3_000_000_000 }]);
    expect(await refusal(() => listArchive(big))).toBe('zip-bomb');
    expect(await refusal(() => listArchive(new Uint8Array(100)))).toBe('corrupt');
  });
});

describe('which files of an inbox are checked', () => {
  it('checks the workbooks of an archive up to what its size allows to inflate, and names a few of the rest in one line', () => {
    // Directory entries that all point at one workbook's bytes: a small archive that would inflate without end.
    const list = Array.from({ length: 5000 }, (_, i) => ({ name: `${String(i).padStart(4, '0')}.xlsx`, method: 8, encrypted: false, compressedSize: 30_000, size: 60_000, localOffset: 0 }));
    const { workbooks, skipped } = archiveContents(list, '收件.zip', 40_000);
    expect(workbooks.length).toBe(Math.floor((100 * 1024 * 1024) / 60_000));
    expect(skipped).toHaveLength(1);
    expect(skipped[0].reason).toContain(`其余 ${5000 - workbooks.length} 个文件未检查`);
    expect(skipped[0].reason).toContain('等');
    expect(skipped[0].reason.length).toBeLessThan(300);
  });


  it('opens spreadsheets and archives; passes over lock files, hidden files and other files with a reason', () => {
    expect(classifyPath('河南/甲.xlsx')).toEqual({ kind: 'workbook' });
    expect(classifyPath('乙.XLS')).toEqual({ kind: 'workbook' });
    expect(classifyPath('丙.ods')).toEqual({ kind: 'workbook' });
    expect(classifyPath('收件.zip')).toEqual({ kind: 'archive' });
    expect(classifyPath('~$甲.xlsx')).toMatchObject({ kind: 'skip', reason: expect.stringContaining('锁定文件') });
    expect(classifyPath('.甲.xlsx')).toMatchObject({ kind: 'skip', reason: '隐藏文件' });
    expect(classifyPath('__MACOSX/._甲.xlsx')).toMatchObject({ kind: 'skip', reason: '位于隐藏目录中' });
    expect(classifyPath('说明.pdf')).toMatchObject({ kind: 'skip', reason: '不是工作簿文件（.pdf）' });
  });
});
