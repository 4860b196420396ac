import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { checkBook } from '../../../src/check';
import { HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, OFFICE_REPORT, OfficeItem } from '../../../src/forms/office';
import { cityOf } from '../../../src/summarize/city';
import { renderDocx } from '../../../src/render/render';
import { type BookSpec, makeBook } from '../../helpers/book';
import type { CellValue } from '../../../src/model/cell';
import { HA_ORG, haSpec } from '../packs/ha/fixture';
import { creditCode } from '../packs/xj/fixture';

const TODAY = new Date(Date.UTC(2026, 5, 1));

function item(file: string, org: Record<string, CellValue>, extra: BookSpec = {}): OfficeItem {
  const book = makeBook({ ...haSpec({ ...HA_ORG, ...org }), ...extra });
  return { file, book, result: checkBook(book, { today: TODAY }) };
}

const EVAL = (assessed: number, certified: number): BookSpec => ({ 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], ['电工', assessed, certified]] });

function cells(docx: Uint8Array): string[][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')));
}
const template = (id: string) => readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`));

describe('office summaries across workbooks', () => {
  const a = item('a.xlsx', { 单位名称: '甲机构', 申请业务类型: '备案续期', 评价机构备案号: 'S000041070001', 备案有效期止: new Date(Date.UTC(2026, 11, 31)) }, EVAL(300, 280));
  const b = item('b.xlsx', { 单位名称: '乙机构', 申请业务类型: '备案续期', 办公地址: '河南省郑州市金水区花园路 1 号', 统一社会信用代码: creditCode('91', '410105') }, EVAL(0, 0));
  const c = item('c.xlsx', { 单位名称: '丙机构', 申请业务类型: '终止备案', 证书数据已全部上传: '否', 备案有效期起: new Date(Date.UTC(2023, 2, 1)) }, EVAL(50, 40));

  it('finds the prefecture from the credit code, else the address', () => {
    expect(cityOf(a)).toBe('新乡市');
    expect(cityOf(b)).toBe('郑州市');
    const noCode = item('d.xlsx', { 统一社会信用代码: null, 办公地址: '河南省洛阳市西工区中州中路 1 号' });
    expect(cityOf(noCode)).toBe('洛阳市');
  });

  it('renewal summary: one row per renewal with the period totals; no evaluation proposes termination', () => {
    const rows = cells(renderDocx(template('ha-renew-summary'), HA_RENEW_SUMMARY.build([a, b, c], TODAY) as object));
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 8)).toEqual(['1', '新乡市', '社会培训评价组织', '甲机构', 'S000041070001', '2026-12-31', '300', '280']);
    expect(rows[2][8]).toContain('终止');
  });

  it('termination summary (附件8) column for column', () => {
    const rows = cells(renderDocx(template('ha-terminate-summary'), HA_TERMINATE_SUMMARY.build([a, b, c], TODAY) as object));
    expect(rows[0]).toEqual(['地市', '机构类型', '机构名称', '备案号', '备案成功时间', '终止备案时间', '是否开展过评价', '是否发过证书', '是否有尚未入网的证书数据', '终止备案原因']);
    expect(rows[1].slice(2, 9)).toEqual(['丙机构', '', '2023-03-01', '2026-05-20', '是', '是', '是']);
  });

  it('office report: counts, evaluation by occupation and people on several rosters', () => {
    const data = OFFICE_REPORT.build([a, b, c], TODAY);
    expect(data.total).toBe(3);
    expect(data.byBusiness).toEqual(expect.arrayContaining([{ name: '备案续期', count: 2, failed: expect.any(Number) }]));
    expect(data.occupations).toEqual([{ name: '电工', assessed: 350, certified: 320, rate: '91.4%' }]);
    // The three fixtures share their examiners. HA names no ground for this, so it is a fact to verify, cited to no clause.
    const shared = data.cross.filter((f) => f.message.includes('请核实其受聘情况'));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0].message).toContain('甲机构、乙机构、丙机构');
    expect(shared[0].basis).toBe('beian 数据质量检查（非文件条款）');
    expect(() => renderDocx(template('office-report'), data)).not.toThrow();
  });
});
