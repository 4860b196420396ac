import { notGovernment, officeInShanghai, registeredOrActive } from '../../../../../src/jurisdictions/sh/rules/eligibility';
import { prohibitedSituations } from '../../../../../src/jurisdictions/sh/rules/prohibited';
import { staffingPresent } from '../../../../../src/jurisdictions/sh/rules/staffing';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, orgCell } from '../../xj/rules/fixture';
import { ORG, shSpec, XCERT_HEADER } from './fixture';

const withOrg = (org: typeof ORG, extra = {}) => ({ ...shSpec(), 机构信息: orgRows(org), ...extra });
const BEIJING = { ...ORG, 注册地: '北京市朝阳区', 统一社会信用代码: creditCode('91', '110105') };
const SOCIAL = { ...ORG, 单位性质: '社会团体', 统一社会信用代码: creditCode('51', '310000', '50000001'), 在已终止备案机构名单中: '否', 近三年有违法违规或失信记录: '否' };
const DECLARED = { ...ORG, 在已终止备案机构名单中: '否', 近三年有违法违规或失信记录: '否' };
const SCHOOL = { ...ORG, 单位性质: '院校', 统一社会信用代码: creditCode('12', '310000', '42500001') };
const ORGAN = { ...ORG, 单位性质: '机关', 统一社会信用代码: null };

export default ruleCases('SH eligibility, prohibitions and staffing', [registeredOrActive, officeInShanghai, notGovernment, prohibitedSituations, staffingPresent], {
  valid: [
    { name: 'a Shanghai enterprise declaring 否', spec: withOrg(DECLARED) },
    { name: 'a decoupled social group', spec: withOrg({ ...SOCIAL, 已与政府部门脱钩: '是' }) },
    { name: 'a Shanghai district without “上海”', spec: withOrg({ ...DECLARED, 办公地址: '浦东新区张江路 88 号' }) },
    { name: 'no rosters at all: SH 四 does not list them', spec: withOrg(DECLARED) },
  ],
  invalid: [
    { name: 'registered in Beijing with Beijing data only', spec: withOrg(BEIJING, { X证书评价数据: [XCERT_HEADER, [2025, 'X', '北京', 3000, 2800]] }), expect: [{ rule: 'sh.eligibility.region', cell: `机构信息!${orgCell(BEIJING, '注册地')}`, severity: 'error' }] },
    { name: 'registered elsewhere, data without 地区', spec: withOrg({ ...ORG, 注册地: '北京市朝阳区' }, { X证书评价数据: [['年度', 'X证书项目名称', '认定人次·总计'], [2025, 'X', 3000]] }), expect: [{ rule: 'sh.eligibility.region', cell: `机构信息!${orgCell(ORG, '注册地')}`, severity: 'warning' }] },
    { name: 'an office in Hangzhou', spec: withOrg({ ...ORG, 办公地址: '杭州市西湖区文三路 1 号' }), expect: [{ rule: 'sh.office.region', cell: `机构信息!${orgCell(ORG, '办公地址')}`, severity: 'warning' }] },
    { name: 'a 事业单位 credit code', spec: withOrg(SCHOOL), expect: [{ rule: 'sh.eligibility.government', cell: `机构信息!${orgCell(SCHOOL, '统一社会信用代码')}`, severity: 'error' }] },
    { name: '单位性质 机关 without a code', spec: withOrg(ORGAN), expect: [{ rule: 'sh.eligibility.government', cell: `机构信息!${orgCell(ORGAN, '单位性质')}`, severity: 'error' }] },
    { name: 'a social group not decoupled', spec: withOrg({ ...SOCIAL, 已与政府部门脱钩: '否' }), expect: [{ rule: 'sh.prohibited', cell: '机构信息!B15', severity: 'error', message: '未与政府部门脱钩' }] },
    { name: 'on the terminated list', spec: withOrg({ ...DECLARED, 在已终止备案机构名单中: '是' }), expect: [{ rule: 'sh.prohibited', cell: '机构信息!B13', severity: 'error' }] },
    { name: 'declarations unanswered', spec: shSpec(), expect: [{ rule: 'sh.prohibited', cell: '机构信息', severity: 'warning', message: '在已终止备案机构名单中' }] },
    {
      name: 'empty 工作人员 and 专家队伍 submitted',
      spec: { ...withOrg(DECLARED), 工作人员: [['序号', '姓名', '身份证件号']], 专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别']] },
      expect: [
        { rule: 'sh.staffing.present', cell: '工作人员', severity: 'error' },
        { rule: 'sh.staffing.present', cell: '专家队伍', severity: 'error' },
      ],
    },
  ],
});
