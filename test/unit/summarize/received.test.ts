import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { InboxWalker } from '../../../src/cli/inbox';
import { planReceived, type ReceivedFile } from '../../../src/summarize/received';
import { tempDir } from '../../helpers/cli';

/** Every file below `root`'s folder as a browser hands over a picked folder: paths from the folder's own name, hidden files included. */
function picked(box: string): ReceivedFile[] {
  const out: ReceivedFile[] = [];
  const walk = (dir: string, shown: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${shown}/${name}`);
      else out.push({ path: `${shown}/${name}`, size: statSync(full).size });
    }
  };
  walk(box, path.basename(box));
  // Browsers hand files over in no promised order.
  return out.reverse();
}

describe('planReceived: a picked folder as beian summarize walks it', () => {
  it('gives the same files in the same order, and passes over the same ones for the same reasons', async () => {
    const box = path.join(tempDir(), '收件');
    for (const d of ['甲', '乙/丙', '.git/objects', '丁']) mkdirSync(path.join(box, d), { recursive: true });
    const files = ['甲-早先.xlsx', '甲/新.xlsx', '乙/丙/一.xls', '乙/二.ods', '丁/~$锁.xlsx', '丁/说明.pdf', '.DS_Store', '.git/objects/x.xlsx', '丁/备案.XLSX', '丁/无扩展名'];
    for (const f of files) writeFileSync(path.join(box, f), 'x');
    const cli = await new InboxWalker().collect([box]);
    const plan = planReceived(picked(box));
    expect(plan.filter((p) => 'open' in p).map((p) => p.file)).toEqual(cli.entries.map((e) => e.file));
    expect(plan.flatMap((p) => ('skip' in p ? [{ file: p.file, reason: p.skip }] : []))).toEqual(cli.skipped);
  });

  it('opens a file given alone whatever its name, lists one over the size limit with why, and reads a file given twice once', () => {
    const plan = planReceived(
      [
        { path: '报送.zip', size: 10 },
        { path: '名册.txt', size: 10 },
        { path: '大.xlsx', size: 300 },
        { path: '名册.txt', size: 10 },
      ],
      100,
    );
    expect(plan).toEqual([
      { file: '名册.txt', open: 'workbook', index: 1 },
      { file: '名册.txt', skip: '与前面给出的文件是同一个文件' },
      { file: '大.xlsx', reason: expect.stringContaining('超过上限') },
      { file: '报送.zip', open: 'archive', index: 0 },
    ]);
  });
});
