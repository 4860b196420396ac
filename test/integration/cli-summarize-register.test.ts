import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { xlsxBuffer } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { evaluations, orgSpec } from '../helpers/batch';
import { creditCode } from '../unit/jurisdictions/xj/rules/fixture';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const code = (seq: number) => creditCode('91', '410702', `MA7N3K${String(seq).padStart(2, '0')}`);
const BT_CODE = creditCode('91', '659001', 'MA7N3K99');

async function sheets(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet) => (ws.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((r) => r.slice(1));

/** Paragraph texts of a Word file, in order. */
function paragraphs(file: string): string[] {
  const xml = new PizZip(readFileSync(file)).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''));
}

describe('beian summarize with the office register and last year', () => {
  const dir = tempDir();
  const out = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    // Last year: 甲, 乙 and 丙 filed.
    mkdirSync(out('去年'));
    writeFileSync(out('去年/甲.xlsx'), await xlsxBuffer(orgSpec('甲', 1, { 申请业务类型: '首次备案' }, { extra: evaluations(['电工', 40, 30]) })));
    writeFileSync(out('去年/乙.xlsx'), await xlsxBuffer(orgSpec('乙', 2, { 申请业务类型: '首次备案' })));
    // This year: 甲 renews, 丁 sends an 增量备案 while not on the register; 乙 sends nothing.
    mkdirSync(out('收件'));
    writeFileSync(out('收件/甲.xlsx'), await xlsxBuffer(orgSpec('甲', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 60, 50]) })));
    writeFileSync(out('收件/丁.xlsx'), await xlsxBuffer(orgSpec('丁', 4, { 申请业务类型: '增量备案' })));
  }, 60000);

  it('template --register writes the register with Chinese headers, a 说明 sheet and no example rows', async () => {
    const r = await beian(['template', '--register', '-o', out('名单模板.xlsx')]);
    expect(r.code).toBe(0);
    const wb = await sheets(out('名单模板.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '已备案机构']);
    const list = wb.getWorksheet('已备案机构')!;
    expect(values(list)).toEqual([['备案号', '机构名称', '统一社会信用代码', '有效期止', '地市/师市', '联系人', '联系电话']]);
    expect(list.getColumn(3).numFmt).toBe('@');
    expect((await beian(['template', '-o', out('x.xlsx')])).code).toBe(2);
  });

  it('lists who has not renewed, who lapsed and who filed off the register, in the results workbook and the follow-up list', async () => {
    const register = await xlsxBuffer({
      已备案机构: [
        ['备案号', '机构名称', '统一社会信用代码', '有效期止', '地市/师市', '联系人', '联系电话'],
        ['豫评001', '甲', code(1), day(2026, 7, 1), '新乡市', '张一', '13800000001'],
        ['豫评002', '乙', code(2), day(2026, 7, 10), '新乡市', '张二', '13800000002'],
        ['兵评001', '丙', BT_CODE, day(2026, 4, 30), '第八师石河子市', '张三', '13800000003'],
        ['豫评009', '庚', code(9), day(2028, 1, 1), '新乡市', '', ''],
      ],
    });
    writeFileSync(out('已备案机构.xlsx'), register);
    const r = await beian(['summarize', out('收件'), '--kind', 'report', '-o', out('报告.docx'), '--xlsx', out('结果.xlsx'), '--register', out('已备案机构.xlsx'), '--follow-up', out('未续期名单.docx'), '--jobs', '1']);
    expect(r.err).toBe('');
    expect(r.out).toContain('已备案机构名单 4 家：即将到期未报送续期 1 家，已到期未续期 1 家');
    expect(r.out).toContain('名单外机构的报送 1 份');
    const wb = await sheets(out('结果.xlsx'));
    const unfiled = values(wb.getWorksheet('未报送')!);
    expect(unfiled.map((row) => [row[4], row[2], row[9]])).toEqual([
      ['机构名称', '所属', '情况'],
      ['乙', '河南省', '备案将于 2026-07-10 到期（剩 39 天），未收到续期申请'],
      ['丙', '兵团辖区', '备案已于 2026-04-30 到期（已过 32 天），未收到续期申请'],
    ]);
    expect(unfiled[2][13]).toBe('《兵团技能人才评价机构管理办法》第十九条（一）1');
    expect(values(wb.getWorksheet('名单外报送')!).slice(1).map((row) => [row[2], row[6]])).toEqual([['丁', '增量备案']]);
    const word = paragraphs(out('未续期名单.docx'));
    expect(word).toEqual(expect.arrayContaining(['河南省备案到期未申请续期的评价机构跟进名单', '兵团备案期满未申请续期的评价机构名单', '兵团备案期满未申请续期、拟取消备案资质的评价机构公示名单']));
    const text = word.join('\n');
    expect(text).toContain('张二');
    expect(text).toContain('13800000003');
    // The list to publish carries no contacts.
    const notice = word.slice(word.indexOf('兵团备案期满未申请续期、拟取消备案资质的评价机构公示名单')).join('\n');
    expect(notice).toContain('丙');
    expect(notice).not.toContain('13800000003');
  });

  it('--previous compares with last year: the JSON it reads, organisations gone, evaluations year on year', async () => {
    const last = await beian(['summarize', out('去年'), '--kind', 'report', '-o', out('去年报告.docx'), '--json', '--as-of', '2025-06-01', '--jobs', '1']);
    writeFileSync(out('去年.json'), last.out);
    const r = await beian(['summarize', out('收件'), '--kind', 'report', '-o', out('报告2.docx'), '--xlsx', out('结果2.xlsx'), '--previous', out('去年.json'), '--jobs', '1']);
    // 乙's first filing last year and 丁's 增量备案 this year give no evaluation data: the sums leave them out and say so.
    expect(r.out).toContain(
      '与上次汇总（2025-06-01）相比：评价 40 → 60 人次，取证 30 → 50 人次（上次 1 家、本次 1 家机构未填报评价数据，人次只计填报了的机构）；新出现的机构 1 家，本次未报送 1 家',
    );
    const wb = await sheets(out('结果2.xlsx'));
    const changes = values(wb.getWorksheet('与上次比较')!);
    expect(changes).toEqual(expect.arrayContaining([expect.arrayContaining(['乙', '本次未报送']), expect.arrayContaining(['丁', '上次没有的机构'])]));
    const occupations = values(wb.getWorksheet('职业同比')!);
    expect(occupations.find((row) => row[0] === '电工')?.slice(3, 6)).toEqual([40, 60, 20]);
    expect(occupations.find((row) => row[0] === '电工')?.[11]).toBe('上次 1 家、本次 1 家机构未填报评价数据');
    const changed = values(wb.getWorksheet('备案变化')!);
    expect(changed.slice(1).map((row) => [row[0], row[3]])).toEqual([['收件/甲.xlsx', '上次汇总（2025-06-01）中的 去年/甲.xlsx（首次备案）']]);
    const report = paragraphs(out('报告2.docx'));
    expect(report).toEqual(expect.arrayContaining(['附：比较情况', '一、与上次汇总比较', '（三）上次汇总中有、本次未报送的机构', '二、同一机构前后两次备案的变化']));
    expect((await beian(['summarize', out('收件'), '--kind', 'report', '-o', out('报告3.docx'), '--previous', out('已备案机构.xlsx')])).code).toBe(2);
  });
});
