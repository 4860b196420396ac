import fc from 'fast-check';
import { useNodeCodec } from '../../../src/cli/zip-codec';
import { InputError } from '../../../src/read/input-error';
import { readWorkbook } from '../../../src/read/read-workbook';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { buildXlsx, str, zipParts } from '../../helpers/xlsx-parts';

/**
 * The CLI inflates small parts with Node's zlib instead of fflate: the same
 * model, the same refusals. (The switch is global to this file's module
 * registry: each case reads once with fflate, then with zlib.)
 */

async function outcome(buf: Uint8Array): Promise<unknown> {
  try {
    return await readWorkbook(buf);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message).not.toContain('\n');
    return e.message;
  }
}

/** A workbook whose directory understates its sheet, and one whose sheet's deflate data is cut short. */
function damaged(): Uint8Array[] {
  const parts = buildXlsx({ strings: ['<t>a</t>'], sheets: [{ name: 'S', rows: `<row r="1">${str('A1', 'x'.repeat(10000))}</row>`.repeat(20) }] });
  const understated = zipParts(parts);
  const cut = zipParts(parts);
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const central = (b: Uint8Array): number => {
    for (let p = b.length - 46; p >= 0; p--) {
      if (view(b).getUint32(p, true) === 0x02014b50 && new TextDecoder().decode(b.subarray(p + 46, p + 46 + view(b).getUint16(p + 28, true))) === 'xl/worksheets/sheet1.xml') return p;
    }
    throw new Error('no sheet');
  };
  view(understated).setUint32(central(understated) + 24, 1000, true);
  const c = central(cut);
  view(cut).setUint32(c + 20, view(cut).getUint32(c + 20, true) >> 1, true);
  return [understated, cut];
}

describe("Node's zlib for small parts", () => {
  it('reads and refuses as fflate does', async () => {
    const sample = await sampleBuffer();
    const cases = [sample, ...damaged()];
    const byFflate = await Promise.all(cases.map(outcome));
    expect(typeof byFflate[1]).toBe('string');
    expect(typeof byFflate[2]).toBe('string');
    useNodeCodec();
    expect(await Promise.all(cases.map(outcome))).toEqual(byFflate);
  });

  it('damaged copies are read or refused with one Chinese line', async () => {
    useNodeCodec();
    const sample = await sampleBuffer();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const buf = sample.slice();
        for (const [at, bit] of flips) buf[at % buf.length] ^= 1 << bit;
        await outcome(buf);
      }),
      { numRuns: 200, seed: 21 },
    );
  });
});
