import type { CellValue } from '../../../src/model/cell';
import { batchRules } from '../../../src/rules/batch-rules';
import { orgRows } from '../../helpers/book';
import { evaluations, orgSpec } from '../../helpers/batch';
import { ruleCases } from '../../helpers/rule-tester';
import { creditCode, day } from '../jurisdictions/xj/rules/fixture';

/** A bt-social filing for 焊工: its organisation sheet and occupations are all the cap needs. */
const btSocial = (name: string, org: Record<string, CellValue>) => ({
  机构信息: orgRows({ 单位名称: name, 单位性质: '企业', 申请业务类型: '首次备案', 适用规则: 'bt-social', ...org }),
  申请职业: [
    ['序号', '职业编码', '职业名称', '等级'],
    [1, '6-18-02-04', '焊工', '五级至三级'],
  ],
});
const BT_RENEWAL = { 适用规则: 'bt-social', 申请业务类型: '备案续期', 备案有效期起: day(2024, 1, 1) };
/** A 备案期评价情况 with its header and no rows. */
const HEADERS_ONLY = { 备案期评价情况: [evaluations()['备案期评价情况'][0]] };

export default ruleCases('cross-workbook rules of an office’s batch', batchRules(), {
  valid: [
    { name: 'three social organisations for one occupation in one city, each with its own people and number', inbox: { '甲.xlsx': orgSpec('甲', 1, { 评价机构备案号: 'S1' }), '乙.xlsx': orgSpec('乙', 2, { 评价机构备案号: 'S2' }), '丙.xlsx': orgSpec('丙', 3) } },
    { name: 'a BT organisation that evaluated within the year', inbox: { '甲.xlsx': orgSpec('甲', 1, BT_RENEWAL, { extra: evaluations(['电工', 10, 9, day(2025, 6, 2)]) }) }, rules: ['office.inactive'] },
    // What the workbook does not say is never a year without evaluation.
    { name: 'a BT renewal whose 备案期评价情况 has its headers only is not inactive', inbox: { '甲.xlsx': orgSpec('甲', 1, BT_RENEWAL, { extra: HEADERS_ONLY }) }, rules: ['office.inactive'] },
    { name: 'a BT renewal with a blank 评价人次 and no date is not inactive', inbox: { '甲.xlsx': orgSpec('甲', 1, BT_RENEWAL, { extra: evaluations(['电工', null, null]) }) }, rules: ['office.inactive'] },
    {
      name: 'a BT renewal filed less than a year ago without evaluation data: nothing to ask',
      inbox: { '甲.xlsx': orgSpec('甲', 1, { ...BT_RENEWAL, 备案有效期起: day(2025, 9, 1) }, { extra: HEADERS_ONLY }) },
      rules: ['office.inactive', 'office.activity-unknown'],
    },
    { name: 'a BT first filing has no evaluation data to give', inbox: { '甲.xlsx': orgSpec('甲', 1, { 适用规则: 'bt-social', 申请业务类型: '首次备案', 备案有效期起: null }) }, rules: ['office.activity-unknown'] },
    {
      name: 'a BT renewal whose 备案期评价情况 is empty, or leaves its counts blank: not taken for a year without evaluation',
      inbox: {
        '空表.xlsx': orgSpec('空表', 1, BT_RENEWAL, { extra: { 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期']] } }),
        '空白.xlsx': orgSpec('空白', 2, BT_RENEWAL, { extra: { 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'], ['电工', null, null, null]] } }),
      },
      rules: ['office.inactive'],
    },
    {
      name: 'one organisation’s 备案续期 and 增量备案, both with its 备案号, applied for before its period ends',
      inbox: {
        '甲续期.xlsx': orgSpec('甲', 1, { 申请业务类型: '备案续期', 评价机构备案号: 'S000041070001', 备案有效期止: day(2026, 7, 31) }),
        '甲增量.xlsx': orgSpec('甲', 1, { 申请业务类型: '增量备案', 评价机构备案号: 'S000041070001', 备案有效期止: day(2026, 7, 31) }),
      },
      rules: ['office.duplicate-filing-no', 'office.renewal-due'],
    },
  ],
  invalid: [
    {
      name: 'one organisation submitted twice',
      inbox: { '甲-新.xlsx': orgSpec('甲', 1, { 申请日期: day(2026, 5, 20) }), '甲-旧.xlsx': orgSpec('甲', 1, { 申请日期: day(2026, 3, 1) }) },
      expect: [{ rule: 'office.duplicate-submission', severity: 'warning', files: ['甲-新.xlsx', '甲-旧.xlsx'], message: '汇总采用申请日期较晚的 甲-新.xlsx' }],
    },
    {
      name: 'two organisations with one 备案号',
      inbox: { '甲.xlsx': orgSpec('甲', 1, { 评价机构备案号: 'S000041070001' }), '乙.xlsx': orgSpec('乙', 2, { 评价机构备案号: 's000041070001 ' }) },
      expect: [{ rule: 'office.duplicate-filing-no', severity: 'error', files: ['甲.xlsx', '乙.xlsx'], message: 'S000041070001' }],
    },
    {
      name: 'one HA examiner in two organisations',
      inbox: { '甲.xlsx': orgSpec('甲', 1), '丙.xlsx': orgSpec('丙', 3, {}, { roster: 1 }) },
      expect: [
        { rule: 'office.shared-person', severity: 'warning', files: ['甲.xlsx', '丙.xlsx'], message: '请核实其受聘情况', basis: '数据一致性核对（非文件条款）' },
        { rule: 'office.shared-person', severity: 'warning', files: ['甲.xlsx', '丙.xlsx'] },
        { rule: 'office.shared-person', severity: 'warning', files: ['甲.xlsx', '丙.xlsx'] },
        { rule: 'office.shared-person', severity: 'warning', files: ['甲.xlsx', '丙.xlsx'] },
        { rule: 'office.shared-person', severity: 'warning', files: ['甲.xlsx', '丙.xlsx'] },
      ],
    },
    {
      name: 'a fourth social organisation for the same occupations in 新乡市',
      inbox: Object.fromEntries([1, 2, 3, 4].map((n) => [`机构${n}.xlsx`, orgSpec(`机构${n}`, n)])),
      expect: [1, 2].map(() => ({ rule: 'office.ha-social-cap', severity: 'warning' as const, files: [1, 2, 3, 4].map((n) => `机构${n}.xlsx`), basis: '《河南省评价机构备案工作指南》二（四）', message: '有 4 家' })),
    },
    {
      name: 'two BT social organisations for 焊工 in 第八师石河子市',
      inbox: {
        '石河子甲.xlsx': btSocial('石河子甲', { 统一社会信用代码: creditCode('91', '659001'), 办公地址: '石河子市北四路 8 号' }),
        '石河子乙.xlsx': btSocial('石河子乙', { 统一社会信用代码: creditCode('91', '660000'), 办公地址: '新疆生产建设兵团第八师石河子市东一路 3 号' }),
      },
      expect: [{ rule: 'office.bt-social-cap', severity: 'warning', files: ['石河子甲.xlsx', '石河子乙.xlsx'], message: '第八师石河子市' }],
    },
    {
      name: 'an HA filing expiring in 60 days and one expired',
      inbox: { '快到期.xlsx': orgSpec('快到期', 1, { 备案有效期止: day(2026, 7, 31) }), '已过期.xlsx': orgSpec('已过期', 3, { 备案有效期止: day(2026, 5, 31) }) },
      expect: [
        { rule: 'office.renewal-due', severity: 'warning', files: ['快到期.xlsx'], basis: '《河南省评价机构备案工作指南》六（四）1' },
        { rule: 'office.renewal-due', severity: 'error', files: ['已过期.xlsx'] },
      ],
    },
    {
      name: 'an organisation past its period: told once, though it sent a 备案续期 and a 增量备案',
      inbox: {
        '乙续期.xlsx': orgSpec('乙', 2, { 申请业务类型: '备案续期', 备案有效期止: day(2026, 5, 31) }),
        '乙增量.xlsx': orgSpec('乙', 2, { 申请业务类型: '增量备案', 备案有效期止: day(2026, 5, 31) }),
      },
      expect: [{ rule: 'office.renewal-due', severity: 'error', files: ['乙续期.xlsx'], message: '已于 2026-05-31 到期' }],
    },
    {
      name: 'a BT organisation whose last evaluation was over a year ago',
      inbox: { '一年多未评价.xlsx': orgSpec('一年多未评价', 2, BT_RENEWAL, { extra: evaluations(['电工', 10, 9, day(2025, 5, 31)]) }) },
      expect: [{ rule: 'office.inactive', severity: 'warning', files: ['一年多未评价.xlsx'], message: '最近一次评价为 2025-05-31' }],
    },
    {
      name: 'a BT organisation whose rows report 0 evaluations since its filing',
      inbox: { '从未评价.xlsx': orgSpec('从未评价', 2, BT_RENEWAL, { extra: evaluations(['电工', 0, 0]) }) },
      expect: [{ rule: 'office.inactive', severity: 'warning', files: ['从未评价.xlsx'], message: '自 2024-01-01 备案以来未开展评价工作' }],
    },
    {
      name: 'a BT renewal whose 备案期评价情况 has its headers only: to ask',
      inbox: { '表头.xlsx': orgSpec('表头', 2, BT_RENEWAL, { extra: HEADERS_ONLY }) },
      expect: [{ rule: 'office.activity-unknown', severity: 'info', files: ['表头.xlsx'], message: '未填报备案期评价情况', basis: '《兵团技能人才评价机构管理办法》第十九条（一）2' }],
    },
    {
      name: 'a BT renewal without a 备案期评价情况: to ask',
      inbox: { '无表.xlsx': orgSpec('无表', 2, BT_RENEWAL) },
      expect: [{ rule: 'office.activity-unknown', severity: 'info', files: ['无表.xlsx'], message: '未填报备案期评价情况' }],
    },
    {
      name: 'a BT renewal with a blank 评价人次: to ask',
      inbox: { '空格.xlsx': orgSpec('空格', 2, BT_RENEWAL, { extra: evaluations(['电工', null, 0]) }) },
      expect: [{ rule: 'office.activity-unknown', severity: 'info', files: ['空格.xlsx'], message: '有未填写的评价人次' }],
    },
    {
      name: 'a BT renewal with evaluations and no date: to ask',
      inbox: { '无日期.xlsx': orgSpec('无日期', 2, BT_RENEWAL, { extra: evaluations(['电工', 30, 28]) }) },
      expect: [{ rule: 'office.activity-unknown', severity: 'info', files: ['无日期.xlsx'], message: '未填写最近评价日期' }],
    },
  ],
});
