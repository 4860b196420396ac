import type { CellValue } from '../../../../../src/model/cell';
import { notGovernment, prohibitedSituations, schoolNature } from '../../../../../src/jurisdictions/ha/rules/eligibility';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, orgCell } from '../../xj/rules/fixture';
import { HA_ORG, haSpec } from './fixture';

const org = (extra: Record<string, CellValue>) => ({ ...HA_ORG, ...extra });
const at = (o: Record<string, CellValue>, key: string) => `机构信息!${orgCell(o, key)}`;
const INSTITUTION = org({ 单位性质: '其他事业单位', 统一社会信用代码: creditCode('12', '410702', '41500001') });
const PUBLIC_SCHOOL = org({ 单位性质: '院校', 统一社会信用代码: creditCode('12', '410702', '41500002') });
const BAD_RECORD = org({ 人才培训评价领域有不良记录: '是' });
const SCHOOL_BY_COMPANY = org({ 适用规则: 'ha-school', 具有招生资质: '是' });

export default ruleCases('HA eligibility', [notGovernment, prohibitedSituations, schoolNature], {
  valid: [
    { name: 'a company declaring 否', spec: haSpec() },
    { name: 'a public school applying as a social organisation (二（五）1、二（四）)', spec: haSpec(PUBLIC_SCHOOL) },
    { name: 'a 事业单位 filing as an employer', spec: haSpec(org({ ...INSTITUTION, 适用规则: 'ha-employer' })) },
    { name: 'a school filing as a school', spec: haSpec(org({ ...PUBLIC_SCHOOL, 适用规则: 'ha-school', 具有招生资质: '是' })) },
  ],
  invalid: [
    { name: 'a 事业单位 that is no school', spec: haSpec(INSTITUTION), expect: [{ rule: 'ha.eligibility.government', cell: at(INSTITUTION, '统一社会信用代码'), severity: 'error' }] },
    { name: 'a declared bad record', spec: haSpec(BAD_RECORD), expect: [{ rule: 'ha.prohibited', cell: at(BAD_RECORD, '人才培训评价领域有不良记录'), severity: 'error' }] },
    { name: 'a company filing as a school (三（一）)', spec: haSpec(SCHOOL_BY_COMPANY), expect: [{ rule: 'ha.school.nature', cell: at(SCHOOL_BY_COMPANY, '单位性质'), severity: 'error', message: '单位性质为“企业”' }] },
  ],
});
