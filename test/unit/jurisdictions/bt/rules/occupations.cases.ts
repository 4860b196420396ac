import { qualificationCatalogue } from '../../../../../src/jurisdictions/bt/rules/occupations';
import { ruleCases } from '../../../../helpers/rule-tester';
import { btSpec, ORG } from './fixture';

/** A bt-qualification filing for one occupation (B2 code, C2 name). */
const qualification = (code: string, name: string) => ({ ...btSpec({ ...ORG, 适用规则: 'bt-qualification' }), 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, code, name, '五级至三级']] });

export default ruleCases('BT 第四条: 职业资格评价机构 and the 国家职业资格目录', [qualificationCatalogue], {
  valid: [
    { name: '消防设施操作员', spec: qualification('4-07-05-04', '消防设施操作员') },
    { name: '民航乘务员 with a level after it', spec: qualification('4-02-04-01', '民航乘务员（五级）') },
    { name: 'a social organisation’s 焊工 is no business of this clause', spec: btSpec() },
  ],
  invalid: [
    { name: 'a 职业资格评价机构 for 焊工', spec: qualification('6-18-02-04', '焊工'), expect: [{ rule: 'bt.occupations.qualification-catalogue', cell: '申请职业!C2', severity: 'warning', basis: '《兵团技能人才评价机构管理办法》第四条', message: '“焊工”不在《国家职业资格目录（2021年版）》' }] },
  ],
});
