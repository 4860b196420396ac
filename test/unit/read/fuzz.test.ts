import fc from 'fast-check';
import { InputError } from '../../../src/read/input-error';
import { readXlsx } from '../../../src/read/xlsx/read-xlsx';
import type { Inflater } from '../../../src/zip/inflate';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { unzipParts, zipParts } from '../../helpers/xlsx-parts';

/**
 * Damaged copies of a real workbook: flipped bits, cut files, parts
 * swapped or emptied. Each either reads or is refused with an InputError
 * of one Chinese line; nothing else may come out, and nothing hangs.
 */

async function outcome(buf: Uint8Array, inflater: Inflater): Promise<'read' | 'refused'> {
  try {
    await readXlsx(buf, { inflater });
    return 'read';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toContain('\n');
    return 'refused';
  }
}

describe('fuzzing the reader with damaged workbooks', () => {
  let sample: Uint8Array;
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    sample = await sampleBuffer();
    parts = unzipParts(sample);
  });
  const inflater = fc.constantFrom<Inflater>('native', 'fflate');

  it('flipped bits anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }), inflater, async (flips, how) => {
        const buf = sample.slice();
        for (const [at, bit] of flips) buf[at % buf.length] ^= 1 << bit;
        await outcome(buf, how);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('files cut short or with bytes cut out', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), inflater, async (a, b, how) => {
        const from = a % sample.length;
        const to = from + (b % (sample.length - from));
        await outcome(new Uint8Array([...sample.subarray(0, from), ...sample.subarray(to)]), how);
      }),
      { numRuns: 150, seed: 12 },
    );
  });

  it('parts swapped, emptied, truncated or XML flipped before zipping', async () => {
    const names = () => Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom('swap', 'empty', 'cut', 'flip'), fc.nat(), inflater, async (i, j, op, n, how) => {
        const list = names();
        const a = list[i % list.length];
        const b = list[j % list.length];
        const copy = { ...parts };
        if (op === 'swap') [copy[a], copy[b]] = [copy[b], copy[a]];
        else if (op === 'empty') copy[a] = new Uint8Array(0);
        else if (op === 'cut') copy[a] = copy[a].subarray(0, n % copy[a].length);
        else {
          const x = copy[a].slice();
          x[n % x.length] ^= 0x20;
          copy[a] = x;
        }
        await outcome(zipParts(copy, 0), how);
      }),
      { numRuns: 200, seed: 13 },
    );
  });
});
