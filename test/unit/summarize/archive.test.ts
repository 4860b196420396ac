import { extractEntry, listArchive } from '../../../src/summarize/archive';
import { classifyPath } from '../../../src/summarize/inbox';
import { InputError } from '../../../src/read/input-error';
import { gbk, zipBytes } from '../../helpers/zip';

/** 甲机构.xlsx in GBK, as Windows' compressed folders write it on a Chinese system. */
const GBK_NAME = gbk('甲机构.xlsx');

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return (e as InputError).reason;
  }
  throw new Error('not refused');
}

describe('a .zip of submissions, read in place', () => {
  it('lists files (not folders) with their names in UTF-8 or GBK, and extracts stored and deflated entries', () => {
    const buf = zipBytes([
      { name: '河南/', data: '' },
      { name: '河南/乙机构.xlsx', data: 'stored bytes' },
      { name: GBK_NAME, data: 'x'.repeat(1000), deflate: true },
    ]);
    const entries = listArchive(buf);
    expect(entries.map((e) => e.name)).toEqual(['河南/乙机构.xlsx', '甲机构.xlsx']);
    expect(new TextDecoder().decode(extractEntry(buf, entries[0]))).toBe('stored bytes');
    expect(new TextDecoder().decode(extractEntry(buf, entries[1]))).toBe('x'.repeat(1000));
  });

  it('stops an entry that inflates beyond what it declares, while inflating', () => {
    const buf = zipBytes([{ name: 'a.xlsx', data: new Uint8Array(2_000_000), deflate: true, declaredSize: 100_000 }]);
    expect(refusal(() => extractEntry(buf, listArchive(buf)[0]))).toBe('zip-bomb');
  });

  it('refuses per entry: an absurd ratio, a path out of the archive, an encrypted entry, an unknown method', () => {
    const bomb = zipBytes([{ name: 'a.xlsx', data: new Uint8Array(2_000_000), deflate: true }]);
    expect(refusal(() => extractEntry(bomb, listArchive(bomb)[0]))).toBe('zip-bomb');
    const escape = zipBytes([{ name: '../../etc/a.xlsx', data: 'x' }]);
    expect(refusal(() => extractEntry(escape, listArchive(escape)[0]))).toBe('corrupt');
    const locked = zipBytes([{ name: 'a.xlsx', data: 'x', flags: 1 }]);
    expect(refusal(() => extractEntry(locked, listArchive(locked)[0]))).toBe('encrypted');
    const bzip2 = zipBytes([{ name: 'a.xlsx', data: 'x', method: 12 }]);
    expect(refusal(() => extractEntry(bzip2, listArchive(bzip2)[0]))).toBe('corrupt');
  });

  it('refuses a whole archive over the entry count or total size, or without a directory', () => {
    const many = zipBytes(Array.from({ length: 20 }, (_, i) => ({ name: `${i}.xlsx`, data: 'x' })));
    expect(refusal(() => listArchive(many, { maxFileBytes: 1e9, maxUncompressedBytes: 1e9, maxEntries: 10 }))).toBe('zip-bomb');
    const big = zipBytes([{ name: 'a.xlsx', data: 'x', declaredSize: 3_000_000_000 }]);
    expect(refusal(() => listArchive(big))).toBe('zip-bomb');
    expect(refusal(() => listArchive(new Uint8Array(100)))).toBe('corrupt');
  });
});

describe('which files of an inbox are checked', () => {
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
