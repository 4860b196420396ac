import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { compileTemplate, MAX_TEMPLATE_DEPTH, TemplateError } from '../../../src/render/render';
import { deflateRepeated, writeZip } from '../../helpers/zip';

/**
 * A template an office supplies (`fill --templates`) is read under the
 * workbook reader's inflate limits and its structure is bounded before
 * docxtemplater compiles it: a refusal in one Chinese line, in about no time.
 */

function refusal(template: Uint8Array): { message: string; ms: number } {
  const t = performance.now();
  try {
    compileTemplate(template, 'Word 模板 team.docx ');
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return { message: (e as Error).message, ms: performance.now() - t };
  }
  throw new Error('not refused');
}

const BUILT_IN = readFileSync(path.join(__dirname, '../../../templates/team.docx'));

function withDocument(xml: (old: string) => string): Uint8Array {
  const zip = new PizZip(BUILT_IN);
  zip.file('word/document.xml', xml(zip.file('word/document.xml')!.asText()));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('an office’s own Word template', () => {
  it('three entries declaring 1 GiB each: refused before anything is inflated', () => {
    const GiB = 2 ** 30;
    const raw = deflateRepeated(new Uint8Array(), 0x20, 1 << 20, 1024);
    const bomb = writeZip([
      ...Object.entries(new PizZip(BUILT_IN).files).map(([name, f]) => ({ name, data: f.asUint8Array() })),
      ...[1, 2, 3].map((i) => ({ name: `word/media/pad${i}.bin`, data: new Uint8Array(), raw, lie: { cdSize: GiB, localSize: GiB } })),
    ]);
    const r = refusal(bomb);
    expect(r.message).toMatch(/^Word 模板 team\.docx 有误：解压后过大/);
    expect(r.ms).toBeLessThan(2000);
  });

  it('an entry that inflates past what it declares is refused', () => {
    const raw = deflateRepeated(new Uint8Array(), 0x20, 1 << 20, 64);
    const lying = writeZip([...Object.entries(new PizZip(BUILT_IN).files).map(([name, f]) => ({ name, data: f.asUint8Array() })), { name: 'word/media/pad.bin', data: new Uint8Array(), raw, lie: { cdSize: 100, localSize: 100 } }]);
    expect(refusal(lying).message).toMatch(/^Word 模板 team\.docx 有误：/);
  });

  it('3,000 nested loop tags: refused before compiling, in one line', () => {
    const nested = '{#a}'.repeat(3000) + 'x' + '{/a}'.repeat(3000);
    const r = refusal(withDocument((xml) => xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>${nested}</w:t></w:r></w:p>`)));
    expect(r.message).toBe(`Word 模板 team.docx 有误：循环或条件嵌套超过 ${MAX_TEMPLATE_DEPTH} 层`);
    expect(r.ms).toBeLessThan(2000);
  });

  it('the built-in templates are well inside both bounds', () => {
    const dir = path.join(__dirname, '../../../templates');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.docx'))) expect(() => compileTemplate(readFileSync(path.join(dir, f)), f)).not.toThrow();
  });
});
