import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipEntries } from '../../src/render/zip';
import type { ProfileId } from '../../src/profiles/profiles';
import { xlsxBuffer, type BookSpec } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { compliantSpec } from '../helpers/compliant';

function setItem(spec: BookSpec, item: string, value: string): void {
  spec['机构信息'].find((r) => r[0] === item)![1] = value;
}

/** An earlier and a later filing of one organisation: a new contact, a new name and a corrected staff name. */
async function pair(profile: ProfileId): Promise<{ dir: string; older: string; newer: string }> {
  const dir = tempDir();
  const older = path.join(dir, '2024.xlsx');
  const newer = path.join(dir, '2026.xlsx');
  writeFileSync(older, await xlsxBuffer(compliantSpec(profile, '首次备案')));
  const later = compliantSpec(profile, '首次备案');
  setItem(later, '联系人', '赵敏');
  setItem(later, '单位名称', '示范技能评价集团有限公司');
  later['工作人员'][1][1] = '周健华';
  writeFileSync(newer, await xlsxBuffer(later));
  return { dir, older, newer };
}

/** The text of a Word document's body, and its XML. */
function documentXml(file: string): string {
  const entry = unzipEntries(readFileSync(file), 64 << 20).find(([name]) => name === 'word/document.xml');
  return new TextDecoder().decode(entry![1]);
}

/** The text of the runs coloured red. */
function redRuns(xml: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:color w:val="FF0000"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => m[1]);
}

describe('beian diff', () => {
  it('lists the changes in Chinese, grouped, and exits 0', async () => {
    const { older, newer } = await pair('ha-employer');
    const r = await beian(['diff', older, newer]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('示范技能评价集团有限公司：与上次备案相比共有 3 项变化');
    expect(r.out).toContain('【基本信息（变更 2 项）】');
    expect(r.out).toContain('联系人：“李娜” 改为 “赵敏”');
    expect(r.out).toContain('【工作人员（变更 1 项）】');
    expect(r.out).toContain('姓名：“周建华” 改为 “周健华”');
    const same = await beian(['diff', older, older]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('没有变化');
  });

  it('--json gives the basic items and each group', async () => {
    const { older, newer } = await pair('ha-employer');
    const r = await beian(['diff', older, newer, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.total).toBe(3);
    expect(d.orgName).toEqual({ before: '示范职业技能评价有限公司', after: '示范技能评价集团有限公司' });
    expect(d.basic).toContainEqual({ field: 'contact', label: '联系人', before: '李娜', after: '赵敏' });
    expect(d.groups.map((g: { group: string }) => g.group)).toEqual(['occupations', 'staff', 'examiners', 'experts', 'supervisors', 'equipment', 'questionBank']);
    expect(d.groups[1].changed[0].fields).toEqual([{ field: 'name', label: '姓名', before: '周建华', after: '周健华' }]);
  });

  it('refuses two different organisations with one line and exit 2', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.xlsx');
    const b = path.join(dir, 'b.xlsx');
    writeFileSync(a, await xlsxBuffer(compliantSpec('ha-employer', '首次备案')));
    writeFileSync(b, await xlsxBuffer(compliantSpec('ha-school', '首次备案')));
    const r = await beian(['diff', a, b]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('统一社会信用代码不同');
  });

  it('-o writes the Word change list with 变更前 beside the later value in red, and never overwrites', async () => {
    const { dir, older, newer } = await pair('ha-employer');
    const out = path.join(dir, 'out');
    expect((await beian(['diff', older, newer, '-o', out])).code).toBe(0);
    const xml = documentXml(path.join(out, '备案信息变更清单.docx'));
    expect(xml).toContain('李娜');
    expect(xml).toContain('周建华');
    expect(redRuns(xml)).toEqual(expect.arrayContaining(['赵敏', '周健华', '示范技能评价集团有限公司']));
    const again = await beian(['diff', older, newer, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect((await beian(['diff', older, newer, '-o', out, '--force'])).code).toBe(0);
  });

  it('--form fills HA 附件1 for 信息变更: the changed items in red, the unchanged ones not', async () => {
    const { dir, older, newer } = await pair('ha-employer');
    const out = path.join(dir, 'out');
    const r = await beian(['diff', older, newer, '-o', out, '--form']);
    expect(r.code).toBe(0);
    const xml = documentXml(path.join(out, '河南省职业技能等级评价机构备案申请表（信息变更）.docx'));
    const red = redRuns(xml);
    expect(red).toEqual(expect.arrayContaining(['赵敏', '示范技能评价集团有限公司']));
    expect(red).not.toContain('王建国');
    expect(xml).toContain('王建国');
    expect(xml).toContain('☑信息变更');
    // The change list written beside it carries the 变更前 values.
    expect(documentXml(path.join(out, '备案信息变更清单.docx'))).toContain('示范职业技能评价有限公司');
  });

  it('--form writes BT 变更说明 with the materials 第十八条 asks for a name change', async () => {
    const { dir, older, newer } = await pair('bt-employer');
    const out = path.join(dir, 'out');
    expect((await beian(['diff', older, newer, '-o', out, '--form'])).code).toBe(0);
    const xml = documentXml(path.join(out, '评价机构备案信息变更说明.docx'));
    expect(xml).toContain('第十八条（一）');
    expect(xml).toContain('登记注册机关出具的变更文件');
    expect(xml).toContain('第十八条（二）');
    expect(xml).toContain('李娜');
    expect(redRuns(xml)).toContain('赵敏');
  });

  it('--form writes no change form for two filings without a change, and says so', async () => {
    const { dir, older } = await pair('ha-employer');
    const out = path.join(dir, 'out');
    const r = await beian(['diff', older, older, '-o', out, '--form']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('两份备案没有变化，未生成信息变更表格');
    expect(readdirSync(out)).toEqual(['备案信息变更清单.docx']);
  });

  it('refuses to write over an input and asks for -o with --form', async () => {
    const { dir, older, newer } = await pair('ha-employer');
    expect((await beian(['diff', older, newer, '--form'])).code).toBe(2);
    // A workbook saved under the change list's name is an input, and --force does not make it an output.
    const input = path.join(dir, '备案信息变更清单.docx');
    writeFileSync(input, readFileSync(newer));
    const r = await beian(['diff', older, input, '-o', dir, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('就是输入文件');
    expect(readFileSync(input)).toEqual(readFileSync(newer));
  });
});
