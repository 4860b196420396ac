import { creditCode, only, orgCell, run } from '../../xj/rules/fixture';
import { ELECTRICIAN, HA_ORG, haSpec, ROBOT } from './fixture';

const withOrg = (extra: Record<string, unknown>) => ({ ...HA_ORG, ...extra }) as typeof HA_ORG;
const haFindings = (spec = haSpec()) => run(spec).filter((f) => f.rule.startsWith('ha.'));

describe('a clean ha-social first filing', () => {
  it('gives no finding from the HA pack and no error at all', () => {
    expect(haFindings()).toEqual([]);
    expect(run(haSpec()).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('ha.eligibility.government (二（七）1)', () => {
  it('a public institution (credit code 12…) is an error at the code; an enterprise passes', () => {
    const org = withOrg({ 单位性质: '其他事业单位', 统一社会信用代码: creditCode('12', '410702', '41500001') });
    const f = only(run(haSpec(org)), 'ha.eligibility.government');
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '统一社会信用代码'), basis: '《河南省评价机构备案工作指南》二（七）1' });
    expect(only(run(haSpec()), 'ha.eligibility.government')).toEqual([]);
  });

  it('does not apply to employers', () => {
    const org = withOrg({ 适用规则: 'ha-employer', 统一社会信用代码: creditCode('12', '410702', '41500001') });
    expect(only(run(haSpec(org)), 'ha.eligibility.government')).toEqual([]);
  });
});

describe('ha.prohibited (二（七）2)', () => {
  it('a declared bad record is an error at that cell', () => {
    const org = withOrg({ 人才培训评价领域有不良记录: '是' });
    const f = only(run(haSpec(org)), 'ha.prohibited');
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '人才培训评价领域有不良记录') });
  });
});

describe('ha.occupations.catalogue and ha.occupations.standard (一（六）、二（六）)', () => {
  it('an occupation not in the catalogue and one without a standard are errors at their cells', () => {
    const spec = haSpec();
    spec['申请职业'][2][5] = '否';
    spec['申请职业'][1][4] = '';
    const f = haFindings(spec);
    expect(only(f, 'ha.occupations.catalogue')[0]).toMatchObject({ cell: 'F3' });
    expect(only(f, 'ha.occupations.catalogue')[0].message).toContain(ROBOT.name);
    expect(only(f, 'ha.occupations.standard')[0]).toMatchObject({ cell: 'E2' });
  });
});

describe('ha.teams and ha.video-monitoring (一（五）5、二（五）3、5)', () => {
  it('an empty roster and a missing expert team are errors', () => {
    const spec = haSpec();
    spec['内部质量督导员'] = [spec['内部质量督导员'][0]];
    delete spec['专家队伍'];
    const f = only(haFindings(spec), 'ha.teams');
    expect(f.map((x) => x.message).join()).toContain('内部质量督导人员');
    expect(f.map((x) => x.message).join()).toContain('专家队伍');
  });

  it('an occupation without video monitoring is an error naming it', () => {
    const spec = haSpec();
    spec['设施设备'] = spec['设施设备'].filter((r) => r[2] !== '视频监控' || r[1] !== ELECTRICIAN.name);
    const f = only(haFindings(spec), 'ha.video-monitoring');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(ELECTRICIAN.name);
  });
});

describe('ha.renewal.lead-time (六（四）1)', () => {
  const renewal = (applyDate: Date, validTo: Date) => haSpec(withOrg({ 申请业务类型: '备案续期', 申请日期: applyDate, 备案有效期止: validTo }));

  it('60 days before expiry passes; 59 days is an error at 申请日期', () => {
    const ok = only(run(renewal(new Date(Date.UTC(2026, 4, 1)), new Date(Date.UTC(2026, 5, 30)))), 'ha.renewal.lead-time');
    expect(ok).toEqual([]);
    const org = withOrg({ 申请业务类型: '备案续期', 申请日期: new Date(Date.UTC(2026, 4, 2)), 备案有效期止: new Date(Date.UTC(2026, 5, 30)) });
    const late = only(run(haSpec(org)), 'ha.renewal.lead-time');
    expect(late[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '申请日期') });
    expect(late[0].message).toContain('59 天');
  });

  it('a missing expiry date is reported', () => {
    const f = only(run(haSpec(withOrg({ 申请业务类型: '备案续期' }))), 'ha.renewal.lead-time');
    expect(f[0].message).toContain('备案有效期止');
  });
});

describe('ha.renewal.unevaluated (六（四）2)', () => {
  it('lists applied occupations with no evaluation in the period as info', () => {
    const spec = { ...haSpec(withOrg({ 申请业务类型: '备案续期' })), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], [ELECTRICIAN.name, 120, 100], [ROBOT.name, 0, 0]] };
    const f = only(run(spec), 'ha.renewal.unevaluated');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', sheet: '备案期评价情况' });
    expect(f[0].message).toContain(ROBOT.name);
  });
});

describe('ha.termination.notice (七（四）1)', () => {
  const termination = (start: Date, apply: Date) => haSpec(withOrg({ 申请业务类型: '终止备案', 公示开始日期: start, 申请日期: apply }));

  it('30 working days across the National Day holiday pass; 29 is an error', () => {
    expect(only(run(termination(new Date(Date.UTC(2026, 8, 14)), new Date(Date.UTC(2026, 9, 30)))), 'ha.termination.notice')).toEqual([]);
    const f = only(run(termination(new Date(Date.UTC(2026, 8, 14)), new Date(Date.UTC(2026, 9, 29)))), 'ha.termination.notice');
    expect(f[0]).toMatchObject({ severity: 'error' });
    expect(f[0].message).toContain('29 个工作日');
  });

  it('refuses to guess for a year the calendar does not cover, and says how to supply it', () => {
    const f = only(run(termination(new Date(Date.UTC(2026, 11, 1)), new Date(Date.UTC(2027, 0, 20)))), 'ha.termination.notice');
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('--holidays');
  });
});

describe('ha.termination.registration (七（四）1)', () => {
  it('registration still open during the notice is an error at that declaration; stopped passes', () => {
    const open = withOrg({ 申请业务类型: '终止备案', 已停止评价报名: '否' });
    expect(only(run(haSpec(open)), 'ha.termination.registration')[0]).toMatchObject({ severity: 'error', cell: orgCell(open, '已停止评价报名') });
    expect(only(run(haSpec(withOrg({ 申请业务类型: '终止备案', 已停止评价报名: '是' }))), 'ha.termination.registration')).toEqual([]);
  });
});

describe('ha.change.before (四（三）2)', () => {
  it('a change without any 变更前 value is an error; one filled passes', () => {
    const org = withOrg({ 申请业务类型: '信息变更' });
    expect(only(run(haSpec(org)), 'ha.change.before')).toHaveLength(1);
    const spec = haSpec(org);
    spec['机构信息'][1][2] = '新乡市技能评价有限公司';
    expect(only(run(spec), 'ha.change.before')).toEqual([]);
  });
});

describe('materials by business type', () => {
  it('a renewal needs the summary report', () => {
    const spec = { ...haSpec(withOrg({ 申请业务类型: '备案续期' })), 申请材料: [['序号', '材料名称', '是否提供'], [1, '评价机构申请备案续期的文件', '是']] };
    const f = only(run(spec), 'materials.missing');
    expect(f.map((x) => x.message).join()).toContain('总结报告');
    expect(f[0].basis).toContain('《河南省评价机构备案工作指南》六（三）');
  });
});
