import type { CellValue } from '../../../../../src/model/cell';
import { changeShowsBefore, filingNumber, noEvaluation, registrationStopped, renewalLeadTime, terminationInValidity, terminationNotice, unevaluatedOccupations } from '../../../../../src/jurisdictions/ha/rules/business';
import { ruleCases } from '../../../../helpers/rule-tester';
import { day, orgCell } from '../../xj/rules/fixture';
import { ELECTRICIAN, HA_ORG, haSpec, ROBOT } from './fixture';

const FILED = { 评价机构备案号: 'S000041070001', 备案有效期止: day(2026, 12, 31) };
const org = (extra: Record<string, CellValue>) => ({ ...HA_ORG, ...FILED, ...extra });
const at = (o: Record<string, CellValue>, key: string) => `机构信息!${orgCell(o, key)}`;
const evaluations = (...rows: [string, number][]) => ({ 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], ...rows.map(([o, n]) => [o, n, n])] });
const renewal = (extra: Record<string, CellValue>, rows: [string, number][] = [[ELECTRICIAN.name, 120], [ROBOT.name, 80]]) => ({ ...haSpec(org({ 申请业务类型: '备案续期', ...extra })), ...evaluations(...rows) });
const termination = (extra: Record<string, CellValue>) => haSpec(org({ 申请业务类型: '终止备案', 公示开始日期: day(2026, 3, 2), 申请日期: day(2026, 5, 20), 已停止评价报名: '是', ...extra }));

/** The rules that conclude nobody was evaluated. */
const IDLE = ['ha.renewal.unevaluated', 'ha.renewal.no-evaluation'];

const LATE = org({ 申请业务类型: '备案续期', 申请日期: day(2026, 5, 2), 备案有效期止: day(2026, 6, 30) });
const NO_EXPIRY = org({ 申请业务类型: '备案续期', 备案有效期止: null });
const OPEN = org({ 申请业务类型: '终止备案', 已停止评价报名: '否' });
const UNFILED = { ...HA_ORG, 申请业务类型: '备案续期', 备案有效期止: day(2026, 12, 31) };
const EXPIRED = org({ 申请业务类型: '终止备案', 公示开始日期: day(2026, 3, 2), 申请日期: day(2026, 5, 20), 已停止评价报名: '是', 备案有效期止: day(2026, 4, 30) });

export default ruleCases('HA business types', [renewalLeadTime, unevaluatedOccupations, noEvaluation, terminationNotice, registrationStopped, changeShowsBefore, filingNumber, terminationInValidity], {
  valid: [
    { name: 'a renewal 60 days ahead with evaluations in both occupations', spec: renewal({ 申请日期: day(2026, 5, 1), 备案有效期止: day(2026, 6, 30) }) },
    { name: 'a termination after 30 working days across 国庆', spec: termination({ 公示开始日期: day(2026, 9, 14), 申请日期: day(2026, 10, 30) }), today: day(2026, 11, 2) },
    // A blank or a sheet of headers only says nothing of the period (the sheet and cell checks report those).
    { name: 'a renewal whose 备案期评价情况 has its headers only', spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次']] }, rules: IDLE },
    {
      name: 'a renewal whose one row leaves 评价人次 blank: no occupation is known to be unevaluated',
      spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], [ELECTRICIAN.name, null, null]] },
      rules: IDLE,
    },
    {
      name: 'a renewal with 评价人次 blank in 工业机器人系统运维员: that occupation is not known to be unevaluated',
      spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], [ELECTRICIAN.name, 120, 100], [ROBOT.name, null, null]] },
      rules: IDLE,
    },
    {
      name: 'a renewal with 0 in 电工 and 评价人次 blank in 工业机器人系统运维员: not known to have evaluated nobody',
      spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], [ELECTRICIAN.name, 0, 0], [ROBOT.name, null, 0]] },
      rules: ['ha.renewal.no-evaluation'],
    },
    {
      name: 'a renewal whose 备案期评价情况 leaves 评价人次 blank, or has no rows: no claim that nobody was evaluated',
      spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], [ELECTRICIAN.name, null, null], [ROBOT.name, '', '']] },
      rules: ['ha.renewal.unevaluated', 'ha.renewal.no-evaluation'],
    },
    { name: 'a renewal whose 备案期评价情况 has only its header', spec: { ...renewal({}), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次']] }, rules: ['ha.renewal.unevaluated', 'ha.renewal.no-evaluation'] },
    {
      name: 'a change showing the name before',
      spec: (() => {
        const spec = haSpec(org({ 申请业务类型: '信息变更' }));
        spec['机构信息'][1][2] = '新乡市技能评价有限公司';
        return spec;
      })(),
    },
  ],
  invalid: [
    { name: 'a renewal 59 days ahead', spec: renewal({ 申请日期: day(2026, 5, 2), 备案有效期止: day(2026, 6, 30) }), expect: [{ rule: 'ha.renewal.lead-time', cell: at(LATE, '申请日期'), severity: 'error', message: '59 天' }] },
    { name: 'a renewal without 备案有效期止', spec: renewal({ 备案有效期止: null }), expect: [{ rule: 'ha.renewal.lead-time', cell: at(NO_EXPIRY, '备案有效期止'), severity: 'error', message: '备案有效期止' }] },
    { name: 'a renewal with nobody evaluated in 工业机器人系统运维员', spec: renewal({}, [[ELECTRICIAN.name, 120], [ROBOT.name, 0]]), expect: [{ rule: 'ha.renewal.unevaluated', cell: '备案期评价情况', severity: 'info', message: ROBOT.name }] },
    { name: 'a renewal with nobody evaluated at all', spec: renewal({}, [[ELECTRICIAN.name, 0], [ROBOT.name, 0]]), expect: [{ rule: 'ha.renewal.no-evaluation', cell: '备案期评价情况', severity: 'error', message: '终止备案' }] },
    { name: 'a termination after 29 working days across 国庆', spec: termination({ 公示开始日期: day(2026, 9, 14), 申请日期: day(2026, 10, 29) }), today: day(2026, 11, 2), expect: [{ rule: 'ha.termination.notice', cell: '机构信息!B18', severity: 'error', message: '29 个工作日' }] },
    { name: 'a notice into a year the calendar does not cover', spec: termination({ 公示开始日期: day(2026, 12, 1), 申请日期: day(2027, 1, 20), 备案有效期止: day(2027, 12, 31) }), today: day(2027, 1, 21), expect: [{ rule: 'ha.termination.notice', cell: '机构信息!B18', severity: 'warning', message: '--holidays' }] },
    { name: 'registration still open during the notice', spec: haSpec(OPEN), expect: [{ rule: 'ha.termination.registration', cell: at(OPEN, '已停止评价报名'), severity: 'error' }] },
    { name: 'a change without any 变更前 value', spec: haSpec(org({ 申请业务类型: '信息变更' })), expect: [{ rule: 'ha.change.before', cell: '机构信息', severity: 'error' }] },
    { name: 'a renewal without 备案号 (六（一）)', spec: { ...haSpec(UNFILED), ...evaluations([ELECTRICIAN.name, 120], [ROBOT.name, 80]) }, expect: [{ rule: 'ha.filing-number', cell: '机构信息', severity: 'error', message: '未填写评价机构备案号' }] },
    { name: 'a termination without 备案有效期止', spec: termination({ 备案有效期止: null }), expect: [{ rule: 'ha.termination.validity', cell: '机构信息!B17', severity: 'warning' }] },
    { name: 'a termination of a filing that expired (七（一）)', spec: haSpec(EXPIRED), expect: [{ rule: 'ha.termination.validity', cell: at(EXPIRED, '备案有效期止'), severity: 'error', message: '2026-04-30 到期' }] },
  ],
});
