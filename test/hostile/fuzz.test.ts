import fc from 'fast-check';
import { checkBook, CheckSetupError } from '../../src/check';
import { openWorkbook } from '../../src/open';
import { InputError } from '../../src/read/input-error';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { lineProblems } from './verdicts';
import { readZip, writeZip, type ZipEntry } from '../helpers/zip';

/**
 * The reader (and recognition and the rules behind it) over mutated valid
 * workbooks: whatever the damage, the answer is a checked workbook, an
 * InputError, or (when 机构信息 lost its 适用规则) the check's own setup
 * error, each with one Chinese line — never another exception, English, or
 * a hang.
 * Seeded, so a failure reproduces; numRuns keeps it to seconds.
 */

const SEED = 20261127;
const RUNS = 100;
/** Far above what the sample takes to read; a mutation that makes reading this slow is a hang in the making. */
const MAX_MS = 3000;

let sample: Uint8Array;
let entries: ZipEntry[];
beforeAll(async () => {
  sample = await sampleBuffer();
  entries = readZip(sample);
});

async function survives(bytes: Uint8Array): Promise<void> {
  const start = performance.now();
  try {
    const book = await openWorkbook(bytes);
    checkBook(book, { today: new Date(Date.UTC(2026, 5, 1)) });
  } catch (e) {
    if (!(e instanceof InputError || e instanceof CheckSetupError)) throw new Error(`not an InputError: ${(e as Error)?.stack ?? e}`);
    const problems = lineProblems(e.message, [], true);
    if (problems.length) throw new Error(`${problems.join('; ')}: ${e.message}`);
  }
  const ms = performance.now() - start;
  if (ms > MAX_MS) throw new Error(`took ${Math.round(ms)} ms`);
}

const property = (arb: fc.Arbitrary<Uint8Array>) => fc.assert(fc.asyncProperty(arb, survives), { seed: SEED, numRuns: RUNS });

describe('the reader survives mutated workbooks', () => {
  it('bit flips anywhere in the file', async () => {
    await property(
      fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 16 }).map((flips) => {
        const b = Buffer.from(sample);
        for (const f of flips) b[f.at % b.length] ^= 1 << f.bit;
        return b;
      }),
    );
  });

  it('truncation of the file, or of one part’s XML re-zipped', async () => {
    await property(
      fc.oneof(
        fc.nat().map((n) => sample.subarray(0, n % sample.length)),
        fc.record({ part: fc.nat(), at: fc.nat() }).map(({ part, at }) => {
          const i = part % entries.length;
          return writeZip(entries.map((e, j) => (j === i ? { ...e, data: e.data.subarray(0, at % (e.data.length + 1)) } : e)));
        }),
      ),
    );
  });

  it('byte damage inside one part’s XML, re-zipped with a valid directory', async () => {
    await property(
      fc
        .record({ part: fc.nat(), flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }) })
        .map(({ part, flips }) => {
          const i = part % entries.length;
          const data = Buffer.from(entries[i].data);
          for (const f of flips) if (data.length) data[f.at % data.length] = f.byte;
          return writeZip(entries.map((e, j) => (j === i ? { ...e, data } : e)));
        }),
    );
  });

  it('entries swapped, dropped or duplicated', async () => {
    await property(
      fc.record({ a: fc.nat(), b: fc.nat(), op: fc.constantFrom('swap', 'drop', 'duplicate') }).map(({ a, b, op }) => {
        const i = a % entries.length;
        const j = b % entries.length;
        const list = entries.map((e) => ({ ...e }));
        if (op === 'swap') [list[i].data, list[j].data] = [list[j].data, list[i].data];
        if (op === 'drop') list.splice(i, 1);
        if (op === 'duplicate') list.push({ ...list[i], data: list[j].data });
        return writeZip(list);
      }),
    );
  });
});
