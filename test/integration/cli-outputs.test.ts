import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { shSpec, SITE_HEADER } from '../unit/jurisdictions/sh/rules/fixture';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { buildDocx, text } from '../../src/forms/build/docx';
import { lineProblems } from '../hostile/verdicts';

describe('outputs of one run never replace each other or the input', () => {
  it('fill writes one letter per 考核点 when three site names clean up to the same file name', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sh.xlsx');
    const sites = ['浦东/考核点', '浦东:考核点', '浦东 考核点'];
    writeFileSync(src, await xlsxBuffer({ ...shSpec(), 考核点: [SITE_HEADER, ...sites.map((name, i) => [i + 1, name, `浦东新区川沙路 ${i + 1} 号`, '人工智能训练师'])] }));
    const out = path.join(dir, 'forms');
    const r = await beian(['fill', src, '--form', 'sh-site-letter', '-o', out]);
    expect(r.code).toBe(0);
    const made = [...r.out.matchAll(/^已生成：(.+)$/gm)].map((m) => path.basename(m[1]));
    expect(made).toEqual(['考核点推荐函-浦东_考核点.docx', '考核点推荐函-浦东_考核点(2).docx', '考核点推荐函-浦东_考核点(3).docx']);
    expect(readdirSync(out).sort()).toEqual([...made].sort());
    // Each letter is its own site's, in the workbook's order.
    made.forEach((name, i) => expect(new PizZip(readFileSync(path.join(out, name))).file('word/document.xml')!.asText()).toContain(`川沙路 ${i + 1} 号`));
  });

  it('fill names a chosen form it did not write, and why: the 考核点推荐函 of a workbook listing no 考核点', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sh.xlsx');
    writeFileSync(src, await xlsxBuffer({ ...shSpec(), 考核点: [SITE_HEADER] }));
    const out = path.join(dir, 'forms');
    const r = await beian(['fill', src, '--form', 'sh-recommend,sh-site-letter', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out.match(/^已生成：/gm)).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(1);
    expect(r.out).toContain('未生成 1 种表格：考核点推荐函（工作簿的“考核点”表没有填写考核点，推荐函按考核点逐份生成）');
  });

  it('check --annotate refuses the input as its output before checking, and leaves it unchanged', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sh.xlsx');
    writeFileSync(src, await xlsxBuffer(shSpec()));
    const before = readFileSync(src);
    const r = await beian(['check', src, '--annotate', src, '--force']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('就是输入文件');
    expect(readFileSync(src)).toEqual(before);
  });
});

describe('summarize never writes over a workbook it was given', () => {
  it('--xlsx naming an input is refused before any work, even with --force', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sh.xlsx');
    writeFileSync(src, await xlsxBuffer(shSpec()));
    const before = readFileSync(src);
    const r = await beian(['summarize', src, '--kind', 'report', '-o', path.join(dir, 'report.docx'), '--xlsx', src, '--force']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('就是输入文件');
    expect(readFileSync(src)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['sh.xlsx']);
  });
});

describe('a user template that is not one', () => {
  it.each([
    ['an Excel workbook named .docx', async () => Buffer.from(await sampleBuffer()), '不是 Word 文档'],
    ['a truncated .docx', async () => Buffer.from(buildDocx('x', text('{name}'))).subarray(0, 200), '不是有效的 Word 文件'],
    ['a .docx whose XML is broken', async () => {
      const zip = new PizZip(buildDocx('x', text('{name}')));
      zip.file('word/document.xml', '<<<>>>');
      return Buffer.from(zip.generate({ type: 'uint8array' }));
    }, 'XML 已损坏'],
  ])('%s: exit 2, one Chinese line', async (_what, make, mention) => {
    const dir = tempDir();
    const src = path.join(dir, 'sample.xlsx');
    writeFileSync(src, await sampleBuffer());
    mkdirSync(path.join(dir, 'mine'));
    writeFileSync(path.join(dir, 'mine', 'team.docx'), await make());
    const r = await beian(['fill', src, '--form', 'team', '-o', path.join(dir, 'out'), '--templates', path.join(dir, 'mine')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(mention);
    expect(lineProblems(r.err, [dir], true)).toEqual([]);
  });
});

describe('what a file name cannot do to the terminal', () => {
  it('a name with a line break and escape sequences still gives one clean line', async () => {
    const dir = tempDir();
    const r = await beian(['check', path.join(dir, '名册\n第二行\u001b[2J\u001b]0;标题\u0007.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.err).toContain('找不到文件');
  });
});
