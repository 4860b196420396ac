import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotateWorkbook, type AnnotateMeta } from '../../../src/annotate';
import { profileById } from '../../../src/profiles/profiles';
import type { Finding } from '../../../src/rules/finding';
import { beian, tempDir } from '../../helpers/cli';
import { partText, zipOf } from '../../helpers/package';
import { buildXlsx, str, type Parts } from '../../helpers/xlsx-parts';

/**
 * The annotated copy of workbooks Excel writes but the plain case does not
 * cover: templates (the copy is a workbook Excel opens) and a workbook whose
 * structure is protected (marks, but no sheet the clerk cannot remove).
 */

const META: AnnotateMeta = { file: 'a.xlsx', profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
const FINDING: Finding = { rule: 'id.checksum', severity: 'error', sheet: '考评人员', cell: 'A1', row: 1, column: '身份证件号', message: '校验位不对', basis: 'GB 11643-1999', hint: null };

const TEMPLATE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml';
const MACRO_TEMPLATE = 'application/vnd.ms-excel.template.macroEnabled.main+xml';

function book(edit: (p: Parts) => void = () => undefined): Uint8Array {
  const parts = buildXlsx({ sheets: [{ name: '考评人员', rows: `<row r="1">${str('A1', '110105194912310023')}</row>` }] });
  edit(parts);
  return zipOf(parts);
}

/** The workbook part declared with a content type of its own, as Excel saves a template. */
function typed(contentType: string): (p: Parts) => void {
  return (p) => {
    p['[Content_Types].xml'] = String(p['[Content_Types].xml']).replace('</Types>', `<Override PartName="/xl/workbook.xml" ContentType="${contentType}"/></Types>`);
  };
}

describe('annotating a template', () => {
  it.each([
    [TEMPLATE, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    [MACRO_TEMPLATE, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'],
  ])('gives the copy of a %s the workbook content type %s', async (from, to) => {
    const { bytes } = await annotateWorkbook(book(typed(from)), [FINDING], META);
    const types = partText(bytes, '[Content_Types].xml');
    expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${to}"`);
    expect(types).not.toContain(from);
  });

  it('the CLI writes a template to a workbook of the same macro kind, never to a template', async () => {
    const dir = tempDir();
    const xltx = path.join(dir, '模板.xltx');
    const xltm = path.join(dir, '宏模板.xltm');
    writeFileSync(xltx, book(typed(TEMPLATE)));
    writeFileSync(xltm, book(typed(MACRO_TEMPLATE)));
    const first = await beian(['check', xltx, '-p', 'ha-employer', '--annotate', path.join(dir, 'a.xlsx')]);
    expect(first.code).toBeLessThan(2);
    for (const [input, output] of [
      [xltx, 'b.xltx'],
      [xltm, 'c.xlsx'],
      [xltm, 'd.xltm'],
    ]) {
      const r = await beian(['check', input, '-p', 'ha-employer', '--annotate', path.join(dir, output)]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect((await beian(['check', xltm, '-p', 'ha-employer', '--annotate', path.join(dir, 'e.xlsm')])).code).toBeLessThan(2);
  });
});

describe('a workbook whose structure is protected', () => {
  const locked = book((p) => {
    p['xl/workbook.xml'] = String(p['xl/workbook.xml']).replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
  });

  it('gets its marks but no 检查结果 sheet, and the caller is told', async () => {
    const { bytes, resultSheet, notice } = await annotateWorkbook(locked, [FINDING], META);
    expect(resultSheet).toBe(false);
    expect(notice).toBe('工作簿结构受保护，未添加“检查结果”工作表（问题单元格已标注）');
    expect(partText(bytes, 'xl/workbook.xml')).not.toContain('检查结果');
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c [^>]*\bs="[1-9][^>]*r="A1"|<c r="A1" s="[1-9]/);
  });

  it('the CLI says the results sheet was left out', async () => {
    const dir = tempDir();
    const file = path.join(dir, '受保护.xlsx');
    writeFileSync(file, locked);
    const r = await beian(['check', file, '-p', 'ha-employer', '--annotate', path.join(dir, 'marked.xlsx')]);
    expect(r.out).toContain('工作簿结构受保护，未添加“检查结果”工作表');
  });
});
