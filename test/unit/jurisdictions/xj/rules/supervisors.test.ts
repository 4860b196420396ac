import { orgRows } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { day, only, ORG, run, SUPERVISOR_HEADER, xjSpec } from './fixture';

function withSince(since: unknown, org = ORG) {
  return { ...xjSpec(), 机构信息: orgRows(org), 内部质量督导员: [SUPERVISOR_HEADER, [1, '周海燕', validId('19750101', 801), since as Date]] };
}

describe('xj.supervisors.experience — 内部质量督导员担任考评员 3 年以上，计至申请日期 (五（二）4)', () => {
  it('one day short of 3 years before 申请日期 is an error at the date cell; exactly 3 years passes', () => {
    const f = only(run(withSince(day(2023, 6, 16))), 'xj.supervisors.experience');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '内部质量督导员', cell: 'D2', basis: '《新疆原X证书机构备案办理指南》五（二）4' });
    expect(f[0].message).toBe('内部质量督导员 周海燕 自 2023-06-16 担任考评员，截至申请日期 2026-06-15 不满 3 年（2026-06-16 起满 3 年）');
    expect(only(run(withSince(day(2023, 6, 15))), 'xj.supervisors.experience')).toEqual([]);
  });

  it('without 申请日期 it counts to today and says so', () => {
    const noDate = { ...ORG, 申请日期: null };
    const f = only(run(withSince(day(2023, 6, 2), noDate)), 'xj.supervisors.experience');
    expect(f[0].message).toContain('今天 2026-06-01（未填写申请日期）');
    expect(only(run(withSince(day(2023, 6, 1), noDate)), 'xj.supervisors.experience')).toEqual([]);
  });

  it('a missing start date is an error; a text date is read', () => {
    expect(only(run(withSince(null)), 'xj.supervisors.experience')[0].message).toContain('未填写担任考评员起始日期');
    expect(only(run(withSince('2023.6.16')), 'xj.supervisors.experience')).toHaveLength(1);
    expect(only(run(withSince('2023年6月15日')), 'xj.supervisors.experience')).toEqual([]);
  });
});
