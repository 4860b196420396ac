import { orgRows } from '../../../../helpers/book';
import { creditCode, only, ORG, orgCell, run, XCERT_HEADER, xjSpec } from './fixture';

describe('xj.eligibility.region — 注册地在新疆或在新疆开展过X证书评价 (四（一）)', () => {
  it('an organisation registered elsewhere (code and 注册地 agree) with no Xinjiang data is an error at 注册地', () => {
    const org = { ...ORG, 注册地: '北京市海淀区', 统一社会信用代码: creditCode('91', '110108') };
    const spec = { ...xjSpec(), 机构信息: orgRows(org), X证书评价数据: [XCERT_HEADER, [2024, '人工智能训练', '北京', 4000, 3500]] };
    const f = only(run(spec), 'xj.eligibility.region');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '机构信息', cell: orgCell(org, '注册地'), basis: '《新疆原X证书机构备案办理指南》四（一）' });
    expect(f[0].message).toContain('北京市海淀区');
    expect(f[0].message).toContain('新疆');
  });

  it('registered elsewhere but with one year of evaluation in Xinjiang passes', () => {
    const spec = { ...xjSpec(), 机构信息: orgRows({ ...ORG, 注册地: '北京市海淀区' }), X证书评价数据: [XCERT_HEADER, [2024, '人工智能训练', '新疆', 1, 1]] };
    expect(only(run(spec), 'xj.eligibility.region')).toEqual([]);
  });

  it('only warns when the data has no 地区 column to show where it was', () => {
    const spec = { ...xjSpec(), 机构信息: orgRows({ ...ORG, 注册地: '北京市海淀区' }), X证书评价数据: [['年度', 'X证书项目名称', '认定人次·总计'], [2024, '人工智能训练', 4000]] };
    const f = only(run(spec), 'xj.eligibility.region');
    expect(f[0]).toMatchObject({ severity: 'warning' });
    expect(f[0].message).toContain('没有“地区”列');
  });

  it('without 注册地, the credit code and 办公地址 decide; when they disagree it is a warning naming both', () => {
    const inXj = { ...ORG, 注册地: null };
    const base = xjSpec();
    const elsewhere = [XCERT_HEADER, [2024, '人工智能训练', '北京', 4000, 3500]];
    expect(only(run({ ...base, 机构信息: orgRows(inXj), X证书评价数据: elsewhere }), 'xj.eligibility.region')).toEqual([]);
    const beijing = { ...inXj, 统一社会信用代码: creditCode('91', '110108') };
    const f = only(run({ ...base, 机构信息: orgRows(beijing), X证书评价数据: elsewhere }), 'xj.eligibility.region');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', cell: orgCell(beijing, '统一社会信用代码') })]);
    expect(f[0].message).toContain('统一社会信用代码第 3–8 位 110108（北京市）不在');
    expect(f[0].message).toContain('两者不一致');
  });
});

describe('xj.office.region — 在新疆设有常驻工作机构 (四（三）)', () => {
  it('warns at 办公地址 outside Xinjiang and is quiet for a Xinjiang address', () => {
    const org = { ...ORG, 办公地址: '北京市海淀区中关村大街 1 号' };
    const f = only(run({ ...xjSpec(), 机构信息: orgRows(org) }), 'xj.office.region');
    expect(f[0]).toMatchObject({ severity: 'warning', cell: orgCell(org, '办公地址') });
    expect(f[0].message).toContain('中关村');
    expect(only(run(xjSpec()), 'xj.office.region')).toEqual([]);
  });
});

describe('xj.staffing.present — 配备考务管理人员、质量督导人员 (四（三）)', () => {
  it('an empty 工作人员 roster is an error on that sheet; one person is enough', () => {
    const f = only(run({ ...xjSpec(), 工作人员: [['序号', '姓名', '身份证件号', '主要职责']] }), 'xj.staffing.present');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '工作人员', cell: null });
    expect(f[0].message).toContain('考务管理人员');
    expect(only(run(xjSpec()), 'xj.staffing.present')).toEqual([]);
  });
});
