import { orgRows } from '../../../../helpers/book';
import { creditCode, only, orgCell, run } from '../../xj/rules/fixture';
import { ORG, shSpec, XCERT_HEADER } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...shSpec(), 机构信息: orgRows(org), ...extra });

describe('sh.eligibility.region — 注册地在上海或在上海开展过X证书评价 (二（一）)', () => {
  it('registered in Beijing with only Beijing data is an error at 注册地; Shanghai data passes', () => {
    const org = { ...ORG, 注册地: '北京市朝阳区', 统一社会信用代码: creditCode('91', '110105') };
    const f = only(run(withOrg(org, { X证书评价数据: [XCERT_HEADER, [2025, 'X', '北京', 3000, 2800]] })), 'sh.eligibility.region');
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '注册地'), basis: '《上海原X证书机构备案工作指引》二（一）' });
    expect(f[0].message).toContain('北京市朝阳区');
    expect(only(run(withOrg(org)), 'sh.eligibility.region')).toEqual([]);
  });

  it('warns only when the data (as in 附件3) has no 地区 column', () => {
    const org = { ...ORG, 注册地: '北京市朝阳区' };
    const f = only(run(withOrg(org, { X证书评价数据: [['年度', 'X证书项目名称', '认定人次·总计'], [2025, 'X', 3000]] })), 'sh.eligibility.region');
    expect(f[0].severity).toBe('warning');
  });
});

describe('sh.office.region — 在上海设有常驻工作机构 (二（二）)', () => {
  it('an office in Hangzhou warns; a Shanghai district without “上海” is understood', () => {
    const org = { ...ORG, 办公地址: '杭州市西湖区文三路 1 号' };
    expect(only(run(withOrg(org)), 'sh.office.region')[0]).toMatchObject({ severity: 'warning', cell: orgCell(org, '办公地址') });
    expect(only(run(withOrg({ ...ORG, 办公地址: '浦东新区张江路 88 号' })), 'sh.office.region')).toEqual([]);
  });
});

describe('sh.eligibility.government — 政府及其所属部门不予申报 (二（三）)', () => {
  it('a credit code of a 事业单位 (12…) is an error at the code', () => {
    const org = { ...ORG, 单位性质: '院校', 统一社会信用代码: creditCode('12', '310000', '42500001') };
    const f = only(run(withOrg(org)), 'sh.eligibility.government');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '统一社会信用代码'), basis: '《上海原X证书机构备案工作指引》二（三）' });
    expect(f[0].message).toContain('事业单位');
  });

  it('单位性质 机关 is an error at 单位性质 when the code does not already say so', () => {
    const org = { ...ORG, 单位性质: '机关', 统一社会信用代码: null };
    const f = only(run(withOrg(org)), 'sh.eligibility.government');
    expect(f[0]).toMatchObject({ cell: orgCell(org, '单位性质') });
  });

  it('an enterprise passes', () => {
    expect(only(run(shSpec()), 'sh.eligibility.government')).toEqual([]);
  });
});

describe('sh.prohibited — 不予申报的情形 (二（一）、二（三）)', () => {
  const social = { ...ORG, 单位性质: '社会团体', 统一社会信用代码: creditCode('51', '310000', '50000001') };
  const declared = (extra: Record<string, string>) => ({ ...social, 在已终止备案机构名单中: '否', 近三年有违法违规或失信记录: '否', ...extra });

  it('a social group not decoupled from government is an error at its declaration', () => {
    const org = declared({ 已与政府部门脱钩: '否' });
    const f = only(run(withOrg(org)), 'sh.prohibited');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '已与政府部门脱钩'), basis: '《上海原X证书机构备案工作指引》二（一）、二（三）' });
    expect(f[0].message).toContain('未与政府部门脱钩');
  });

  it('a decoupled social group passes; an enterprise is not asked about decoupling', () => {
    expect(only(run(withOrg(declared({ 已与政府部门脱钩: '是' }))), 'sh.prohibited')).toEqual([]);
    const enterprise = { ...ORG, 在已终止备案机构名单中: '否', 近三年有违法违规或失信记录: '否' };
    expect(only(run(withOrg(enterprise)), 'sh.prohibited')).toEqual([]);
  });

  it('being on the terminated list is an error; unanswered declarations are a warning', () => {
    const org = { ...ORG, 在已终止备案机构名单中: '是', 近三年有违法违规或失信记录: '否' };
    expect(only(run(withOrg(org)), 'sh.prohibited')[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '在已终止备案机构名单中') });
    const f = only(run(shSpec()), 'sh.prohibited');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', cell: null });
    expect(f[0].message).toContain('在已终止备案机构名单中');
  });
});

describe('sh.staffing.present — 专职工作人员、专家团队、考评人员、督导人员 (二（二）)', () => {
  it('an empty 专家队伍 sheet is an error; absent rosters are not asked for', () => {
    const f = only(run({ ...shSpec(), 专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别']] }), 'sh.staffing.present');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '专家队伍' });
    expect(f[0].message).toContain('专家团队');
    expect(only(run(shSpec()), 'sh.staffing.present')).toEqual([]);
  });
});
