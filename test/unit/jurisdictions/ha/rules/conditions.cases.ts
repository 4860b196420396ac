import type { CellValue } from '../../../../../src/model/cell';
import { enrolmentQualified, facilitiesPerOccupation, onlineExam, questionBank, registeredInHenan, skilledShare, socialInsurance } from '../../../../../src/jurisdictions/ha/rules/conditions';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, orgCell } from '../../xj/rules/fixture';
import { HA_ORG, haSpec } from './fixture';

const org = (extra: Record<string, CellValue>) => ({ ...HA_ORG, ...extra });
const at = (o: Record<string, CellValue>, key: string) => `机构信息!${orgCell(o, key)}`;
const BEIJING = org({ 统一社会信用代码: creditCode('91', '110108'), 办公地址: '北京市海淀区中关村大街 27 号' });
const ADDRESS_ONLY = org({ 办公地址: '北京市海淀区中关村大街 27 号' });
const EMPLOYER = org({ 适用规则: 'ha-employer', 职工依法参加社会保险: '否', 职工总数: 100, 缴纳社保人数: 90 });
const FEW_SKILLED = org({ 适用规则: 'ha-employer', 职工依法参加社会保险: '是', 职工总数: 1000, 缴纳社保人数: 1000, 技能人员数: 99 });
const SCHOOL = org({ 适用规则: 'ha-school', 单位性质: '院校', 统一社会信用代码: creditCode('12', '410702'), 具有招生资质: '否' });
const NO_ONLINE = org({ 具备线上机考条件: '否' });
const { 具备线上机考条件: _, ...UNANSWERED } = HA_ORG;
const withoutElectricianRooms = () => {
  const spec = haSpec();
  spec['设施设备'] = spec['设施设备'].filter((r, i) => i === 0 || r[1] !== '电工' || r[2] === '视频监控');
  return spec;
};
const withoutRobotBank = () => {
  const spec = haSpec();
  spec['题库'] = spec['题库'].slice(0, 2);
  return spec;
};

export default ruleCases('HA conditions', [registeredInHenan, socialInsurance, skilledShare, enrolmentQualified, facilitiesPerOccupation, onlineExam, questionBank], {
  valid: [
    { name: 'a clean ha-social filing', spec: haSpec() },
    { name: 'an employer with everyone insured and 10% skilled', spec: haSpec(org({ 适用规则: 'ha-employer', 职工依法参加社会保险: '是', 职工总数: 1000, 缴纳社保人数: 1000, 技能人员数: 100 })) },
  ],
  invalid: [
    { name: 'a Beijing code and address', spec: haSpec(BEIJING), expect: [{ rule: 'ha.registration', cell: at(BEIJING, '办公地址'), severity: 'error', message: '应在河南省依法登记' }] },
    { name: 'a Henan code with a Beijing address', spec: haSpec(ADDRESS_ONLY), expect: [{ rule: 'ha.registration', cell: at(ADDRESS_ONLY, '办公地址'), severity: 'warning', message: '两者不一致' }] },
    {
      name: 'an employer declaring no social insurance, fewer insured than employed',
      spec: haSpec(EMPLOYER),
      expect: [
        { rule: 'ha.social-insurance', cell: at(EMPLOYER, '职工依法参加社会保险'), severity: 'error' },
        { rule: 'ha.social-insurance', cell: at(EMPLOYER, '缴纳社保人数'), severity: 'warning' },
      ],
    },
    { name: '99 skilled workers of 1000 (一（五）2)', spec: haSpec(FEW_SKILLED), expect: [{ rule: 'ha.skilled-share', cell: at(FEW_SKILLED, '技能人员数'), severity: 'warning', message: '9.9%' }] },
    { name: 'a school without the right to enrol', spec: haSpec(SCHOOL), expect: [{ rule: 'ha.school.enrolment', cell: at(SCHOOL, '具有招生资质'), severity: 'error' }] },
    { name: 'an occupation with only cameras', spec: withoutElectricianRooms(), expect: [{ rule: 'ha.facilities.per-occupation', cell: '设施设备', severity: 'error', message: '电工 在设施设备表中没有场地，也没有设备或工（量）具' }] },
    { name: 'no online exams', spec: haSpec(NO_ONLINE), expect: [{ rule: 'ha.online-exam', cell: at(NO_ONLINE, '具备线上机考条件'), severity: 'error' }] },
    { name: 'online exams unanswered', spec: haSpec(UNANSWERED), expect: [{ rule: 'ha.online-exam', cell: '机构信息', severity: 'warning' }] },
    { name: 'an occupation without a question bank', spec: withoutRobotBank(), expect: [{ rule: 'ha.question-bank', cell: '题库', severity: 'error', message: '工业机器人系统运维员' }] },
  ],
});
