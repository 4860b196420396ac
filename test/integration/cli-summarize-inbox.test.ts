import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { orgSpec } from '../helpers/batch';
import { zipBytes } from '../helpers/zip';

/**
 * What an office's inbox holds that is not a plain folder of workbooks:
 * an output path that names a received file, hard links, an archive whose
 * workbooks are stored without compression.
 */

async function box(): Promise<string> {
  const dir = path.join(tempDir(), '收件');
  mkdirSync(dir);
  writeFileSync(path.join(dir, '甲.xlsx'), await xlsxBuffer(orgSpec('甲机构', 1)));
  writeFileSync(path.join(dir, '乙.xlsx'), await xlsxBuffer(orgSpec('乙机构', 2)));
  return dir;
}

describe('summarize: the inbox is never overwritten or counted twice', () => {
  it('refuses an output that is one of the received workbooks, even with --force, and leaves it as it was', async () => {
    const dir = await box();
    const received = path.join(dir, '乙.xlsx');
    const before = readFileSync(received);
    const r = await beian(['summarize', dir, '--kind', 'report', '-o', path.join(path.dirname(dir), '汇总.docx'), '--xlsx', received, '--force']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('就是收到的文件');
    expect(readFileSync(received).equals(before)).toBe(true);
  });

  it('checks a workbook reached by two hard links once', async () => {
    const dir = await box();
    linkSync(path.join(dir, '甲.xlsx'), path.join(dir, '甲-副本.xlsx'));
    const r = await beian(['summarize', dir, '--kind', 'report', '-o', path.join(path.dirname(dir), '汇总.docx'), '--json']);
    const json = JSON.parse(r.out) as { workbooks: { file: string }[]; skipped: { file: string; reason: string }[] };
    expect(json.workbooks.map((e) => e.file).sort()).toEqual(['收件/乙.xlsx', '收件/甲-副本.xlsx'].sort());
    expect(json.skipped).toContainEqual({ file: '收件/甲.xlsx', reason: '与前面给出的文件是同一个文件' });
  });

  it('checks every workbook of an archive stored without compression', async () => {
    const names = ['甲', '乙', '丙', '丁', '戊'];
    const items = await Promise.all(names.map(async (n, i) => ({ name: `${n}.xlsx`, data: await xlsxBuffer(orgSpec(`${n}机构`, i + 1)) })));
    const root = tempDir();
    const zip = path.join(root, '收件.zip');
    writeFileSync(zip, zipBytes(items));
    const r = await beian(['summarize', zip, '--kind', 'report', '-o', path.join(root, '汇总.docx'), '--json']);
    const json = JSON.parse(r.out) as { workbooks: { file: string; status: string; reason?: string }[] };
    expect(json.workbooks.map((e) => [e.file, e.status === 'unreadable' ? e.reason : 'checked']).sort()).toEqual(names.map((n) => [`收件.zip/${n}.xlsx`, 'checked']).sort());
  }, 120_000);
});
