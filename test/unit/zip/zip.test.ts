import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Package } from '../../../src/annotate/package';
import { InputError } from '../../../src/read/input-error';
import { readWorkbook } from '../../../src/read/read-workbook';
import { partKey, relsPartOf, resolveTarget } from '../../../src/zip/opc';
import { buildXlsx, str, zipParts, type Parts } from '../../helpers/xlsx-parts';
import { writeZip } from '../../helpers/zip';

/** A one-sheet workbook moved to other part names, the relationships saying where. */
function moved(parts: Parts, renames: Record<string, string>, rels: Record<string, [string, string]>): Parts {
  const out: Parts = {};
  for (const [name, data] of Object.entries(parts)) {
    let d = data;
    for (const [part, [from, to]] of Object.entries(rels)) if (name === part && typeof d === 'string') d = d.replace(from, to);
    out[renames[name] ?? name] = d;
  }
  return out;
}

const ONE_SHEET = buildXlsx({ sheets: [{ name: '考评人员', rows: `<row r="1">${str('A1', '张三')}</row>` }] });

async function firstCell(bytes: Uint8Array): Promise<unknown> {
  const wb = await readWorkbook(bytes);
  return wb.sheets[0].cell(1, 1)?.value;
}

describe('one relationship resolver for the reader and the annotator', () => {
  it('resolves `\\`, percent-escapes, `.` and `..`, and absolute targets alike', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets\\sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/./vmlDrawing1.vml')).toBe('xl/drawings/vmlDrawing1.vml');
    expect(resolveTarget('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('xl/workbook.xml', 'bad%zzname.xml')).toBe('xl/bad%zzname.xml');
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
    expect(partKey('XL/Sheet%201.xml')).toBe(partKey('xl/sheet 1.xml'));
  });

  it('a sheet named by a percent-escaped, back-slashed target is the one part both read', async () => {
    const parts = moved(
      ONE_SHEET,
      { 'xl/worksheets/sheet1.xml': 'xl/worksheets/sheet 1.xml' },
      { 'xl/_rels/workbook.xml.rels': ['Target="worksheets/sheet1.xml"', 'Target="worksheets\\sheet%201.xml"'] },
    );
    const bytes = zipParts(parts);
    expect(await firstCell(bytes)).toBe('张三');
    const rels = await new Package(bytes).rels('xl/workbook.xml');
    expect(rels.find((r) => r.id === 'rIdS1')?.part).toBe('xl/worksheets/sheet 1.xml');
  });
});

describe('the gate finds a workbook the way the package names it', () => {
  it('reads a workbook part at book/workbook.xml, found through _rels/.rels', async () => {
    const parts = moved(
      ONE_SHEET,
      { 'xl/workbook.xml': 'book/workbook.xml', 'xl/_rels/workbook.xml.rels': 'book/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml': 'book/worksheets/sheet1.xml' },
      { '_rels/.rels': ['Target="xl/workbook.xml"', 'Target="book/workbook.xml"'] },
    );
    expect(await firstCell(zipParts(parts))).toBe('张三');
  });

  it('refuses a package with two entries of one name, or of names differing only in case, in one Chinese line', async () => {
    const enc = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);
    const entries = Object.entries(ONE_SHEET).map(([name, data]) => ({ name, data: enc(data) }));
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    for (const twin of ['xl/worksheets/sheet1.xml', 'XL/Worksheets/Sheet1.xml']) {
      const bytes = writeZip([...entries, { name: twin, data: enc(String(sheet.data).replace('张三', '李四')) }]);
      const refusal = await readWorkbook(bytes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(InputError);
      expect((refusal as InputError).message).toMatch(/^工作簿中有同名的内部文件（[^\n]*$/);
    }
  });
});

describe('the zip layer', () => {
  it('imports nothing from the layers above it', () => {
    const dir = path.join(__dirname, '../../../src/zip');
    for (const f of readdirSync(dir)) expect(readFileSync(path.join(dir, f), 'utf8')).not.toMatch(/from '\.\.\//);
  });
});
