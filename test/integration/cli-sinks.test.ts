import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { orgSpec } from '../helpers/batch';
import { assertWellFormed } from '../helpers/package';

/**
 * An organisation name whose `_xHHHH_` escapes decode to a terminal escape,
 * an OSC title sequence and U+FFFE, in a file whose name holds a line
 * break: the terminal shows them escaped, and the Word summary and the
 * results workbook stay valid XML.
 */

const HOSTILE_ORG = '甲_x001B_[2J_x001B_]0;标题_x0007__xFFFE_机构';

async function hostileWorkbook(): Promise<Uint8Array> {
  const zip = new PizZip(await xlsxBuffer(orgSpec('甲机构', 1)));
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    zip.file(name, zip.file(name)!.asText().split('甲机构').join(HOSTILE_ORG));
  }
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

function partsWellFormed(file: string, pattern: RegExp): number {
  const zip = new PizZip(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => pattern.test(n));
  for (const n of names) assertWellFormed(zip.file(n)!.asText(), n);
  return names.length;
}

describe('text from a workbook into the terminal, Word and Excel', () => {
  it('check prints control characters escaped, never raw', async () => {
    const dir = tempDir();
    const file = path.join(dir, '甲.xlsx');
    writeFileSync(file, await hostileWorkbook());
    const r = await beian(['check', file]);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe]/);
  });

  it('summarize: a file name cannot forge a line, and the Word summary and the results workbook are valid XML', async () => {
    const root = tempDir();
    const box = path.join(root, '收件');
    mkdirSync(box);
    // Sent twice, so that the report names both files and the organisation.
    writeFileSync(path.join(box, '甲\n通过 9 份.xlsx'), await hostileWorkbook());
    writeFileSync(path.join(box, '甲-早先.xlsx'), await hostileWorkbook());
    const docx = path.join(root, '汇总.docx');
    const xlsx = path.join(root, '结果.xlsx');
    const r = await beian(['summarize', box, '--kind', 'report', '-o', docx, '--xlsx', xlsx]);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\ufffe]/);
    expect(r.out.split('\n').some((line) => line.startsWith('通过 9 份'))).toBe(false);
    expect(r.out).toContain('收件/甲\\n通过 9 份.xlsx');
    expect(r.out).toContain('甲\\x1b[2J\\x1b]0;标题\\x07\\ufffe机构');
    expect(partsWellFormed(docx, /^word\/document\.xml$/)).toBe(1);
    expect(partsWellFormed(xlsx, /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/)).toBeGreaterThan(1);
  }, 120_000);
});
