import { emptyRows, formulaErrors, hiddenSheets, requiredCells, requiredColumns, requiredSheets } from '../../../../src/rules/generic/structure';
import { orgRows } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { ruleCases } from '../../../helpers/rule-tester';
import { compliantSpec } from '../../../helpers/compliant';

const EXAMINER_HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级'];
const examiner = (seq: number, name = `考评员${seq}`) => [seq, name, validId('19800101', seq), '人工智能训练师', '4-04-05-05', '三级/高级工'];
const xj = () => compliantSpec('xj-xcert', '首次备案');
const without = (sheet: string) => {
  const spec = xj();
  delete spec[sheet];
  return spec;
};
/** A compliant ha-employer filing whose 机构信息 lacks one item. */
const withoutItem = (item: string) => {
  const spec = compliantSpec('ha-employer', '首次备案');
  spec['机构信息'] = spec['机构信息'].filter((row) => row[0] !== item);
  return spec;
};

export default ruleCases('workbook structure', [requiredSheets, requiredColumns, requiredCells, emptyRows, formulaErrors, hiddenSheets], {
  valid: [
    { name: 'a complete xj-xcert filing', spec: xj() },
    {
      name: 'an sh-xcert filing without rosters or equipment list: SH 四 asks for none',
      spec: (() => {
        const spec = compliantSpec('sh-xcert', '首次备案');
        for (const sheet of ['工作人员', '专家队伍', '考评人员', '内部质量督导员', '设施设备']) delete spec[sheet];
        return spec;
      })(),
    },
  ],
  invalid: [
    { name: 'an xj-xcert filing without 考评人员', spec: without('考评人员'), expect: [{ rule: 'sheet.missing', cell: null, severity: 'error', message: '考评人员' }] },
    {
      name: 'an examiner roster without 身份证件号',
      profile: 'ha-employer',
      spec: { 考评人员: [['序号', '姓名', '考评职业（工种）'], [1, '张三', '电工']] },
      expect: [{ rule: 'column.missing', cell: '考评人员', severity: 'error', message: '身份证件号' }],
    },
    { name: 'an examiner sheet of data without a header row', profile: 'ha-employer', spec: { 考评人员: [[1, '张三', '电工']] }, expect: [{ rule: 'table.no-header', cell: '考评人员', severity: 'error' }] },
    {
      name: 'a row without 姓名',
      profile: 'ha-employer',
      spec: { 考评人员: [EXAMINER_HEADER, [1, '', validId(), '人工智能训练师'], examiner(2)] },
      expect: [{ rule: 'cell.required', cell: '考评人员!B2', severity: 'error' }],
    },
    {
      name: '机构信息 without 单位名称 filled',
      profile: 'ha-employer',
      spec: { 机构信息: orgRows({ 单位名称: '', 统一社会信用代码: '', 联系人: '', 联系人电话: '' }) },
      expect: [
        { rule: 'cell.required', cell: '机构信息!B2', severity: 'error' },
        { rule: 'cell.required', cell: '机构信息!B3', severity: 'error' },
        { rule: 'cell.required', cell: '机构信息!B4', severity: 'error' },
        { rule: 'cell.required', cell: '机构信息!B5', severity: 'error' },
      ],
    },
    {
      name: 'a 备案期评价情况 row with 评价人次 and 取证人次 blank',
      profile: 'bt-social',
      business: '备案续期',
      spec: { 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次'], ['电工', 30, 28], ['焊工', null, '']] },
      expect: [
        { rule: 'cell.required', cell: '备案期评价情况!B3', severity: 'error', message: '“评价人次”未填写' },
        { rule: 'cell.required', cell: '备案期评价情况!C3', severity: 'error', message: '“取证人次”未填写' },
      ],
    },
    {
      name: 'a renewal whose 备案期评价情况 has its headers only',
      profile: 'bt-social',
      business: '备案续期',
      spec: { ...compliantSpec('bt-social', '备案续期'), 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次']] },
      expect: [{ rule: 'sheet.missing', cell: '备案期评价情况', severity: 'error', message: '只有表头' }],
    },
    { name: '机构信息 without the item 统一社会信用代码', spec: withoutItem('统一社会信用代码'), expect: [{ rule: 'org.item-missing', cell: '机构信息', severity: 'error', message: '统一社会信用代码' }] },
    {
      name: 'two empty rows inside a roster',
      profile: 'ha-employer',
      spec: { 工作人员: [['序号', '姓名', '身份证件号'], [1, '甲', validId()], [], [], [2, '乙', validId('19800101', 2)]] },
      expect: [{ rule: 'table.empty-row', cell: '工作人员', severity: 'warning' }],
    },
    {
      name: 'a #REF! in the question bank',
      profile: 'ha-employer',
      spec: { 题库: [['职业（工种）', '等级', '单选题'], ['人工智能训练师', '三级', { error: '#REF!' }]] },
      expect: [{ rule: 'cell.formula-error', cell: '题库!C2', severity: 'error', message: '#REF!' }],
    },
    { name: 'a hidden 工作人员 sheet', spec: xj(), hidden: ['工作人员'], expect: [{ rule: 'sheet.hidden', cell: '工作人员', severity: 'info' }] },
  ],
});
