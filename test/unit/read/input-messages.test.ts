import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../../src/read/input-error';
import { INPUT_MESSAGES, inputError, type InputMessageKey } from '../../../src/read/input-messages';

const ROOTS = ['src', 'addin'].map((d) => path.resolve(__dirname, '../../..', d));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f) : /\.tsx?$/.test(n) ? [f] : [];
  });
}

/** Sample parameters for every placeholder a line may take. */
const SAMPLE = { size: 250 * 1048576, limit: 200 * 1048576, count: 3, name: 'a.xlsx', label: '工作表“甲”', kind: '不完整', book: '工作簿结构', sheet: '甲', format: 'Excel 97-2003 工作簿（.xls）', names: '甲、乙', rows: 9, part: 'xl/workbook.xml', what: '目录不完整', method: 99, title: '队伍建设情况', file: 'a.xlsx' };

describe('the catalogue of input-error lines', () => {
  it.each(Object.keys(INPUT_MESSAGES) as InputMessageKey[])('%s is one Chinese line with its reason', (key) => {
    const e = (inputError as (k: InputMessageKey, ...a: unknown[]) => InputError)(key, SAMPLE);
    expect(e).toBeInstanceOf(InputError);
    expect(e.reason).toBe(INPUT_MESSAGES[key].reason);
    expect(e.message).toMatch(/\p{Script=Han}/u);
    expect(e.message).not.toMatch(/\n|undefined|NaN|\[object/);
  });

  it('states sizes as before: a file to a tenth of a megabyte, a limit in whole megabytes or gigabytes', () => {
    expect(inputError('file-too-large', { size: 250 * 1048576, limit: 200 * 1048576 }).message).toBe('文件大小 250.0 MB，超过上限 200 MB');
    expect(inputError('part-inflates-too-much', { limit: 2 * 1073741824 }).message).toBe('工作簿解压后大小超过 2 GB，疑似压缩炸弹，已拒绝读取');
    expect(inputError('part-inflates-too-much', { limit: 300 * 1048576 }).message).toBe('工作簿解压后大小超过 300 MB，疑似压缩炸弹，已拒绝读取');
    expect(inputError('path-too-large', { file: 'a.xlsx', size: 5 * 1048576, limit: 32 * 1048576 }).message).toBe('“a.xlsx”大小 5.0 MB，超过上限 32 MB');
  });

  it('keeps the library text for --debug apart from the line', () => {
    expect(inputError('zip-damaged', 'bad central directory')).toMatchObject({ reason: 'corrupt', detail: 'bad central directory' });
    expect(inputError('part-broken', { label: '样式表', kind: '不完整' }, 'inflate failed')).toMatchObject({ message: '样式表已损坏：不完整', detail: 'inflate failed' });
  });

  it('is the only place a line is written: no InputError is built from a literal elsewhere', () => {
    const inline = ROOTS.flatMap(files)
      .filter((f) => !f.endsWith('input-messages.ts'))
      .flatMap((f) => (readFileSync(f, 'utf8').match(/new InputError\(\s*['`]/g) ?? []).map(() => path.relative(path.resolve(__dirname, '../../..'), f)));
    expect(inline).toEqual([]);
  });
});
