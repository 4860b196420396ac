import type { CellValue } from '../../../src/model/cell';
import { compileBatch } from '../../../src/summarize/batch';
import { crossWorkbookFindings } from '../../../src/summarize/cross-rules';
import { orgRows } from '../../helpers/book';
import { AS_OF, evaluations, orgSpec, submission } from '../../helpers/batch';
import { creditCode } from '../jurisdictions/xj/rules/fixture';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const sub = (name: string, seq: number, org = {}, opts = {}) => submission(`${name}.xlsx`, orgSpec(name, seq, org, opts));

describe('cross-workbook rules', () => {
  it('three social organisations for one occupation in one city pass; a fourth is a warning naming them', () => {
    const three = [1, 2, 3].map((n) => sub(`机构${n}`, n));
    expect(crossWorkbookFindings(three, AS_OF).filter((f) => f.rule === 'office.ha-social-cap')).toEqual([]);
    const four = [...three, sub('机构4', 4)];
    const f = crossWorkbookFindings(four, AS_OF).filter((x) => x.rule === 'office.ha-social-cap');
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: 'warning', basis: '《河南省评价机构备案工作指南》二（四）', orgs: ['机构1', '机构2', '机构3', '机构4'] });
    expect(f[0].message).toContain('新乡市');
    expect(f[0].message).toContain('有 4 家');
  });

  /** A bt-social filing for 焊工: its organisation sheet and occupations are all the cap needs. */
  const bt = (name: string, org: Record<string, CellValue>) =>
    submission(`${name}.xlsx`, {
      机构信息: orgRows({ 单位名称: name, 单位性质: '企业', 申请业务类型: '首次备案', 适用规则: 'bt-social', ...org }),
      申请职业: [
        ['序号', '职业编码', '职业名称', '等级'],
        [1, '6-18-02-04', '焊工', '五级至三级'],
      ],
    });

  it('BT caps one social organisation per occupation per 师市, read from the code or the address', () => {
    const shihezi1 = bt('石河子甲', { 统一社会信用代码: creditCode('91', '659001'), 办公地址: '石河子市北四路 8 号' });
    const shihezi2 = bt('石河子乙', { 统一社会信用代码: creditCode('91', '660000'), 办公地址: '新疆生产建设兵团第八师石河子市东一路 3 号' });
    const alar = bt('阿拉尔丙', { 统一社会信用代码: creditCode('91', '659002'), 办公地址: '阿拉尔市塔里木大道 1 号' });
    const f = crossWorkbookFindings([shihezi1, shihezi2, alar], AS_OF).filter((x) => x.rule === 'office.bt-social-cap');
    expect(f).toEqual([expect.objectContaining({ severity: 'warning', basis: '《兵团技能人才评价机构管理办法》第七条（二）4', files: ['石河子甲.xlsx', '石河子乙.xlsx'] })]);
    expect(f[0].message).toContain('第八师石河子市');
    expect(crossWorkbookFindings([shihezi1, alar], AS_OF).filter((x) => x.rule === 'office.bt-social-cap')).toEqual([]);
  });

  it('the same examiner in two organisations is a warning naming the person, the files and the organisations', () => {
    const a = sub('甲', 1);
    expect(crossWorkbookFindings([a, sub('乙', 2)], AS_OF).filter((f) => f.rule === 'office.shared-person')).toEqual([]);
    const f = crossWorkbookFindings([a, sub('丙', 3, {}, { roster: 1 })], AS_OF).filter((x) => x.rule === 'office.shared-person');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ files: ['甲.xlsx', '丙.xlsx'], orgs: ['甲', '丙'], person: { name: '人员11' } });
    expect(f[0].message).toContain(f[0].person!.id);
    // HA names no ground for this, so it is a fact to verify, cited to no clause; BT calls it lending one's filing.
    expect(f[0].message).toContain('请核实其受聘情况');
    expect(f[0].basis).toBe('数据一致性核对（非文件条款）');
    const btShared = crossWorkbookFindings([sub('戊', 5, { 适用规则: 'bt-social' }), sub('己', 6, { 适用规则: 'bt-social' }, { roster: 5 })], AS_OF).filter((x) => x.rule === 'office.shared-person');
    expect(btShared[0].message).toContain('疑似租借备案资质');
    expect(btShared[0].basis).toBe('《兵团技能人才评价机构管理办法》第十九条（二）1');
  });

  it('HA filings expiring within 60 days are due; expired ones are errors', () => {
    const soon = sub('快到期', 1, { 备案有效期止: day(2026, 7, 31) });
    const later = sub('不急', 2, { 备案有效期止: day(2026, 8, 1) });
    const past = sub('已过期', 3, { 备案有效期止: day(2026, 5, 31) });
    const f = crossWorkbookFindings([soon, later, past], AS_OF).filter((x) => x.rule === 'office.renewal-due');
    expect(f.map((x) => [x.files[0], x.severity])).toEqual([
      ['快到期.xlsx', 'warning'],
      ['已过期.xlsx', 'error'],
    ]);
  });

  it('BT 第十九条（一）2: no evaluation for over a year, by the latest evaluation date or since the filing', () => {
    const bt = { 适用规则: 'bt-social', 申请业务类型: '备案续期' };
    const active = sub('一年内评价过', 1, { ...bt, 备案有效期起: day(2024, 1, 1) }, { extra: evaluations(['电工', 10, 9, day(2025, 6, 2)]) });
    const stale = sub('一年多未评价', 2, { ...bt, 备案有效期起: day(2024, 1, 1) }, { extra: evaluations(['电工', 10, 9, day(2025, 5, 31)]) });
    const never = sub('从未评价', 3, { ...bt, 备案有效期起: day(2025, 5, 1) }, { extra: evaluations(['电工', 0, 0]) });
    const recent = sub('新备案', 4, { ...bt, 备案有效期起: day(2025, 7, 1) }, { extra: evaluations(['电工', 0, 0]) });
    const henan = sub('河南机构', 5, { 申请业务类型: '备案续期', 备案有效期起: day(2023, 1, 1) }, { extra: evaluations(['电工', 0, 0]) });
    const f = crossWorkbookFindings([active, stale, never, recent, henan], AS_OF).filter((x) => x.rule === 'office.inactive');
    expect(f.map((x) => [x.orgs[0], x.severity])).toEqual([
      ['一年多未评价', 'warning'],
      ['从未评价', 'warning'],
    ]);
    expect(f[0].message).toBe('一年多未评价 最近一次评价为 2025-05-31，至 2026-06-01 已一年以上未开展评价工作');
    expect(f[1].message).toBe('从未评价 自 2025-05-01 备案以来未开展评价工作，至 2026-06-01 已超过一年');
    expect(f[0].basis).toContain('第十九条（一）2');
  });
});

describe('one organisation submitted twice', () => {
  it('keeps the later 申请日期, says which was used, and does not count its people as shared', () => {
    const older = submission('甲-旧.xlsx', orgSpec('甲', 1, { 申请日期: day(2026, 3, 1) }));
    const newer = submission('甲-新.xlsx', orgSpec('甲', 1, { 申请日期: day(2026, 5, 20) }));
    const other = submission('乙.xlsx', orgSpec('乙', 2));
    const batch = compileBatch([newer, older, other], AS_OF);
    expect(batch.used.map((s) => s.file)).toEqual(['甲-新.xlsx', '乙.xlsx']);
    expect(batch.entries.map((e) => e.supersededBy)).toEqual([undefined, '甲-新.xlsx', undefined]);
    expect(batch.cross.filter((f) => f.rule === 'office.shared-person')).toEqual([]);
    const dup = batch.cross.filter((f) => f.rule === 'office.duplicate-submission');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: 'warning', files: ['甲-新.xlsx', '甲-旧.xlsx'], orgs: ['甲'] });
    expect(dup[0].message).toContain('汇总采用申请日期较晚的 甲-新.xlsx');
    expect(dup[0].message).toContain('甲-旧.xlsx（申请日期 2026-03-01）');
  });

  it('with the same or no 申请日期, the one given last is used and the message says so', () => {
    const a = submission('a.xlsx', orgSpec('甲', 1));
    const b = submission('b.xlsx', orgSpec('甲', 1));
    const batch = compileBatch([a, b], AS_OF);
    expect(batch.used.map((s) => s.file)).toEqual(['b.xlsx']);
    expect(batch.cross[0].message).toContain('汇总采用最后给出的 b.xlsx');
  });
});

describe('one organisation filing two businesses', () => {
  it('keeps its 备案续期 and its later 增量备案, names the pair, and never counts it as two organisations', () => {
    const renewal = submission('甲-续期.xlsx', orgSpec('甲', 1, { 申请业务类型: '备案续期', 申请日期: day(2026, 3, 1) }, { extra: evaluations(['电工', 120, 100]) }));
    const more = submission('甲-增量.xlsx', orgSpec('甲', 1, { 申请业务类型: '增量备案', 申请日期: day(2026, 5, 20) }));
    const batch = compileBatch([renewal, more], AS_OF);
    expect(batch.used.map((s) => s.file)).toEqual(['甲-续期.xlsx', '甲-增量.xlsx']);
    expect(batch.entries.map((e) => e.supersededBy)).toEqual([undefined, undefined]);
    expect(batch.entries.map((e) => e.otherFilings)).toEqual([[{ file: '甲-增量.xlsx', business: '增量备案' }], [{ file: '甲-续期.xlsx', business: '备案续期' }]]);
    expect(batch.cross.filter((f) => f.rule === 'office.duplicate-submission' || f.rule === 'office.shared-person')).toEqual([]);
  });
});

describe('occupations dropped at an HA renewal (六（四）2)', () => {
  it('lists the applied occupations nobody was evaluated in', () => {
    const s = sub('续期机构', 1, { 申请业务类型: '备案续期' }, { extra: evaluations(['电工', 120, 100], ['工业机器人系统运维员', 0, 0]) });
    expect(s.dropped).toEqual(['工业机器人系统运维员']);
    expect(sub('首次备案', 2).dropped).toEqual([]);
  });
});
