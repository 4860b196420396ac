import { duplicateIds, implausibleAge, nameConflicts } from '../../../../src/rules/generic/roster';
import { orgRows } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { ruleCases } from '../../../helpers/rule-tester';

const HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级'];
const OCCUPATIONS = [
  ['序号', '职业编码', '职业名称', '等级'],
  [1, '4-04-05-05', '人工智能训练师', '五级至三级'],
  [2, '4-01-06-01', '电子商务师', '五级至三级'],
];
const ID = validId();
const examiners = (second: [string, string, string]) => ({
  申请职业: OCCUPATIONS,
  考评人员: [HEADER, [1, '张三', ID, '人工智能训练师', '4-04-05-05', '三级/高级工'], [2, ...second, '', '三级/高级工']],
});

export default ruleCases('people across the workbook', [duplicateIds, nameConflicts, implausibleAge], {
  valid: [
    { name: 'one examiner for two occupations, on two rows', profile: 'ha-employer', spec: examiners(['张三', ID, '电子商务师']) },
    { name: 'the same person on two rosters', profile: 'ha-employer', spec: { 工作人员: [['姓名', '身份证件号'], ['张三', ID]], 内部质量督导员: [['姓名', '身份证件号'], ['张三', ID]] } },
    { name: 'examiners aged exactly 18 and 75 today', profile: 'ha-employer', spec: { 考评人员: [HEADER, [1, '甲', validId('20080601', 1)], [2, '乙', validId('19500602', 2)]] } },
  ],
  invalid: [
    { name: 'one examiner twice for one occupation', profile: 'ha-employer', spec: examiners(['张三', ID, '人工智能训练师']), expect: [{ rule: 'roster.duplicate-id', cell: '考评人员!C3', severity: 'error' }] },
    { name: 'one ID under two names', profile: 'ha-employer', spec: examiners(['李四', ID, '电子商务师']), expect: [{ rule: 'person.name-conflict', cell: '考评人员!C3', severity: 'error', message: '张三' }] },
    {
      name: 'the legal representative’s ID on a roster under another name',
      profile: 'ha-employer',
      spec: { 机构信息: orgRows({ 单位名称: '甲', 法定代表人: '王五', 法定代表人身份证号: ID }), 工作人员: [['姓名', '身份证件号'], ['赵六', ID]] },
      expect: [{ rule: 'person.name-conflict', cell: '机构信息!B4', severity: 'error' }],
    },
    {
      name: 'examiners a day short of 18 and exactly 76',
      profile: 'ha-employer',
      spec: { 考评人员: [HEADER, [1, '甲', validId('20080602', 1)], [2, '丁', validId('19500601', 4)]] },
      expect: [
        { rule: 'person.age', cell: '考评人员!C2', severity: 'warning' },
        { rule: 'person.age', cell: '考评人员!C3', severity: 'warning' },
      ],
    },
  ],
});
