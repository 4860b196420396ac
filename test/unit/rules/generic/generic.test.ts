import { checkBook } from '../../../../src/check';
import type { Finding } from '../../../../src/rules/finding';
import type { CellValue } from '../../../../src/model/cell';
import { BookSpec, makeBook, orgRows } from '../../../helpers/book';
import { badCheckId, validId } from '../../../helpers/people';

const TODAY = new Date(Date.UTC(2026, 5, 1));

function check(spec: BookSpec, profile = 'ha-employer', business = '首次备案'): Finding[] {
  return checkBook(makeBook(spec), { profile, business, today: TODAY }).findings;
}

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

const ORG = orgRows({ 单位名称: '甲公司', 适用规则: 'ha-employer', 申请业务类型: '首次备案' });
const EXAMINER_HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级'];
const OCCUPATIONS: CellValue[][] = [
  ['序号', '职业编码', '职业名称', '等级'],
  [1, '4-04-05-05', '人工智能训练师', '五级至三级'],
];

describe('cell checks at the right cell', () => {
  it('reports a wrong ID check digit at its cell with the standard as basis', () => {
    const f = only(check({ 考评人员: [['考评人员名册'], EXAMINER_HEADER, [1, '张三', badCheckId(validId()), '人工智能训练师', '4-04-05-05', '三级']] }), 'id.checksum');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '考评人员', cell: 'C3', row: 3, column: '身份证件号', basis: 'GB 11643-1999' });
  });

  it('an ID held as a number is an error even if its digits look right', () => {
    const f = only(check({ 考评人员: [EXAMINER_HEADER, [1, '张三', 110105194912310020, '人工智能训练师']] }), 'id.numeric');
    expect(f[0]).toMatchObject({ cell: 'C2', severity: 'error' });
  });

  it('a valid roster gives no cell findings', () => {
    const f = check({ 机构信息: ORG, 申请职业: OCCUPATIONS, 考评人员: [EXAMINER_HEADER, [1, '张三', validId(), '人工智能训练师', '4-04-05-05', '三级/高级工']] });
    expect(f.filter((x) => x.sheet === '考评人员')).toEqual([]);
  });

  it('checks the credit code against 单位性质 on 机构信息', () => {
    const org = orgRows({ 单位名称: '甲', 统一社会信用代码: '91350100M000100Y43', 单位性质: '社会团体' });
    const f = only(check({ 机构信息: org }), 'credit.nature');
    expect(f[0]).toMatchObject({ sheet: '机构信息', cell: 'B3' });
  });

  it('flags the code ↔ name mismatch against the 2022 大典', () => {
    const f = only(check({ 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, '4-04-04-05', '人工智能训练师', '三级']] }), 'occupation.name-mismatch');
    expect(f[0]).toMatchObject({ sheet: '申请职业', cell: 'B2', severity: 'error' });
    expect(f[0].message).toContain('数字化解决方案设计师');
  });

  it('reports formula errors', () => {
    const f = only(check({ 题库: [['职业（工种）', '等级', '单选题'], ['人工智能训练师', '三级', { error: '#REF!' }]] }), 'cell.formula-error');
    expect(f[0]).toMatchObject({ cell: 'C2', severity: 'error' });
    expect(f[0].message).toContain('#REF!');
  });
});

describe('structure', () => {
  it('reports missing required sheets for the profile, and is quiet when present', () => {
    const f = only(check({ 机构信息: ORG }), 'sheet.missing');
    expect(f.map((x) => x.message).join()).toContain('考评人员');
    expect(f.every((x) => x.basis.startsWith('《河南省评价机构备案工作指南》'))).toBe(true);
  });

  it('reports a missing required column at the header row', () => {
    const f = only(check({ 考评人员: [['序号', '姓名', '考评职业（工种）'], [1, '张三', '电工']] }), 'column.missing');
    expect(f[0]).toMatchObject({ sheet: '考评人员', row: 1, column: '身份证件号' });
  });

  it('reports empty required cells and leaves filled ones alone', () => {
    const f = only(check({ 考评人员: [EXAMINER_HEADER, [1, '', validId(), '人工智能训练师'], [2, '李四', validId('19800101', 2), '人工智能训练师']] }), 'cell.required');
    expect(f.map((x) => x.cell)).toEqual(['B2']);
  });

  it('warns about an empty row inside a table', () => {
    const f = only(check({ 工作人员: [['序号', '姓名', '身份证件号'], [1, '甲', validId()], [], [], [2, '乙', validId('19800101', 2)]] }), 'table.empty-row');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', row: 3, range: '3:4' });
  });
});

describe('people across the workbook', () => {
  it('the same ID twice in one roster is an error at the second row', () => {
    const id = validId();
    const f = only(check({ 工作人员: [['序号', '姓名', '身份证件号'], [1, '甲', id], [2, '乙', validId('19800101', 2)], [3, '甲', id]] }), 'roster.duplicate-id');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'C4', row: 4 });
    expect(f[0].message).toContain('第 2 行');
  });

  const TWO = [...OCCUPATIONS, [2, '4-01-06-01', '电子商务师', '五级至三级']];

  it('one examiner assessing two occupations, on two rows, is no duplicate; twice for one occupation is', () => {
    const id = validId();
    const rows = (second: string) => [EXAMINER_HEADER, [1, '张三', id, '人工智能训练师', '4-04-05-05', '三级/高级工'], [2, '张三', id, second, '', '三级/高级工']];
    expect(only(check({ 机构信息: ORG, 申请职业: TWO, 考评人员: rows('电子商务师') }), 'roster.duplicate-id')).toEqual([]);
    const twice = only(check({ 机构信息: ORG, 申请职业: TWO, 考评人员: rows('人工智能训练师') }), 'roster.duplicate-id');
    expect(twice).toEqual([expect.objectContaining({ cell: 'C3', severity: 'error' })]);
    expect(twice[0].message).toContain('人工智能训练师');
  });

  it('the same ID with another name is an error even for another occupation', () => {
    const id = validId();
    const rows = [EXAMINER_HEADER, [1, '张三', id, '人工智能训练师', '4-04-05-05', '三级/高级工'], [2, '李四', id, '电子商务师', '4-01-06-01', '三级/高级工']];
    expect(only(check({ 机构信息: ORG, 申请职业: TWO, 考评人员: rows }), 'person.name-conflict')).toHaveLength(1);
  });

  it('the same person on two rosters is fine; the same ID with another name is an error', () => {
    const id = validId();
    const same = check({ 工作人员: [['姓名', '身份证件号'], ['张三', id]], 督导员: [['姓名', '身份证件号'], ['张三', id]] });
    expect(only(same, 'person.name-conflict')).toEqual([]);
    const other = only(check({ 工作人员: [['姓名', '身份证件号'], ['张三', id]], 督导员: [['姓名', '身份证件号'], ['李四', id]] }), 'person.name-conflict');
    expect(other[0]).toMatchObject({ sheet: '督导员', cell: 'B2' });
    expect(other[0].message).toContain('张三');
  });

  it('checks the legal representative against the rosters', () => {
    const id = validId();
    const org = orgRows({ 单位名称: '甲', 法定代表人: '王五', 法定代表人身份证号: id });
    const f = only(check({ 机构信息: org, 工作人员: [['姓名', '身份证件号'], ['赵六', id]] }), 'person.name-conflict');
    expect(f).toHaveLength(1);
  });

  it('warns about examiners younger than 18 or older than 75, not at the bounds', () => {
    const rows = [EXAMINER_HEADER, [1, '甲', validId('20080602', 1)], [2, '乙', validId('20080601', 2)], [3, '丙', validId('19500601', 3)], [4, '丁', validId('19500602', 4)]];
    const f = only(check({ 考评人员: rows }), 'person.age');
    expect(f.map((x) => x.cell)).toEqual(['C2', 'C4']);
  });
});

describe('occupations', () => {
  it('an occupation used on another sheet but not applied for is an error', () => {
    const f = only(
      check({ 申请职业: OCCUPATIONS, 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量'], [1, '电工', '设备', '万用表', 2], [2, '人工智能训练师', '设备', '电脑', 2]] }),
      'occupation.not-applied',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: '设施设备', cell: 'B2' });
  });

  it('a site or room serving several occupations in one cell (“人工智能训练师、电子商务师”) names applied occupations', () => {
    const two = [...OCCUPATIONS, [2, '4-01-06-01', '电子商务师', '五级至三级']];
    const equipment = (occ: string) => [['序号', '职业（工种）', '类别', '名称', '数量'], [1, occ, '场地', '综合实训楼', 1]];
    expect(only(check({ 申请职业: two, 设施设备: equipment('人工智能训练师、电子商务师') }), 'occupation.not-applied')).toEqual([]);
    expect(only(check({ 申请职业: two, 设施设备: equipment('人工智能训练师/电子商务师') }), 'occupation.not-applied')).toEqual([]);
    const f = only(check({ 申请职业: two, 设施设备: equipment('人工智能训练师、焊工') }), 'occupation.not-applied');
    expect(f).toEqual([expect.objectContaining({ cell: 'B2' })]);
    expect(f[0].message).toContain('“焊工”');
    expect(f[0].message).not.toContain('人工智能训练师');
  });

  it('the same code with two names across sheets is an error', () => {
    const f = only(check({ 申请职业: OCCUPATIONS, 题库: [['职业（工种）', '职业编码', '等级'], ['电子商务师', '4-04-05-05', '三级']] }), 'occupation.inconsistent');
    expect(f[0]).toMatchObject({ sheet: '题库', cell: 'A2' });
  });
});

describe('X证书评价数据 arithmetic', () => {
  const header = ['年度', 'X证书项目名称', '认定人次·初级', '认定人次·中级', '认定人次·高级', '认定人次·总计', '取证人次·初级', '取证人次·中级', '取证人次·高级', '取证人次·总计', '获证率'];
  const ok: CellValue[] = [2024, '项目', 100, 50, 10, 160, 90, 40, 10, 140, '87.5%'];

  it('a consistent row is clean, in any of the rate forms', () => {
    for (const rate of ['87.5%', 0.875, 87.5, '87.5']) {
      expect(check({ X证书评价数据: [header, [...ok.slice(0, 10), rate]] }).filter((f) => f.rule.startsWith('xcert'))).toEqual([]);
    }
  });

  it('reports a wrong total, 取证 > 认定 and a wrong rate at their cells', () => {
    const f = check({ X证书评价数据: [header, [2024, '项目', 100, 50, 10, 170, 110, 40, 10, 150, '80%']] }).filter((x) => x.rule.startsWith('xcert'));
    expect(f.map((x) => [x.rule, x.cell])).toEqual(
      expect.arrayContaining([
        ['xcert.total', 'F2'],
        ['xcert.total', 'J2'],
        ['xcert.certified-exceeds', 'G2'],
        ['xcert.rate', 'K2'],
      ]),
    );
  });

  it('accepts a rate within 0.1 percentage point and rejects beyond', () => {
    const near = check({ X证书评价数据: [header, [...ok.slice(0, 10), '87.4%']] });
    expect(only(near, 'xcert.rate')).toEqual([]);
    const far = check({ X证书评价数据: [header, [...ok.slice(0, 10), '87.3%']] });
    expect(only(far, 'xcert.rate')).toHaveLength(1);
  });

  it('checks the 合计 row against the column sums', () => {
    const f = only(check({ X证书评价数据: [header, ok, ok, ['合计', '', 200, 100, 20, 320, 180, 80, 20, 281, 0.875]] }), 'xcert.sum-row');
    expect(f.map((x) => x.cell)).toEqual(['J4']);
  });

  it('a year in the future is an error', () => {
    const f = check({ X证书评价数据: [header, [2027, ...ok.slice(1)]] });
    expect(f.find((x) => x.cell === 'A2')?.severity).toBe('error');
  });
});

describe('申请材料', () => {
  it('every required material must be listed and marked 是', () => {
    const f = check({ 申请材料: [['序号', '材料名称', '是否提供'], [1, '应急预案', '否'], [2, '财务管理办法', '是']] }, 'xj-xcert');
    const notProvided = only(f, 'materials.not-provided');
    expect(notProvided[0]).toMatchObject({ cell: 'C2', basis: '《新疆原X证书机构备案办理指南》五（一）1' });
    const missing = only(f, 'materials.missing');
    expect(missing.map((x) => x.message)).toContainEqual(expect.stringContaining('考评人员名册'));
    expect(missing.map((x) => x.message)).not.toContainEqual(expect.stringContaining('财务管理办法'));
  });
});
