import { officeInXinjiang, registeredOrActive } from '../../../../../src/jurisdictions/xj/rules/eligibility';
import { staffingPresent } from '../../../../../src/jurisdictions/xj/rules/staffing';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, ORG, orgCell, XCERT_HEADER, xjSpec } from './fixture';

const BEIJING = { ...ORG, 注册地: '北京市海淀区', 统一社会信用代码: creditCode('91', '110108') };
const withOrg = (org: typeof ORG, extra = {}) => ({ ...xjSpec(), 机构信息: orgRows(org), ...extra });
const elsewhere = { X证书评价数据: [XCERT_HEADER, [2024, '人工智能训练', '北京', 4000, 3500]] };

export default ruleCases('XJ eligibility and staffing', [registeredOrActive, officeInXinjiang, staffingPresent], {
  valid: [
    { name: 'a Xinjiang organisation', spec: xjSpec() },
    { name: 'registered elsewhere with one year of evaluation in Xinjiang', spec: withOrg({ ...ORG, 注册地: '北京市海淀区' }, { X证书评价数据: [XCERT_HEADER, [2024, '人工智能训练', '新疆', 1, 1]] }) },
    { name: 'no 注册地, a Xinjiang credit code and address', spec: withOrg({ ...ORG, 注册地: null }, elsewhere) },
  ],
  invalid: [
    { name: 'registered in Beijing with no Xinjiang data', spec: withOrg(BEIJING, elsewhere), expect: [{ rule: 'xj.eligibility.region', cell: `机构信息!${orgCell(BEIJING, '注册地')}`, severity: 'error', message: '北京市海淀区' }] },
    {
      name: 'registered elsewhere, data without a 地区 column',
      spec: withOrg({ ...ORG, 注册地: '北京市海淀区' }, { X证书评价数据: [['年度', 'X证书项目名称', '认定人次·总计'], [2024, '人工智能训练', 4000]] }),
      expect: [{ rule: 'xj.eligibility.region', cell: '机构信息!B11', severity: 'warning', message: '没有“地区”列' }],
    },
    {
      name: 'no 注册地, a Beijing credit code and a Xinjiang address',
      spec: withOrg({ ...BEIJING, 注册地: null }, elsewhere),
      expect: [{ rule: 'xj.eligibility.region', cell: `机构信息!${orgCell(BEIJING, '统一社会信用代码')}`, severity: 'warning', message: '两者不一致' }],
    },
    {
      name: 'an office in Beijing',
      spec: withOrg({ ...ORG, 办公地址: '北京市海淀区中关村大街 1 号' }),
      expect: [{ rule: 'xj.office.region', cell: `机构信息!${orgCell(ORG, '办公地址')}`, severity: 'warning' }],
    },
    { name: 'nobody on 工作人员', spec: { ...xjSpec(), 工作人员: [['序号', '姓名', '身份证件号', '主要职责']] }, expect: [{ rule: 'xj.staffing.present', cell: '工作人员', severity: 'error', message: '考务管理人员' }] },
  ],
});
