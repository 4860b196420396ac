import type { CellValue } from '../../../../../src/model/cell';
import { creditCode, only, orgCell, run } from '../../xj/rules/fixture';
import { HA_ORG, haSpec } from './fixture';

const withOrg = (extra: Record<string, CellValue>) => {
  const org = { ...HA_ORG, ...extra };
  return { org, spec: haSpec(org) };
};

describe('ha.registration — 在河南境内依法登记 (一（五）1、二（五）1、三（一）)', () => {
  it('a Henan code and address pass', () => {
    expect(only(run(haSpec()), 'ha.registration')).toEqual([]);
  });

  it('a Beijing code and address are an error naming both and the filing’s own chapter', () => {
    const { org, spec } = withOrg({ 统一社会信用代码: creditCode('91', '110108'), 办公地址: '北京市海淀区中关村大街 27 号' });
    const f = only(run(spec), 'ha.registration');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', cell: orgCell(org, '办公地址'), basis: '《河南省评价机构备案工作指南》二（五）1' })]);
    expect(f[0].message).toContain('110108（北京市）');
    expect(f[0].message).toContain('应在河南省依法登记');
  });

  it('a Henan code with an address elsewhere is only a warning saying they disagree', () => {
    const { spec } = withOrg({ 办公地址: '北京市海淀区中关村大街 27 号' });
    const f = only(run(spec), 'ha.registration');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(f[0].message).toContain('两者不一致');
  });

  it('an employer cites 一（五）1', () => {
    const { spec } = withOrg({ 适用规则: 'ha-employer', 统一社会信用代码: creditCode('91', '110108'), 办公地址: '北京市海淀区' });
    expect(only(run(spec), 'ha.registration')[0].basis).toBe('《河南省评价机构备案工作指南》一（五）1');
  });
});

describe('ha.facilities.per-occupation — 场地、设备、工（量）具 (二（五）3（3）)', () => {
  it('an occupation with only monitoring is an error naming what is missing', () => {
    const spec = haSpec();
    spec['设施设备'] = spec['设施设备'].filter((r, i) => i === 0 || r[1] !== '电工' || r[2] === '视频监控');
    const f = only(run(spec), 'ha.facilities.per-occupation');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('电工 在设施设备表中没有场地，也没有设备或工（量）具');
  });
});

describe('ha declarations — 社会保险 (一（五）1), 线上机考 (二（五）3（2）), 招生资质 (三（一）)', () => {
  it('an employer declaring 否 for social insurance is an error; fewer insured than employed a warning', () => {
    const { org, spec } = withOrg({ 适用规则: 'ha-employer', 职工依法参加社会保险: '否', 职工总数: 100, 缴纳社保人数: 90 });
    const f = only(run(spec), 'ha.social-insurance');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([
      ['error', orgCell(org, '职工依法参加社会保险')],
      ['warning', orgCell(org, '缴纳社保人数')],
    ]);
    const ok = withOrg({ 适用规则: 'ha-employer', 职工依法参加社会保险: '是', 职工总数: 100, 缴纳社保人数: 100 });
    expect(only(run(ok.spec), 'ha.social-insurance')).toEqual([]);
  });

  it('a social organisation without online exams is an error; unanswered a warning', () => {
    const no = withOrg({ 具备线上机考条件: '否' });
    expect(only(run(no.spec), 'ha.online-exam')[0]).toMatchObject({ severity: 'error', cell: orgCell(no.org, '具备线上机考条件') });
    const { 具备线上机考条件: _, ...unanswered } = HA_ORG;
    expect(only(run(haSpec(unanswered)), 'ha.online-exam')[0].severity).toBe('warning');
  });

  it('a school without the right to enrol is an error', () => {
    const { org, spec } = withOrg({ 适用规则: 'ha-school', 单位性质: '院校', 统一社会信用代码: creditCode('12', '410702'), 具有招生资质: '否' });
    expect(only(run(spec), 'ha.school.enrolment')[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '具有招生资质'), basis: '《河南省评价机构备案工作指南》三（一）、三（五）1' });
  });
});

describe('ha.question-bank — 社会培训评价组织具有题库 (二（五）4)', () => {
  it('an occupation without 题库 rows is an error; with questions it passes', () => {
    const spec = haSpec();
    spec['题库'] = spec['题库'].slice(0, 2);
    const f = only(run(spec), 'ha.question-bank');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('工业机器人系统运维员');
    expect(only(run(haSpec()), 'ha.question-bank')).toEqual([]);
  });
});

describe('ha.occupations.national-standard — 社会培训评价组织只能申报有国家职业标准的职业 (二（六）)', () => {
  const standard = (text: string, profile = 'ha-social') => {
    const spec = haSpec({ ...HA_ORG, 适用规则: profile });
    spec['申请职业'][1][4] = text;
    return only(run(spec), 'ha.occupations.national-standard');
  };
  it('an industry norm is an error at the 评价标准 cell; 国标 passes; employers may use norms', () => {
    expect(standard('电力行业评价规范')).toEqual([expect.objectContaining({ severity: 'error', cell: 'E2' })]);
    expect(standard('企业评价规范（2023）')).toHaveLength(1);
    expect(standard('国标 2018 年版')).toEqual([]);
    expect(standard('电工（2018年版）')).toEqual([]);
    expect(standard('电力行业评价规范', 'ha-employer')).toEqual([]);
  });
});

describe('ha.renewal.no-evaluation — 未开展评价工作的机构终止备案 (六（四）2)', () => {
  const renewal = (assessed: number[]) => ({
    ...haSpec({ ...HA_ORG, 申请业务类型: '备案续期', 备案有效期止: new Date(Date.UTC(2026, 11, 31)) }),
    备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], ...assessed.map((n, i) => [['电工', '工业机器人系统运维员'][i], n, n])],
  });
  it('nobody evaluated in the period is an error; one person evaluated passes', () => {
    const f = only(run(renewal([0, 0])), 'ha.renewal.no-evaluation');
    expect(f).toEqual([expect.objectContaining({ severity: 'error', basis: '《河南省评价机构备案工作指南》六（四）2' })]);
    expect(f[0].message).toContain('终止备案');
    expect(only(run(renewal([1, 0])), 'ha.renewal.no-evaluation')).toEqual([]);
  });
});

describe('HA 二（八） items 8–11 are kept for the technical evaluation', () => {
  it('not yet ready is information, never an error', () => {
    const spec = haSpec();
    spec['申请材料'] = spec['申请材料'].map((r, i) => (i >= 8 && i <= 11 ? [r[0], r[1], '否'] : r));
    const f = run(spec).filter((x) => x.sheet === '申请材料');
    expect(f.map((x) => [x.rule, x.severity])).toEqual(Array(4).fill(['materials.on-site', 'info']));
    expect(f[0].message).toContain('须在技术评估时备查');
  });
});
