import { filingValidity, intentLetter, materialsDeadline } from '../../../../../src/jurisdictions/xj/rules/dates';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { day, ORG, orgCell, xjSpec } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...xjSpec(), 机构信息: orgRows(org), ...extra });
const letter = (provided: string) => ({ 申请材料: [['序号', '材料名称', '是否提供'], [1, '意向函', provided]] });
const LATER = { ...ORG, 备案有效期止: day(2029, 1, 1) };
const LATE = { ...ORG, 申请日期: day(2026, 8, 1) };

export default ruleCases('XJ dates', [filingValidity, materialsDeadline, intentLetter], {
  valid: [
    { name: 'valid to 2028-12-31, applied on the last day, letter given', spec: withOrg({ ...ORG, 备案有效期止: day(2028, 12, 31), 申请日期: day(2026, 7, 31) }, letter('是')) },
    { name: 'an 增量备案 applied late', spec: withOrg({ ...ORG, 申请业务类型: '增量备案', 申请日期: day(2026, 8, 1) }, letter('是')), rules: ['xj.deadline.materials'] },
  ],
  invalid: [
    { name: 'valid to 2029-01-01', spec: withOrg(LATER), expect: [{ rule: 'xj.validity.end', cell: `机构信息!${orgCell(LATER, '备案有效期止')}`, severity: 'error' }] },
    { name: 'valid to 2028-06-30', spec: withOrg({ ...ORG, 备案有效期止: day(2028, 6, 30) }), expect: [{ rule: 'xj.validity.end', cell: `机构信息!${orgCell(LATER, '备案有效期止')}`, severity: 'warning' }] },
    { name: 'applied on 2026-08-01', spec: withOrg(LATE), expect: [{ rule: 'xj.deadline.materials', cell: `机构信息!${orgCell(LATE, '申请日期')}`, severity: 'error', message: '晚 1 天' }] },
    { name: 'the letter marked 否 after the deadline', spec: withOrg(ORG, letter('否')), expect: [{ rule: 'xj.deadline.intent', cell: '申请材料!C2', severity: 'error', message: '2026-04-30' }] },
    { name: 'the letter not listed', spec: withOrg(ORG, { 申请材料: [['序号', '材料名称', '是否提供'], [1, '应急预案', '是']] }), expect: [{ rule: 'xj.deadline.intent', cell: '申请材料', severity: 'info' }] },
  ],
});
