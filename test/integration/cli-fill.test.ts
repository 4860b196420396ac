import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { sampleBuffer } from '../../src/sample/sample-workbook';
import { beian, tempDir } from '../helpers/cli';

describe('beian fill and beian forms', () => {
  it('--all writes every form of the profile, named in Chinese, and refuses to overwrite', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sample.xlsx');
    writeFileSync(src, await sampleBuffer());
    const out = path.join(dir, 'forms');
    const r = await beian(['fill', src, '--all', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['“X证书”评价数据汇总表.docx', '场地、设施设备清单.docx', '备案材料检查报告.docx', '申请材料清单.docx', '队伍建设情况.docx', '题库清单.docx'].sort());
    expect(r.out).toContain('草稿');
    const again = await beian(['fill', src, '--form', 'team', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('文件已存在');
    expect((await beian(['fill', src, '--form', 'team', '-o', out, '--force'])).code).toBe(0);
  });

  it('asks for --form or --all, and names an unknown form', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'sample.xlsx');
    writeFileSync(src, await sampleBuffer());
    expect((await beian(['fill', src, '-o', dir])).err).toContain('--all');
    const r = await beian(['fill', src, '--form', 'nope', '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的表格“nope”');
    expect(existsSync(path.join(dir, '队伍建设情况.docx'))).toBe(false);
  });

  it('beian forms --json lists id, title and profiles', async () => {
    const r = await beian(['forms', '--json']);
    const forms = JSON.parse(r.out);
    expect(forms.find((f: { id: string }) => f.id === 'xcert-data')).toEqual({ id: 'xcert-data', title: '“X证书”评价数据汇总表', profiles: ['xj-xcert', 'sh-xcert', 'nx-1x'] });
  });
});

describe('beian fill --templates', () => {
  it('a user template with a bad tag exits 2 naming the tag; a good one is used', async () => {
    const { buildDocx, text } = await import('../../src/forms/build/docx');
    const dir = tempDir();
    const src = path.join(dir, 'sample.xlsx');
    writeFileSync(src, await sampleBuffer());
    const mine = path.join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'materials.docx'), buildDocx('x', text('{#items}{name}')));
    const bad = await beian(['fill', src, '--form', 'materials', '-o', path.join(dir, 'out'), '--templates', mine]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('materials.docx');
    expect(bad.err).toContain('items');
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.out).toBe('');
    writeFileSync(path.join(mine, 'materials.docx'), buildDocx('x', text('本单位材料：{#items}{name}；{/items}')));
    expect((await beian(['fill', src, '--form', 'materials', '-o', path.join(dir, 'out'), '--templates', mine])).code).toBe(0);
  });
});
