import { annotateWorkbook } from '../../../src/annotate';
import { checkBook, markMeta } from '../../../src/check';
import { openWorkbook } from '../../../src/open';
import { InputError } from '../../../src/read/input-error';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { entryData, readDirectory } from '../../../src/zip/directory';
import { notedRoster, Surgeon, vmlBomb } from '../../hostile/corpus';
import { readZip, writeZip } from '../../helpers/zip';
import { partText } from '../../helpers/package';

/**
 * The annotator's cost follows what it adds, not what the workbook already
 * holds: notes and threads the clerk wrote are edited in one pass over
 * their part, a note drawing no sheet uses is never read, and a part too
 * big to hold is refused before it is inflated.
 */

const TODAY = new Date(Date.UTC(2026, 5, 1));
/** CPU seconds for annotating alone: about 1 s here, against 53 s (and 140 s, then out of memory) before. */
const BOUND = 6;

let surgeon: Surgeon;
beforeAll(async () => {
  surgeon = new Surgeon(readZip(await sampleBuffer()));
});

async function annotate(bytes: Uint8Array): Promise<{ copy: Uint8Array; seconds: number }> {
  const result = checkBook(await openWorkbook(bytes), { today: TODAY });
  const cpu = process.cpuUsage();
  const { bytes: copy } = await annotateWorkbook(bytes, result.findings, markMeta('名册.xlsx', result));
  const used = process.cpuUsage(cpu);
  return { copy, seconds: (used.user + used.system) / 1e6 };
}

describe('a workbook that already holds many notes', () => {
  it('5,000 marked cells with a clerk’s note each: every note kept with the finding below it, in linear time', async () => {
    const { copy, seconds } = await annotate(notedRoster(surgeon, 5000, false));
    expect(seconds).toBeLessThan(BOUND);
    const comments = partText(copy, 'xl/comments1.xml');
    for (const n of [1, 2500, 5000]) {
      const own = comments.indexOf(`请核对第 ${n} 人的证件`);
      expect(own).toBeGreaterThan(0);
      expect(comments.slice(own, comments.indexOf('</comment>', own))).toContain('身份证件号');
    }
  }, 60_000);

  it('3,000 cells holding Excel 365 threads: one reply in each thread, in linear time', async () => {
    const { copy, seconds } = await annotate(notedRoster(surgeon, 3000, true));
    expect(seconds).toBeLessThan(BOUND);
    const threads = partText(copy, 'xl/threadedComments/threadedComment1.xml');
    const reviewer = /id="(\{[^"]+\})"[^>]*providerId="None"/.exec(partText(copy, 'xl/persons/person.xml').split('displayName="备案检查"')[1])![1];
    expect(threads.split(`personId="${reviewer}"`).length - 1).toBe(3000);
    expect(threads.split('parentId="{00000001-0000-4000-8000-000000000000}"').length - 1).toBe(1);
  }, 60_000);
});

describe('a note drawing too big to hold', () => {
  it('one no sheet uses (1.4 GB inflated) is copied byte for byte, never read', async () => {
    const bytes = surgeon.zip({}, [vmlBomb('xl/drawings/vmlDrawing9.vml')]);
    const { copy, seconds } = await annotate(bytes);
    expect(seconds).toBeLessThan(BOUND);
    const stored = (b: Uint8Array) => Buffer.from(entryData(b, readDirectory(b).entries.find((e) => e.name === 'xl/drawings/vmlDrawing9.vml')!));
    expect(stored(copy).equals(stored(bytes))).toBe(true);
  }, 60_000);

  it('the drawing of the marked sheet is refused in one Chinese line before it is inflated', async () => {
    const entries = readZip(notedRoster(surgeon, 1, false)).map((e) => (e.name === 'xl/drawings/vmlDrawing1.vml' ? vmlBomb(e.name) : e));
    const bytes = writeZip(entries);
    const refusal = await annotate(bytes).then(() => undefined, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).message).toBe('工作簿内部文件 xl/drawings/vmlDrawing1.vml 解压后有 1.3 GB，超过可处理的上限 128 MB，无法另存副本');
  }, 60_000);
});
