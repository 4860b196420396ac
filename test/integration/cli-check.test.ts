import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beian, tempDir } from '../helpers/cli';
import { orgRows, xlsxBuffer } from '../helpers/book';
import { badCheckId, validId } from '../helpers/people';
import { sampleBuffer } from '../../src/sample/sample-workbook';

const dir = tempDir();
const file = (name: string, data: Uint8Array | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

async function roster(ids: (string | number)[]): Promise<string> {
  const buf = await xlsxBuffer({
    机构信息: orgRows({ 单位名称: '甲公司', 适用规则: 'ha-employer', 申请业务类型: '首次备案' }),
    考评人员: [['考评人员名册'], ['序号', '姓名', '身份证件号', '考评职业（工种）'], ...ids.map((id, i) => [i + 1, `人员${i + 1}`, id, '电工'])],
  });
  return file(`roster-${ids.length}-${String(ids[0]).slice(-4)}.xlsx`, buf);
}

describe('beian check', () => {
  it('prints findings grouped by sheet and exits 1 when there are errors', async () => {
    const f = await roster([validId(), badCheckId(validId('19800101', 2))]);
    const r = await beian(['check', f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('考评人员');
    expect(r.out).toMatch(/C4\s+身份证件号/);
    expect(r.out).toContain('依据：GB 11643-1999');
    expect(r.err).toBe('');
  });

  it('--json gives the documented finding shape with the finding at its cell', async () => {
    const f = await roster([validId(), badCheckId(validId('19800101', 2))]);
    const r = await beian(['check', f, '--json']);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['file', 'profile', 'business', 'summary', 'findings']);
    expect(json.profile).toBe('ha-employer');
    expect(json.business).toBe('首次备案');
    const id = json.findings.find((x: { rule: string }) => x.rule === 'id.checksum');
    expect(id).toMatchObject({ severity: 'error', sheet: '考评人员', cell: 'C4', row: 4, column: '身份证件号', basis: 'GB 11643-1999' });
    expect(json.summary.errors).toBeGreaterThan(0);
  });

  it('--profile and --business override 机构信息', async () => {
    const f = await roster([validId()]);
    const r = await beian(['check', f, '--json', '--profile', 'bt-social', '--business', '备案续期']);
    expect(JSON.parse(r.out)).toMatchObject({ profile: 'bt-social', business: '备案续期' });
  });

  it('exits 2 with one Chinese line for an unknown profile', async () => {
    const f = await roster([validId()]);
    const r = await beian(['check', f, '--profile', 'zz']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('未知的适用规则');
  });

  it.each([
    ['empty.xlsx', new Uint8Array(), '文件为空'],
    ['roster.csv', '姓名,身份证件号\n张三,1\n', 'CSV'],
    ['old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), '.xls'],
    ['locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le')]), '密码'],
    ['notazip.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), '不是 Excel'],
  ])('%s exits 2 with a one-line Chinese reason', async (name, data, reason) => {
    const r = await beian(['check', file(name, data as Uint8Array)]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(reason);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 for a missing file and for a workbook with no recognised sheet', async () => {
    expect((await beian(['check', path.join(dir, 'nope.xlsx')])).err).toContain('找不到文件');
    const other = file('other.xlsx', await xlsxBuffer({ Sheet1: [['a', 'b'], [1, 2]] }));
    const r = await beian(['check', other]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有可识别的备案工作表');
  });

  it('exits 0 on a clean workbook for the generic rules', async () => {
    const f = await roster([validId(), validId('19800101', 2)]);
    const r = await beian(['check', f, '--json', '--profile', 'ha-employer']);
    const cellFindings = JSON.parse(r.out).findings.filter((x: { sheet: string }) => x.sheet === '考评人员');
    expect(cellFindings.filter((x: { severity: string }) => x.severity === 'error')).toEqual([]);
  });

  it('an unknown option is a Chinese usage error, exit 2', async () => {
    const r = await beian(['check', '--nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知选项');
  });
});

describe('beian check --annotate', () => {
  it('writes a marked copy whose values, formulas and merges equal the input, and refuses to overwrite', async () => {
    const src = file('sample.xlsx', await sampleBuffer());
    const out = path.join(dir, 'marked.xlsx');
    const r = await beian(['check', src, '--annotate', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);

    const before = new ExcelJS.Workbook();
    await before.xlsx.load(readFileSync(src) as unknown as ArrayBuffer);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    for (const ws of before.worksheets) {
      const copy = after.getWorksheet(ws.name)!;
      expect(copy).toBeDefined();
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          expect(copy.getCell(r, c).value).toEqual(cell.value);
        }),
      );
      expect(Object.keys((copy as unknown as { _merges: object })._merges).sort()).toEqual(Object.keys((ws as unknown as { _merges: object })._merges).sort());
    }
    const results = after.getWorksheet('检查结果')!;
    expect(results).toBeDefined();
    // Each check is named by its title: no rule id reaches the clerk.
    const checks = results.getColumn(9).values.filter((v): v is string => typeof v === 'string');
    expect(checks.length).toBeGreaterThan(1);
    for (const title of checks) expect(title).not.toMatch(/^[a-z]+[.-][a-z.-]+$/);

    const again = await beian(['check', src, '--annotate', out, '--json']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(again.out).toBe('');
    expect((await beian(['check', src, '--annotate', out, '--force'])).code).toBe(1);
  });
});

describe('beian check --annotate of an annotated copy', () => {
  it('reaches the same verdict and replaces the marks: the same sheets, notes and cell formats, no 检查结果(2)', async () => {
    const src = file('sample-again.xlsx', await sampleBuffer());
    const once = path.join(dir, 'marked-once.xlsx');
    const twice = path.join(dir, 'marked-twice.xlsx');
    const first = await beian(['check', src, '--annotate', once, '--json']);
    const second = await beian(['check', once, '--annotate', twice, '--json']);
    expect(second.code).toBe(first.code);
    expect(JSON.parse(second.out).findings).toEqual(JSON.parse(first.out).findings);
    const load = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(f) as unknown as ArrayBuffer);
      const notes = wb.worksheets.flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row) => row.eachCell((c) => void (c.note && out.push(`${ws.name}!${c.address}:${JSON.stringify(c.note)}`))));
        return out;
      });
      const formats = /<cellXfs count="(\d+)"/.exec(new TextDecoder().decode(unzipSync(readFileSync(f))['xl/styles.xml']))![1];
      return { sheets: wb.worksheets.map((w) => [w.name, w.state]), notes, formats };
    };
    expect(await load(twice)).toEqual(await load(once));
  });
});

describe('beian check --annotate of an .xlsm', () => {
  it('keeps the macro-enabled workbook an .xlsm and refuses another extension for the copy', async () => {
    const src = file('macro.xlsm', await sampleBuffer());
    const wrong = await beian(['check', src, '--annotate', path.join(dir, 'macro-marked.xlsx')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('.xlsm');
    expect(wrong.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'macro-marked.xlsx'))).toBe(false);
    expect((await beian(['check', src, '--annotate', path.join(dir, 'macro-marked.xlsm')])).code).toBe(1);
  });
});

describe('beian check --holidays', () => {
  it('refuses a malformed holiday file with a Chinese line and exit 2', async () => {
    const f = await roster([validId()]);
    const bad = file('holidays.json', JSON.stringify({ holidays: { '2027/1/1': '元旦' } }));
    const r = await beian(['check', f, '--holidays', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('节假日文件格式不正确');
  });

  it('accepts a next-year schedule in the chinese-days shape', async () => {
    const f = await roster([validId()]);
    const good = file('holidays-2027.json', JSON.stringify({ holidays: { '2027-01-01': "New Year's Day,元旦,1" }, workdays: {} }));
    expect((await beian(['check', f, '--holidays', good, '--json'])).code).not.toBe(2);
  });
});
