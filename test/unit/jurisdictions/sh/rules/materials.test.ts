import type { CellValue } from '../../../../../src/model/cell';
import { AI, only, run } from '../../xj/rules/fixture';
import { BANK_HEADER, OCCUPATION_HEADER, occupationRow, shSpec, XCERT_HEADER } from './fixture';

describe('sh.xcert-data.present — X证书评价数据汇总表 (三（一）、四（二）)', () => {
  it('an empty table is an error; one row passes', () => {
    const f = only(run({ ...shSpec(), X证书评价数据: [XCERT_HEADER] }), 'sh.xcert-data.present');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: 'X证书评价数据' });
    expect(only(run(shSpec()), 'sh.xcert-data.present')).toEqual([]);
  });
});

describe('sh.occupations.recommendation — 附件1 推荐汇总表的栏目', () => {
  it('an empty 产业类别 is an error at that cell naming the occupation', () => {
    const row = occupationRow(1);
    row[5] = '';
    const f = only(run({ ...shSpec(), 申请职业: [OCCUPATION_HEADER, row] }), 'sh.occupations.recommendation');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: 'F2', basis: '《上海原X证书机构备案工作指引》四（一）、附件1' });
    expect(f[0].message).toContain('4-04-05-05 人工智能训练师');
    expect(f[0].message).toContain('产业类别');
  });

  it('missing columns are named once at the header row', () => {
    const f = only(run({ ...shSpec(), 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, AI.code, AI.name, '四级至三级']] }), 'sh.occupations.recommendation');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 1, cell: null });
    expect(f[0].message).toContain('“评价标准”、“产业类别”、“预计评价人次”、“已纳入评价目录”');
  });

  it('a filled row passes', () => {
    expect(only(run(shSpec()), 'sh.occupations.recommendation')).toEqual([]);
  });
});

describe('sh.question-bank — 各等级评价方案及两套样卷 (四（六）)', () => {
  const bank = (rows: CellValue[][]) => ({ ...shSpec(), 题库: [BANK_HEADER, ...rows] });

  it('one sample paper is an error at 样卷套数; two pass', () => {
    const f = only(run(bank([[AI.name, AI.code, '四级', 1000, 30, 2], [AI.name, AI.code, '三级', 1000, 30, 1]])), 'sh.question-bank.sample-papers');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '题库', cell: 'F3', basis: '《上海原X证书机构备案工作指引》四（六）' });
    expect(f[0].message).toBe('职业（工种）4-04-05-05 人工智能训练师 三级/高级工 样卷 1 套，少于 2 套');
    expect(only(run(shSpec()), 'sh.question-bank.sample-papers')).toEqual([]);
  });

  it('a 题库 without 样卷套数 is reported once on the sheet', () => {
    const f = only(run({ ...shSpec(), 题库: [['职业（工种）', '等级', '单选题'], [AI.name, '四级', 1], [AI.name, '三级', 1]] }), 'sh.question-bank.sample-papers');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('没有“样卷套数”列');
  });

  it('an applied level with no 题库 row is an error at the occupation’s 等级', () => {
    const f = only(run(bank([[AI.name, AI.code, '四级', 1000, 30, 2]])), 'sh.question-bank.level-missing');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '申请职业', cell: 'D2' });
    expect(f[0].message).toContain('三级/高级工');
    expect(only(run(shSpec()), 'sh.question-bank.level-missing')).toEqual([]);
  });
});
