import { prohibitedSituations } from '../../../../../src/jurisdictions/xj/rules/prohibited';
import { orgRows } from '../../../../helpers/book';
import { ruleCases } from '../../../../helpers/rule-tester';
import { creditCode, ORG, orgCell, xjSpec } from './fixture';

const DECLARED = { 近三年有违法违规或失信记录: '否', 近三年列入经营异常名录: '否', 在已终止备案机构名单中: '否' };
const withOrg = (org: typeof ORG) => ({ ...xjSpec(), 机构信息: orgRows(org) });
const ANOMALY = { ...ORG, ...DECLARED, 近三年列入经营异常名录: '是' };

export default ruleCases('XJ 禁止性规定', [prohibitedSituations], {
  valid: [{ name: 'an enterprise declaring 否 to each', spec: withOrg({ ...ORG, ...DECLARED }) }],
  invalid: [
    { name: 'an enterprise on the business-anomaly list', spec: withOrg(ANOMALY), expect: [{ rule: 'xj.prohibited', cell: `机构信息!${orgCell(ANOMALY, '近三年列入经营异常名录')}`, severity: 'error', message: '经营异常' }] },
    {
      name: 'a social organisation not asked about 年审',
      spec: withOrg({ ...ORG, 单位性质: '民办非企业单位', 统一社会信用代码: creditCode('52'), ...DECLARED }),
      expect: [{ rule: 'xj.prohibited', cell: '机构信息', severity: 'warning', message: '近三年年审不合格' }],
    },
  ],
});
