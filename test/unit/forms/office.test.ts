import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY, OFFICE_REPORT } from '../../../src/forms/office';
import { checkBook } from '../../../src/check';
import { renderDocx } from '../../../src/render/render';
import { compileBatch } from '../../../src/summarize/batch';
import { cityOf } from '../../../src/summarize/city';
import { makeBook } from '../../helpers/book';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/office';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

function cells(docx: Uint8Array): string[][] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('')));
}
const template = (id: string) => readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('office summaries, built from the batch', () => {
  const a = submission(
    'a.xlsx',
    orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 评价机构备案号: 'S000041070001', 备案有效期止: day(2026, 12, 31) }, { extra: evaluations(['电工', 300, 280], ['工业机器人系统运维员', 0, 0]) }),
  );
  const b = submission('b.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '备案续期', 办公地址: '河南省郑州市金水区花园路 1 号', 统一社会信用代码: creditCode('91', '410105') }, { extra: evaluations(['电工', 0, 0]) }));
  const c = submission('c.xlsx', orgSpec('丙机构', 3, { 申请业务类型: '终止备案', 证书数据已全部上传: '否', 备案有效期起: day(2023, 3, 1) }, { extra: evaluations(['电工', 50, 40]) }));
  const batch = compileBatch([a, b, c, { file: '坏.xlsx', status: 'unreadable', reason: '文件为空（0 字节），不是 Excel 工作簿' }], AS_OF);

  it('finds the prefecture from the credit code, else the address', () => {
    const city = (org: Parameters<typeof orgSpec>[2]) => {
      const book = makeBook(orgSpec('丁机构', 4, org));
      return cityOf({ file: 'd.xlsx', book, result: checkBook(book, { today: AS_OF }) });
    };
    expect(city({})).toBe('新乡市');
    expect(city({ 统一社会信用代码: creditCode('91', '410105') })).toBe('郑州市');
    expect(city({ 统一社会信用代码: null, 办公地址: '河南省洛阳市西工区中州中路 1 号' })).toBe('洛阳市');
  });

  it('renewal summary (附件7): one row per renewal with the period totals; dropped occupations in 备注; no evaluation proposes termination', () => {
    const rows = cells(renderDocx(template('ha-renew-summary'), HA_RENEW_SUMMARY.build(batch) as object));
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 8)).toEqual(['1', '新乡市', '社会培训评价组织', '甲机构', 'S000041070001', '2026-12-31', '300', '280']);
    expect(rows[1][10]).toContain('退出评价范围：工业机器人系统运维员');
    expect(rows[2][3]).toBe('乙机构');
    expect(rows[2][1]).toBe('郑州市');
    expect(rows[2][8]).toContain('终止');
    expect(rows[2][10]).toContain('退出评价范围：电工、工业机器人系统运维员');
  });

  it('termination summary (附件8) column for column', () => {
    const rows = cells(renderDocx(template('ha-terminate-summary'), HA_TERMINATE_SUMMARY.build(batch) as object));
    expect(rows[0]).toEqual(['地市', '机构类型', '机构名称', '备案号', '备案成功时间', '终止备案时间', '是否开展过评价', '是否发过证书', '是否有尚未入网的证书数据', '终止备案原因']);
    expect(rows[1].slice(2, 9)).toEqual(['丙机构', '', '2023-03-01', '2026-05-20', '是', '是', '是']);
  });

  it('office report: counts, evaluation by occupation, cross-workbook problems and the files that could not be checked', () => {
    const data = OFFICE_REPORT.build(batch);
    expect(data).toMatchObject({ total: 4, unchecked: 1, superseded: 0 });
    expect(data.byBusiness).toEqual(expect.arrayContaining([{ name: '备案续期', count: 2, failed: expect.any(Number) }]));
    expect(data.occupations).toEqual([
      { name: '电工', assessed: 350, certified: 320, rate: '91.4%' },
      { name: '工业机器人系统运维员', assessed: 0, certified: 0, rate: '—' },
    ]);
    expect(data.files).toEqual([{ no: 1, file: '坏.xlsx', status: '无法读取', reason: '文件为空（0 字节），不是 Excel 工作簿' }]);
    const rows = cells(renderDocx(template('office-report'), data));
    expect(rows.at(-1)).toEqual(['1', '坏.xlsx', '无法读取', '文件为空（0 字节），不是 Excel 工作簿']);
  });
});
