import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/read/read-workbook';
import { recognise } from '../../src/recognise/recognise';
import { readFileSync } from 'node:fs';
import { beian, tempDir } from '../helpers/cli';

describe('beian template', () => {
  it('writes the profile template and refuses to overwrite it without --force', async () => {
    const out = path.join(tempDir(), '模板.xlsx');
    const r = await beian(['template', '--profile', 'ha-social', '--business', '备案续期', '-o', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const book = recognise(await readWorkbook(readFileSync(out)));
    expect(book.org!.text('business')).toBe('备案续期');
    expect(book.hasKind('evaluations')).toBe(true);
    const again = await beian(['template', '--profile', 'ha-social', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('文件已存在');
    expect((await beian(['template', '--profile', 'ha-social', '-o', out, '--force'])).code).toBe(0);
  });

  it('rejects an unknown profile and a business type the profile does not handle', async () => {
    const out = path.join(tempDir(), 'x.xlsx');
    expect((await beian(['template', '--profile', 'xx', '-o', out])).err).toContain('未知的适用规则');
    const r = await beian(['template', '--profile', 'sh-xcert', '--business', '终止备案', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不办理');
  });

  it('the template it writes is read back by beian check with the profile it names', async () => {
    const out = path.join(tempDir(), 't.xlsx');
    await beian(['template', '--profile', 'bt-social', '-o', out]);
    const r = await beian(['check', out, '--json']);
    expect(JSON.parse(r.out).profile).toBe('bt-social');
  });
});
