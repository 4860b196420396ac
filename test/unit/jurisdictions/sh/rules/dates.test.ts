import { orgRows } from '../../../../helpers/book';
import { day, only, orgCell, run } from '../../xj/rules/fixture';
import { ORG, shSpec } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...shSpec(), 机构信息: orgRows(org), ...extra });

describe('sh.window.application — 机构申请 2026-06-20 至 06-30 (五（二）)', () => {
  it('a day before and a day after the window are errors at 申请日期; both ends pass', () => {
    for (const [date, word] of [[day(2026, 6, 19), '早于'], [day(2026, 7, 1), '晚于']] as const) {
      const org = { ...ORG, 申请日期: date };
      const f = only(run(withOrg(org)), 'sh.window.application');
      expect(f[0]).toMatchObject({ severity: 'error', cell: orgCell(org, '申请日期'), basis: '《上海原X证书机构备案工作指引》五（二）' });
      expect(f[0].message).toContain(word);
    }
    expect(only(run(withOrg({ ...ORG, 申请日期: day(2026, 6, 20) })), 'sh.window.application')).toEqual([]);
    expect(only(run(withOrg({ ...ORG, 申请日期: day(2026, 6, 30) })), 'sh.window.application')).toEqual([]);
  });

  it('undated and before the window, it only tells when to apply', () => {
    const f = only(run(withOrg({ ...ORG, 申请日期: null })), 'sh.window.application');
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toContain('今天 2026-06-01（未填写申请日期）');
  });
});

describe('sh.window.intent — 意向申请 2026-04-20 至 30 (三（一）、五（一）)', () => {
  const materials = (provided: string) => ({ 申请材料: [['序号', '材料名称', '是否提供'], [1, '意向申请书', provided]] });

  it('marked 否 after the window is an error at that cell; 是 passes; unlisted is information', () => {
    const f = only(run(withOrg(ORG, materials('否'))), 'sh.window.intent');
    expect(f[0]).toMatchObject({ severity: 'error', sheet: '申请材料', cell: 'C2' });
    expect(f[0].message).toContain('2026-04-20 至 2026-04-30');
    expect(only(run(withOrg(ORG, materials('是'))), 'sh.window.intent')).toEqual([]);
    const unlisted = only(run(withOrg(ORG, { 申请材料: [['序号', '材料名称', '是否提供'], [1, '信用报告', '是']] })), 'sh.window.intent');
    expect(unlisted[0].severity).toBe('info');
  });
});

describe('sh.validity.end — 备案有效期统一至 2028-12-31 (三（三）)', () => {
  it('a later end is an error, the day itself passes', () => {
    const later = { ...ORG, 备案有效期止: day(2029, 12, 31) };
    expect(only(run(withOrg(later)), 'sh.validity.end')[0]).toMatchObject({ severity: 'error', cell: orgCell(later, '备案有效期止') });
    expect(only(run(withOrg({ ...ORG, 备案有效期止: day(2028, 12, 31) })), 'sh.validity.end')).toEqual([]);
  });
});
