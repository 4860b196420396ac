import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { HA_ORG, haSpec } from '../unit/packs/ha/fixture';

function text(file: string): string {
  return [...new PizZip(readFileSync(file)).file('word/document.xml')!.asText().matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('beian summarize', () => {
  it('checks every workbook of a folder, skips an unreadable one with a reason, and writes the summary', async () => {
    const dir = tempDir();
    const inbox = path.join(dir, 'received');
    mkdirSync(inbox);
    writeFileSync(path.join(inbox, '甲.xlsx'), await xlsxBuffer(haSpec({ ...HA_ORG, 单位名称: '甲机构', 申请业务类型: '备案续期' })));
    writeFileSync(path.join(inbox, '乙.xlsx'), await xlsxBuffer(haSpec({ ...HA_ORG, 单位名称: '乙机构', 申请业务类型: '备案续期' })));
    writeFileSync(path.join(inbox, '坏.xlsx'), 'not a workbook');
    const out = path.join(dir, '续期汇总.docx');
    const r = await beian(['summarize', inbox, '--kind', 'renewal', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('已跳过 坏.xlsx');
    expect(r.out).toContain('已检查 2 份工作簿');
    expect(existsSync(out)).toBe(true);
    expect(text(out)).toContain('甲机构');
    expect(text(out)).toContain('乙机构');
    expect((await beian(['summarize', inbox, '--kind', 'report', '-o', out])).code).toBe(2);
  });

  it('rejects an unknown kind', async () => {
    const r = await beian(['summarize', tempDir(), '--kind', 'x', '-o', path.join(tempDir(), 'a.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('renewal');
  });
});
