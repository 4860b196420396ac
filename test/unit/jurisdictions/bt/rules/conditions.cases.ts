import type { CellValue } from '../../../../../src/model/cell';
import { facilitiesPerOccupation, questionBank, registeredInBingtuan } from '../../../../../src/jurisdictions/bt/rules/conditions';
import { independentLegalPerson, prohibitedSituations, terminationReadiness } from '../../../../../src/jurisdictions/bt/rules/eligibility';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, orgCell } from '../../xj/rules/fixture';
import { btSpec, ORG, WELDER } from './fixture';

const org = (extra: Record<string, CellValue>) => ({ ...ORG, ...extra });
const at = (o: Record<string, CellValue>, key: string) => `机构信息!${orgCell(o, key)}`;
const reg = (code: string, address: string) => org({ 统一社会信用代码: code, 办公地址: address });
const HENAN = reg(creditCode('91', '410702'), '河南省新乡市红旗区');
const URUMQI = reg(creditCode('91', '650102'), '乌鲁木齐市天山区解放南路 88 号');
const INSTITUTION = org({ 单位性质: '其他事业单位', 统一社会信用代码: creditCode('12', '659001', '45000001') });
const ANOMALY = org({ 近三年列入经营异常名录: '是' });
const EMPLOYER_ANOMALY = org({ 适用规则: 'bt-employer', 近三年列入经营异常名录: '是' });
const UNUPLOADED = org({ 申请业务类型: '终止备案', 已停止评价报名: '是', 证书数据已全部上传: '否' });
const noEquipment = () => {
  const spec = btSpec();
  spec['设施设备'] = spec['设施设备'].filter((r) => r[2] !== '设备');
  return spec;
};
const emptyBank = () => {
  const spec = btSpec();
  spec['题库'][1] = [WELDER.name, '三级', 0, 0, 0, 0];
  return spec;
};

export default ruleCases('BT registration, eligibility and conditions', [registeredInBingtuan, independentLegalPerson, prohibitedSituations, terminationReadiness, facilitiesPerOccupation, questionBank], {
  valid: [
    { name: 'a clean bt-social filing', spec: btSpec() },
    { name: 'a 兵团 authority’s 66 code', spec: btSpec(reg(creditCode('91', '660000'), '新疆生产建设兵团第十二师头屯河区')) },
    { name: 'an ordinary 新疆 code with a 兵团 address', spec: btSpec(reg(creditCode('91', '650106'), '新疆生产建设兵团第十二师头屯河区')) },
  ],
  invalid: [
    { name: 'a Henan code and address', spec: btSpec(HENAN), expect: [{ rule: 'bt.registration', cell: at(HENAN, '办公地址'), severity: 'error', basis: '《兵团技能人才评价机构管理办法》第六条（一）' }] },
    { name: 'an ordinary 新疆 code and address', spec: btSpec(URUMQI), expect: [{ rule: 'bt.registration', cell: at(URUMQI, '统一社会信用代码'), severity: 'warning', message: '请核实是否在兵团辖区依法登记' }] },
    { name: 'a public institution', spec: btSpec(INSTITUTION), expect: [{ rule: 'bt.eligibility.legal-person', cell: at(INSTITUTION, '统一社会信用代码'), severity: 'warning', basis: '《兵团技能人才评价机构管理办法》第七条（二）1' }] },
    { name: 'a social organisation on the business-anomaly list', spec: btSpec(ANOMALY), expect: [{ rule: 'bt.prohibited', cell: at(ANOMALY, '近三年列入经营异常名录'), severity: 'error', basis: '《兵团技能人才评价机构管理办法》第六条（一）、第七条（二）3' }] },
    { name: 'an employer on the business-anomaly list cites 第六条（一） only', spec: btSpec(EMPLOYER_ANOMALY), expect: [{ rule: 'bt.prohibited', cell: at(EMPLOYER_ANOMALY, '近三年列入经营异常名录'), severity: 'error', basis: '《兵团技能人才评价机构管理办法》第六条（一）' }] },
    { name: 'termination with certificates to upload', spec: btSpec(UNUPLOADED), expect: [{ rule: 'bt.termination.readiness', cell: at(UNUPLOADED, '证书数据已全部上传'), severity: 'error' }] },
    { name: 'a site but no equipment', spec: noEquipment(), expect: [{ rule: 'bt.facilities.per-occupation', cell: '设施设备', severity: 'error', message: '没有设备或工（量）具' }] },
    { name: 'a bank of 0 questions', spec: emptyBank(), expect: [{ rule: 'bt.question-bank.present', cell: '题库', severity: 'error', message: '题量为 0' }] },
  ],
});
