import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { OFFICE_REPORT, summaryDocx, summaryParts } from '../../../src/forms/summaries';
import { NOT_GIVEN } from '../../../src/forms/summary-form';
import { BT_NOTICE_LIST, BT_RENEW_SUMMARY } from '../../../src/jurisdictions/bt/forms/summaries';
import { HA_RENEW_SUMMARY, HA_TERMINATE_SUMMARY } from '../../../src/jurisdictions/ha/forms/summaries';
import { checkBook } from '../../../src/check';
import { renderDocx } from '../../../src/render/render';
import { compileBatch } from '../../../src/summarize/batch';
import { summaryFacts } from '../../../src/summarize/summary-facts';
import { cityOf } from '../../../src/summarize/city';
import { makeBook } from '../../helpers/book';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
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
  const facts = summaryFacts(compileBatch([a, b, c, { file: '坏.xlsx', status: 'unreadable', reason: '文件为空（0 字节），不是 Excel 工作簿' }], AS_OF));

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
    const rows = cells(renderDocx(template('ha-renew-summary'), HA_RENEW_SUMMARY.build(facts) as object));
    expect(rows).toHaveLength(4);
    expect(rows[1].slice(0, 8)).toEqual(['1', '新乡市', '社评组织', '甲机构', 'S000041070001', '2026-12-31', '300', '280']);
    expect(rows[3]).toEqual(['合计', '2 家', '', '', '300', '280', '', '', '']);
    expect(rows[1][10]).toContain('退出评价范围：工业机器人系统运维员');
    expect(rows[2][3]).toBe('乙机构');
    expect(rows[2][1]).toBe('郑州市');
    expect(rows[2][8]).toContain('终止');
    expect(rows[2][10]).toContain('退出评价范围：电工、工业机器人系统运维员');
  });

  it('termination summary (附件8) column for column', () => {
    const rows = cells(renderDocx(template('ha-terminate-summary'), HA_TERMINATE_SUMMARY.build(facts) as object));
    expect(rows[0]).toEqual(['地市', '机构类型', '机构名称', '备案号', '备案成功时间', '终止备案时间', '是否开展过评价', '是否发过证书', '是否有尚未入网的证书数据', '终止备案原因']);
    // No 备案号, 终止原因 or 拟终止备案日期 in the workbook: the cells say so, never the application date or a stock reason.
    expect(rows[1].slice(2)).toEqual(['丙机构', '未填报', '2023-03-01', '未填报', '是', '是', '是', '未填报']);
    expect(rows[2]).toEqual(['合计', '1 家', '', '', '', '', '', '', '']);
  });

  it('office report: counts, evaluation by occupation, cross-workbook problems and the files that could not be checked', () => {
    const data = OFFICE_REPORT.build(facts);
    expect(data).toMatchObject({ total: 4, unchecked: 1, superseded: 0 });
    expect(data.byBusiness).toEqual(expect.arrayContaining([{ name: '备案续期', count: 2, passed: expect.any(Number), failed: expect.any(Number) }]));
    expect(data.occupations).toEqual([
      { name: '电工', assessed: 350, certified: 320, rate: '91.4%', note: '' },
      { name: '工业机器人系统运维员', assessed: 0, certified: 0, rate: '—', note: '' },
    ]);
    expect(data.files).toEqual([{ no: 1, file: '坏.xlsx', status: '无法读取', reason: '文件为空（0 字节），不是 Excel 工作簿' }]);
    const rows = cells(renderDocx(template('office-report'), data));
    expect(rows.at(-1)).toEqual(['1', '坏.xlsx', '无法读取', '文件为空（0 字节），不是 Excel 工作簿']);
  });
});

/**
 * Every column of 附件7 and 附件8 traced to the workbook: given distinct
 * values, each column shows its own; given nothing, each shows 未填报 (or is
 * the office's own column, left blank) and the office is told whom to ask.
 */
const render = (id: string, data: object) => cells(renderDocx(template(id), data));

describe('附件7 and 附件8 print only what the workbooks said', () => {
  const nothing = { 统一社会信用代码: null, 办公地址: null, 评价机构备案号: null, 备案有效期起: null, 备案有效期止: null, 申请日期: null };

  it('附件8: each column from its own 机构信息 item or 备案期评价情况', () => {
    const given = submission(
      'given.xlsx',
      orgSpec(
        '甲机构',
        1,
        {
          申请业务类型: '终止备案',
          评价机构类型: '院校',
          评价机构备案号: 'S000041070009',
          备案有效期起: day(2023, 3, 1),
          拟终止备案日期: day(2026, 9, 30),
          备案期内开展过评价: '是',
          备案期内发过证书: '否',
          证书数据已全部上传: '否',
          终止备案原因: '学校专业调整',
        },
      ),
    );
    const rows = render('ha-terminate-summary', HA_TERMINATE_SUMMARY.build(summaryFacts(compileBatch([given], AS_OF))) as object);
    expect(rows[1]).toEqual(['新乡市', '院校', '甲机构', 'S000041070009', '2023-03-01', '2026-09-30', '是', '否', '是', '学校专业调整']);
  });

  it('附件8: a workbook that says nothing gives 未填报 in every column it left empty, and the office is told whom to ask', () => {
    const silent = submission('silent.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '终止备案', ...nothing }));
    const data = HA_TERMINATE_SUMMARY.build(summaryFacts(compileBatch([silent], AS_OF))) as { ask: { items: string; orgs: string }[] };
    const rows = render('ha-terminate-summary', data);
    // 机构类型 comes from the workbook's 适用规则 (ha-social), in HA's words.
    expect(rows[1]).toEqual([NOT_GIVEN, '社评组织', '乙机构', ...Array(7).fill(NOT_GIVEN)]);
    expect(data.ask).toEqual([{ items: '地市、备案号、备案成功时间、终止备案时间、是否开展过评价、是否发过证书、是否有尚未入网的证书数据、终止备案原因', orgs: '乙机构' }]);
  });

  it('附件8: without a declaration, whether it evaluated and issued certificates is read from its 备案期评价情况', () => {
    const shown = submission('shown.xlsx', orgSpec('丙机构', 3, { 申请业务类型: '终止备案' }, { extra: evaluations(['电工', 12, 0]) }));
    const rows = render('ha-terminate-summary', HA_TERMINATE_SUMMARY.build(summaryFacts(compileBatch([shown], AS_OF))) as object);
    expect(rows[1].slice(6, 8)).toEqual(['是', '否']);
  });

  it('附件7: each column from its own item; a workbook without evaluations prints 未填报, never 0 or a proposal to terminate', () => {
    const given = submission('given.xlsx', orgSpec('甲机构', 1, { 申请业务类型: '备案续期', 评价机构备案号: 'S000041070009', 备案有效期止: day(2026, 12, 31) }, { extra: evaluations(['电工', 30, 20]) }));
    const silent = submission('silent.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '备案续期', ...nothing }));
    const rows = render('ha-renew-summary', HA_RENEW_SUMMARY.build(summaryFacts(compileBatch([given, silent], AS_OF))) as object);
    // 续期决定 and 续期起止日期 are the office's to write.
    expect(rows[1]).toEqual(['1', '新乡市', '社评组织', '甲机构', 'S000041070009', '2026-12-31', '30', '20', '', '', '退出评价范围：工业机器人系统运维员']);
    expect(rows[2]).toEqual(['2', NOT_GIVEN, '社评组织', '乙机构', NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, '', '', '']);
  });

  it('附件7: an empty 备案期评价情况, or one with blank counts, says nothing: 未填报, no 0, no proposal to terminate, no occupation leaving the scope', () => {
    const header = ['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'];
    const renewal = (n: number) => ({ 申请业务类型: '备案续期', 评价机构备案号: `S00004107000${n}`, 备案有效期止: day(2026, 12, 31) });
    const empty = submission('empty.xlsx', orgSpec('空表机构', 1, renewal(1), { extra: { 备案期评价情况: [header] } }));
    const blank = submission('blank.xlsx', orgSpec('空白机构', 2, renewal(2), { extra: { 备案期评价情况: [header, ['电工', null, null, null], ['工业机器人系统运维员', '', '', null]] } }));
    // One occupation's figures given, the other's left blank: the given one is counted and the cell says the rest is 未填报; the blank one stays in scope.
    const half = submission('half.xlsx', orgSpec('半填机构', 3, renewal(3), { extra: { 备案期评价情况: [header, ['电工', 30, 20, null], ['工业机器人系统运维员', null, null, null]] } }));
    const data = HA_RENEW_SUMMARY.build(summaryFacts(compileBatch([empty, blank, half], AS_OF))) as { ask: { items: string; orgs: string }[] };
    const rows = render('ha-renew-summary', data);
    expect(rows.slice(1, 4).map((r) => [r[3], r[6], r[7], r[8], r[10]])).toEqual([
      ['空表机构', NOT_GIVEN, NOT_GIVEN, '', ''],
      ['空白机构', NOT_GIVEN, NOT_GIVEN, '', ''],
      ['半填机构', '30（部分未填报）', '20（部分未填报）', '', ''],
    ]);
    expect(data.ask).toEqual([{ items: '备案期评价情况', orgs: '空表机构、空白机构、半填机构' }]);
  });

  it('附件7 and the 兵团 renewal summary: 合计 counts the organisations that gave figures, and says 未填报 where none did', () => {
    const silent = submission('silent.xlsx', orgSpec('乙机构', 2, { 申请业务类型: '备案续期' }));
    const given = submission('given.xlsx', orgSpec('甲机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 30, 20]) }));
    const last = (rows: string[][]) => rows[rows.length - 1];
    expect(last(render('ha-renew-summary', HA_RENEW_SUMMARY.build(summaryFacts(compileBatch([silent], AS_OF))) as object)).slice(4, 6)).toEqual([NOT_GIVEN, NOT_GIVEN]);
    expect(last(render('ha-renew-summary', HA_RENEW_SUMMARY.build(summaryFacts(compileBatch([silent, given], AS_OF))) as object)).slice(4, 6)).toEqual(['30', '20']);
    const bt = submission('bt.xlsx', orgSpec('丙机构', 3, { 申请业务类型: '备案续期', 适用规则: 'bt-social', 办公地址: '新疆石河子市北四路 8 号' }));
    expect(last(render('bt-renew-summary', BT_RENEW_SUMMARY.build(summaryFacts(compileBatch([bt], AS_OF))) as object)).slice(6, 8)).toEqual([NOT_GIVEN, NOT_GIVEN]);
  });
});

describe('each jurisdiction its own documents', () => {
  const bt = (name: string, seq: number, org: Record<string, unknown>, extra?: Parameters<typeof orgSpec>[3]) =>
    submission(`${name}.xlsx`, orgSpec(name, seq, { 适用规则: 'bt-social', 办公地址: '新疆石河子市北四路 8 号', 统一社会信用代码: creditCode('91', '659001', `MA7N3K${seq}0`), ...org } as never, extra));

  it('a mixed inbox: HA renewals under the 河南 title, 兵团 renewals under the 兵团 one, and no HA decision for a 兵团 organisation', () => {
    const ha = submission('ha.xlsx', orgSpec('河南机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 0, 0]) }));
    const b = bt('兵团机构', 2, { 申请业务类型: '备案续期', 申请日期: day(2026, 5, 1), 备案有效期止: day(2026, 12, 31) }, { extra: evaluations(['电工', 0, 0]) });
    const facts = summaryFacts(compileBatch([ha, b], AS_OF));
    const parts = summaryParts('renewal', facts);
    expect(parts.map((p) => p.form.title)).toEqual(['河南省职业技能等级评价机构备案续期汇总表', '兵团职业技能等级评价机构备案续期汇总表']);
    const haRows = render(HA_RENEW_SUMMARY.id, parts[0].data);
    expect(haRows.slice(1, -1).map((r) => r[3])).toEqual(['河南机构']);
    expect(haRows[1][8]).toContain('终止');
    const btRows = render(BT_RENEW_SUMMARY.id, parts[1].data);
    expect(btRows.slice(1, -1).map((r) => r[3])).toEqual(['兵团机构']);
    expect(btRows[1]).toEqual(['1', '第八师石河子市', '社会培训评价组织', '兵团机构', NOT_GIVEN, '2026-12-31', '2026-05-01', '是', '0', '0', '']);
    expect(btRows.flat().join('')).not.toContain('终止');
  });

  it('one Word file: each part its own section, landscape, page numbers starting at 1', async () => {
    const ha = submission('ha.xlsx', orgSpec('河南机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 5, 5]) }));
    const b = bt('兵团机构', 2, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 5, 5]) });
    const docx = await summaryDocx('renewal', summaryFacts(compileBatch([ha, b], AS_OF)), async (id) => template(id));
    const xml = new PizZip(docx).file('word/document.xml')!.asText();
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    // pgNumType where the schema puts it (after pgMar), or Word reports the file as damaged.
    for (const s of sections) expect(s).toMatch(/w:orient="landscape".*<w:pgMar [^>]*\/><w:pgNumType w:start="1"\/>/);
    expect(cells(docx).map((r) => r[3]).filter((n) => n.endsWith('机构'))).toEqual(['河南机构', '兵团机构']);
    expect(new PizZip(docx).file('word/footer1.xml')!.asText()).toContain('PAGE');
  });

  it('a 兵团-only inbox never gets a 河南 title', () => {
    const facts = summaryFacts(compileBatch([bt('兵团机构', 2, { 申请业务类型: '备案续期' })], AS_OF));
    expect(summaryParts('renewal', facts).map((p) => p.form.id)).toEqual(['bt-renew-summary']);
    expect(summaryParts('termination', facts).map((p) => p.form.id)).toEqual(['summary-none']);
  });

  it('the 兵团 公示 list (第十九条（一）): an expired filing without a renewal, and a year without evaluation', () => {
    const expired = bt('到期机构', 3, { 申请业务类型: '信息变更', 备案有效期止: day(2026, 3, 1) });
    const idle = bt('停评机构', 4, { 申请业务类型: '备案续期', 备案有效期起: day(2023, 1, 1), 备案有效期止: day(2026, 12, 31) }, { extra: evaluations(['电工', 30, 28, day(2025, 1, 10)]) });
    const renewing = bt('续期机构', 5, { 申请业务类型: '备案续期', 备案有效期止: day(2026, 3, 1) }, { extra: evaluations(['电工', 30, 28, day(2026, 1, 10)]) });
    const facts = summaryFacts(compileBatch([expired, idle, renewing], AS_OF));
    expect(summaryParts('termination', facts).map((p) => p.form.id)).toEqual(['bt-notice-list']);
    const rows = render(BT_NOTICE_LIST.id, BT_NOTICE_LIST.build(facts) as object);
    expect(rows.slice(1).map((r) => [r[2], r[6], r[7]])).toEqual([
      ['到期机构', NOT_GIVEN, '备案期满未书面提出续期备案申请（第十九条（一）1）'],
      ['停评机构', '2025-01-10', '备案后一年以上未开展评价工作（第十九条（一）2）'],
    ]);
  });
});

