import { supervisorExperience } from '../../../../../src/jurisdictions/xj/rules/supervisors';
import { orgRows } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { ruleCases } from '../../../../helpers/rule-tester';
import { day, ORG, SUPERVISOR_HEADER, xjSpec } from './fixture';

const withSince = (since: unknown, org = ORG) => ({ ...xjSpec(), 机构信息: orgRows(org), 内部质量督导员: [SUPERVISOR_HEADER, [1, '周海燕', validId('19750101', 801), since as Date]] });
const NO_DATE = { ...ORG, 申请日期: null };

export default ruleCases('XJ supervisors', [supervisorExperience], {
  valid: [
    { name: 'exactly 3 years before 申请日期', spec: withSince(day(2023, 6, 15)) },
    { name: 'a text date exactly 3 years before', spec: withSince('2023年6月15日') },
    { name: 'exactly 3 years before today without 申请日期', spec: withSince(day(2023, 6, 1), NO_DATE) },
  ],
  invalid: [
    { name: 'one day short of 3 years', spec: withSince(day(2023, 6, 16)), expect: [{ rule: 'xj.supervisors.experience', cell: '内部质量督导员!D2', severity: 'error' }] },
    { name: 'a text date one day short', spec: withSince('2023.6.16'), expect: [{ rule: 'xj.supervisors.experience', cell: '内部质量督导员!D2', severity: 'error' }] },
    { name: 'no start date', spec: withSince(null), expect: [{ rule: 'xj.supervisors.experience', cell: '内部质量督导员!D2', severity: 'error', message: '未填写担任考评员起始日期' }] },
  ],
});
