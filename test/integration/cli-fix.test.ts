import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/model/cell';
import { openWorkbook } from '../../src/open';
import { xlsxBuffer, type BookSpec } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { compliantSpec } from '../helpers/compliant';
import { sameBytes, storedEntries } from '../helpers/package';

const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** The XJ filing with a text date, a level written as 高级工, a lowercase x, a numeric ID and a wrong 获证率. */
async function filing(): Promise<Buffer> {
  const spec: BookSpec = compliantSpec('xj-xcert', '首次备案');
  const examiners = spec['考评人员'];
  examiners[1][5] = '高级工';
  examiners[2][2] = '11010519491231002x';
  examiners[3][2] = 650103198003150000;
  // Row 4 has a real date in the column's own format; row 5 types one as text.
  examiners[3][9] = new Date(Date.UTC(2025, 0, 1));
  examiners[4][9] = '2026.1.1';
  spec['X证书评价数据'][1][11] = '50%';
  return xlsxBuffer(spec, (wb: ExcelJS.Workbook) => {
    wb.getWorksheet('考评人员')!.getCell('J4').numFmt = DATE_FORMAT;
  });
}

function setup(): { dir: string; src: string; out: string } {
  const dir = tempDir();
  return { dir, src: path.join(dir, '备案.xlsx'), out: path.join(dir, '备案-修正.xlsx') };
}

async function cellOf(bytes: Uint8Array, sheet: string, ref: string): Promise<{ value: CellValue; numFmt: string | null }> {
  const book = await openWorkbook(bytes);
  const s = book.workbook.sheet(sheet)!;
  const m = /^([A-Z])(\d+)$/.exec(ref)!;
  const [row, col] = [Number(m[2]), m[1].charCodeAt(0) - 64];
  return { value: s.value(row, col), numFmt: s.numFmt(row, col) };
}

describe('beian fix', () => {
  let input: Buffer;
  beforeAll(async () => {
    input = await filing();
  });

  test('writes the fixed copy, lists each change in Chinese and leaves the input as it was', async () => {
    const { src, out } = setup();
    writeFileSync(src, input);
    const r = await beian(['fix', src, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('可自动修正 4 处');
    expect(r.out).toContain('考评人员 F2（本职业技能等级）：“高级工” → “三级/高级工”');
    expect(r.out).toContain('考评人员 C3（身份证件号）：“11010519491231002x” → “11010519491231002X”');
    expect(r.out).toContain('考评人员 J5（聘用协议起）：“2026.1.1” → “2026-01-01”');
    expect(r.out).toContain('X证书评价数据 L2（获证率）：“50%” → “85%”');
    expect(r.out).toMatch(/不能自动修正 1 处：\n {2}考评人员 C4：.*无法恢复/);
    expect(readFileSync(src).equals(input)).toBe(true);

    const fixed = readFileSync(out);
    expect(await cellOf(fixed, '考评人员', 'F2')).toEqual({ value: '三级/高级工', numFmt: null });
    expect(await cellOf(fixed, '考评人员', 'C3')).toMatchObject({ value: '11010519491231002X' });
    expect(await cellOf(fixed, '考评人员', 'J5')).toEqual({ value: new Date(Date.UTC(2026, 0, 1)), numFmt: DATE_FORMAT });
    expect(await cellOf(fixed, 'X证书评价数据', 'L2')).toEqual({ value: 0.85, numFmt: '0.0%' });
    // The numeric ID is left as it was.
    expect(await cellOf(fixed, '考评人员', 'C4')).toMatchObject({ value: 650103198003150000 });

    const again = await beian(['check', out, '--json']);
    const rules = (JSON.parse(again.out).findings as { rule: string; cell: string }[]).map((f) => `${f.rule}@${f.cell}`);
    for (const gone of ['level.variant@F2', 'id.lowercase-x@C3', 'date.text@J5', 'xcert.rate@L2']) expect(rules).not.toContain(gone);
    expect(rules).toContain('id.numeric@C4');
  });

  test('every part but the two fixed sheets and the stylesheet is copied byte for byte', async () => {
    const { src, out } = setup();
    writeFileSync(src, input);
    expect((await beian(['fix', src, '-o', out])).code).toBe(0);
    const before = storedEntries(input);
    const after = storedEntries(readFileSync(out));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before.keys()].filter((name) => !sameBytes(before.get(name), after.get(name)));
    expect(changed.filter((n) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toEqual(['xl/styles.xml']);
    expect(changed.length).toBe(3);
  });

  test('--dry-run lists the same changes and writes nothing', async () => {
    const { src, out } = setup();
    writeFileSync(src, input);
    const listed = (await beian(['fix', src, '-o', out, '--dry-run'])).out;
    expect(listed).toContain('可自动修正 4 处');
    expect(listed).toContain('未写出文件');
    expect(existsSync(out)).toBe(false);
    expect((await beian(['fix', src, '--dry-run'])).code).toBe(0);
  });

  test('--only keeps the kinds or rules named', async () => {
    const { src, out } = setup();
    writeFileSync(src, input);
    const r = await beian(['fix', src, '-o', out, '--only', 'level,xcert.rate']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('可自动修正 2 处');
    expect(r.out).not.toContain('J5');
    expect(await cellOf(readFileSync(out), '考评人员', 'J5')).toMatchObject({ value: '2026.1.1' });
    const bad = await beian(['fix', src, '-o', path.join(path.dirname(out), 'x.xlsx'), '--only', 'spelling']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('“spelling”不是可修正的问题类别');
  });

  test('never overwrites without --force, never the input, and needs -o or --dry-run', async () => {
    const { src, out } = setup();
    writeFileSync(src, input);
    writeFileSync(out, 'keep');
    const refused = await beian(['fix', src, '-o', out]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await beian(['fix', src, '-o', out, '--force'])).code).toBe(0);
    const self = await beian(['fix', src, '-o', src, '--force']);
    expect(self.code).toBe(2);
    expect(self.err).toContain('就是输入文件');
    expect(readFileSync(src).equals(input)).toBe(true);
    const bare = await beian(['fix', src]);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('-o');
  });

  test('a workbook with nothing to fix writes nothing and says so', async () => {
    const { src, out } = setup();
    writeFileSync(src, await xlsxBuffer(compliantSpec('xj-xcert', '首次备案')));
    const r = await beian(['fix', src, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有可自动修正的问题');
    expect(existsSync(out)).toBe(false);
  });
});
