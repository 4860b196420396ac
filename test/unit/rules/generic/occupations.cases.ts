import { codeNameConsistency, notApplied } from '../../../../src/rules/generic/occupations';
import { ruleCases } from '../../../helpers/rule-tester';

const OCCUPATIONS = [
  ['序号', '职业编码', '职业名称', '等级'],
  [1, '4-04-05-05', '人工智能训练师', '五级至三级'],
  [2, '4-01-06-01', '电子商务师', '五级至三级'],
];
const equipment = (occupation: string) => ({ 申请职业: OCCUPATIONS, 设施设备: [['序号', '职业（工种）', '类别', '名称', '数量'], [1, occupation, '场地', '综合实训楼', 1]] });

export default ruleCases('occupations across sheets', [codeNameConsistency, notApplied], {
  valid: [
    { name: 'a room for two applied occupations in one cell', profile: 'ha-employer', spec: equipment('人工智能训练师、电子商务师') },
    { name: 'a room for two applied occupations split by a slash', profile: 'ha-employer', spec: equipment('人工智能训练师/电子商务师') },
  ],
  invalid: [
    { name: 'equipment for 焊工, not applied for', profile: 'ha-employer', spec: equipment('人工智能训练师、焊工'), expect: [{ rule: 'occupation.not-applied', cell: '设施设备!B2', severity: 'error', message: '焊工' }] },
    {
      name: 'one code under two names across sheets',
      profile: 'ha-employer',
      spec: { 申请职业: OCCUPATIONS, 题库: [['职业（工种）', '职业编码', '等级'], ['电子商务师', '4-04-05-05', '三级']] },
      expect: [{ rule: 'occupation.inconsistent', cell: '题库!A2', severity: 'error' }],
    },
  ],
});
