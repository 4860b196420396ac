import { orgRows } from '../../../../helpers/book';
import { day, only, ORG, orgCell, run, xjSpec } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...xjSpec(), 机构信息: orgRows(org), ...extra });

describe('xj.validity.end — 备案有效期统一至 2028-12-31 (六（五）)', () => {
  it('a later end is an error at its cell, the day itself passes, an earlier one warns', () => {
    const later = { ...ORG, 备案有效期止: day(2029, 1, 1) };
    const f = only(run(withOrg(later)), 'xj.validity.end');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '机构信息', cell: orgCell(later, '备案有效期止'), basis: '《新疆原X证书机构备案办理指南》六（五）' });
    expect(f[0].message).toContain('2029-01-01 晚于规定的 2028-12-31');
    expect(only(run(withOrg({ ...ORG, 备案有效期止: day(2028, 12, 31) })), 'xj.validity.end')).toEqual([]);
    expect(only(run(withOrg({ ...ORG, 备案有效期止: day(2028, 6, 30) })), 'xj.validity.end')[0].severity).toBe('warning');
  });
});

describe('xj.deadline.materials — 2026-07-31 前提交备案申请材料 (七（二）)', () => {
  it('申请日期 one day late is an error at 申请日期; the last day passes', () => {
    const late = { ...ORG, 申请日期: day(2026, 8, 1) };
    const f = only(run(withOrg(late)), 'xj.deadline.materials');
    expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(late, '申请日期') });
    expect(f[0].message).toBe('申请日期 2026-08-01 已晚于备案申请材料提交截止日期 2026-07-31（晚 1 天）');
    expect(only(run(withOrg({ ...ORG, 申请日期: day(2026, 7, 31) })), 'xj.deadline.materials')).toEqual([]);
  });

  it('does not apply to 增量备案', () => {
    const org = { ...ORG, 申请业务类型: '增量备案', 申请日期: day(2026, 8, 1) };
    expect(only(run(withOrg(org)), 'xj.deadline.materials')).toEqual([]);
  });
});

describe('xj.deadline.intent — 2026-04-30 前提交意向函 (七（一）)', () => {
  const materials = (provided: string) => ({ 申请材料: [['序号', '材料名称', '是否提供'], [1, '意向函', provided]] });

  it('marked 否 after the deadline is an error at that cell; 是 passes', () => {
    const f = only(run(withOrg(ORG, materials('否'))), 'xj.deadline.intent');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '申请材料', cell: 'C2', basis: '《新疆原X证书机构备案办理指南》七（一）' });
    expect(f[0].message).toContain('2026-04-30');
    expect(only(run(withOrg(ORG, materials('是'))), 'xj.deadline.intent')).toEqual([]);
  });

  it('not listed at all is information only, since the letter goes in separately', () => {
    const f = only(run(withOrg(ORG, { 申请材料: [['序号', '材料名称', '是否提供'], [1, '应急预案', '是']] })), 'xj.deadline.intent');
    expect(f[0]).toMatchObject({ severity: 'info', sheet: '申请材料' });
    expect(f[0].message).toContain('请确认已按时提交');
  });

  it('before the deadline a missing letter is a reminder, not an error', () => {
    const f = only(run(withOrg({ ...ORG, 申请日期: day(2026, 4, 30) }, materials('否'))), 'xj.deadline.intent');
    expect(f[0].severity).toBe('info');
  });
});
