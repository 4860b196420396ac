import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { xlsxBuffer, type BookSpec } from '../helpers/book';
import { beian, tempDir } from '../helpers/cli';
import { evaluations, orgSpec } from '../helpers/batch';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * Three 兵团 renewals filed since 2024: one whose 备案期评价情况 has its
 * headers only, one with its 评价人次 blank, one reporting 0 evaluations.
 * Only the last shows a year without evaluation (BT 第十九条（一）2); the
 * others are for the office to ask, and their figures read 未填报.
 */
describe('beian summarize never reads a year without evaluation from what a workbook left blank', () => {
  const dir = tempDir();
  const box = path.join(dir, '收件');
  const out = (name: string) => path.join(dir, name);
  const bt = (name: string, seq: number, extra: BookSpec) =>
    orgSpec(name, seq, { 适用规则: 'bt-social', 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1), 办公地址: '新疆石河子市北四路 8 号' }, { extra });
  let run: Awaited<ReturnType<typeof beian>>;

  beforeAll(async () => {
    mkdirSync(box);
    const put = async (file: string, spec: BookSpec) => writeFileSync(path.join(box, file), await xlsxBuffer(spec));
    await put('表头.xlsx', bt('表头机构', 1, { 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期']] }));
    await put('空格.xlsx', bt('空格机构', 2, evaluations(['电工', null, null])));
    await put('零评价.xlsx', bt('零评价机构', 3, evaluations(['电工', 0, 0])));
    run = await beian(['summarize', box, '--kind', 'termination', '-o', out('终止.docx'), '--xlsx', out('结果.xlsx'), '--as-of', '2026-06-01']);
  }, 120000);

  it('the terminal asks about the two that gave nothing, and names only the third as inactive', () => {
    expect(run.out).toContain('提示：表头机构 的工作簿未填报备案期评价情况，无法判断是否一年以上未开展评价工作，请向机构核实');
    expect(run.out).toContain('提示：空格机构 的备案期评价情况有未填写的评价人次');
    expect(run.out).toContain('警告：零评价机构 自 2024-01-01 备案以来未开展评价工作');
    expect(run.out).not.toMatch(/(表头|空格)机构[^\n]*(备案以来未开展|已一年以上未开展)/);
  });

  it('the 公示 list holds only the organisation that reported 0, and its note names the others to ask', () => {
    const xml = new PizZip(readFileSync(out('终止.docx'))).file('word/document.xml')!.asText();
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1].replace(/<[^>]+>/g, ''));
    expect(rows.slice(1)).toEqual([expect.stringContaining('零评价机构')]);
    expect(xml.replace(/<[^>]+>/g, '')).toContain('请向机构核实：空格机构、表头机构');
  });

  it('the results workbook reads 未填报 for their figures and 0 for the one that reported 0', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out('结果.xlsx')) as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet('机构一览')!.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((r) => r.slice(1));
    const col = rows[0].indexOf('评价人次');
    expect(rows.slice(1).map((r) => [r[2], r[col], r[col + 1]])).toEqual([
      ['空格机构', '未填报', '未填报'],
      ['表头机构', '未填报', '未填报'],
      ['零评价机构', 0, 0],
    ]);
  });
});
