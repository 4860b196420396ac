import type { CellValue } from '../../../../src/model/cell';
import { cellTypes } from '../../../../src/rules/generic/cells';
import { creditCodeCheckChar } from '../../../../src/validate/gb32100-credit-code';
import { orgRows, type BookSpec } from '../../../helpers/book';
import { badCheckId, validId } from '../../../helpers/people';
import { ruleCases, type InvalidCase } from '../../../helpers/rule-tester';
import { creditCode } from '../../jurisdictions/xj/rules/fixture';

const HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称'];
const AI = ['人工智能训练师', '4-04-05-05'];

/** One examiner row (C2 身份证件号, E2 职业编码, F2 等级, G2 职称) of an ha-employer filing. */
const examiner = (id: CellValue, code: CellValue = AI[1], level: CellValue = '三级/高级工', title: CellValue = '', name: CellValue = AI[0]): BookSpec => ({
  考评人员: [HEADER, [1, '张三', id, name, code, level, title]],
});
/** 机构信息 with one item after 单位名称, at B3. */
const org = (items: Record<string, CellValue>): BookSpec => ({ 机构信息: orgRows({ 单位名称: '甲公司', ...items }) });

const ID = validId();
const X_ID = Array.from({ length: 200 }, (_, i) => validId('19800101', i)).find((id) => id.endsWith('X'))!;
/** A credit code from its first 17 characters and their check character. */
const credit = (first17: string) => first17 + creditCodeCheckChar(first17);
const GOOD = creditCode();

type Row = [name: string, spec: BookSpec, rule: string, cell: string, severity: 'error' | 'warning' | 'info', profile?: string];
/** 备案期评价情况 with one fee (E2). */
const fees = (fee: CellValue): BookSpec => ({ 备案期评价情况: [['评价职业（工种）', '评价人次', '取证人次', '最近评价日期', '收费标准·三级'], [AI[0], 10, 8, null, fee]] });
const ROWS: Row[] = [
  ['an ID held as a number', examiner(110105194912310020), 'id.numeric', '考评人员!C2', 'error'],
  ['an ID of 5 digits', examiner('12345'), 'id.format', '考评人员!C2', 'error'],
  ['an ID with spaces', examiner(`${ID.slice(0, 6)} ${ID.slice(6)}`), 'id.format-cleaned', '考评人员!C2', 'warning'],
  ['an ID ending in a lowercase x', examiner(X_ID.toLowerCase()), 'id.lowercase-x', '考评人员!C2', 'warning'],
  ['an ID from no region', examiner(validId('19800101', 1, '990102')), 'id.region', '考评人员!C2', 'error'],
  ['an ID born on the 13th month', examiner(validId('19801301')), 'id.birthdate', '考评人员!C2', 'error'],
  ['an ID with a wrong check digit', examiner(badCheckId(ID)), 'id.checksum', '考评人员!C2', 'error'],
  ['a 15-digit ID', examiner('650102800101001'), 'id.legacy15', '考评人员!C2', 'warning'],
  ['a credit code of 16 characters', org({ 统一社会信用代码: GOOD.slice(0, 16) }), 'credit.format', '机构信息!B3', 'error'],
  ['a credit code in lowercase', org({ 统一社会信用代码: GOOD.toLowerCase() }), 'credit.format-cleaned', '机构信息!B3', 'warning'],
  ['a credit code with a wrong check character', org({ 统一社会信用代码: GOOD.slice(0, 17) + (GOOD[17] === '1' ? '2' : '1') }), 'credit.checksum', '机构信息!B3', 'error'],
  ['a credit code whose inner organisation code fails', org({ 统一社会信用代码: credit(GOOD.slice(0, 16) + (GOOD[16] === '1' ? '2' : '1')) }), 'credit.orgcode-checksum', '机构信息!B3', 'warning'],
  ['a credit code of category 99', org({ 统一社会信用代码: credit('99' + GOOD.slice(2, 17)) }), 'credit.category', '机构信息!B3', 'warning'],
  ['a credit code from region 990000', org({ 统一社会信用代码: credit('91990000' + GOOD.slice(8, 17)) }), 'credit.region', '机构信息!B3', 'warning'],
  ['a 社会团体 with an enterprise code', org({ 统一社会信用代码: GOOD, 单位性质: '社会团体' }), 'credit.nature', '机构信息!B3', 'error'],
  ['an 企业 with an individual business code', org({ 统一社会信用代码: credit('92' + GOOD.slice(2, 17)), 单位性质: '企业' }), 'credit.nature-unusual', '机构信息!B3', 'warning'],
  ['a phone of 5 digits', org({ 联系人电话: '12345' }), 'phone.format', '机构信息!B3', 'error'],
  ['a phone with +86', org({ 联系人电话: '+86 138 9912 7654' }), 'phone.format-cleaned', '机构信息!B3', 'warning'],
  ['an e-mail without @', org({ 电子邮箱: 'office.example.com' }), 'email.format', '机构信息!B3', 'error'],
  ['an e-mail in full-width letters', org({ 电子邮箱: 'ｏｆｆｉｃｅ@example.com' }), 'email.format-cleaned', '机构信息!B3', 'warning'],
  ['a date written as text', org({ 申请日期: '2026-05-20' }), 'date.text', '机构信息!B3', 'warning'],
  ['a date as an unformatted serial number', org({ 申请日期: 46162 }), 'date.serial', '机构信息!B3', 'warning'],
  ['the 30th of February', org({ 申请日期: '2026-02-30' }), 'date.invalid', '机构信息!B3', 'error'],
  ['a date that is no date', org({ 申请日期: '下个月' }), 'date.format', '机构信息!B3', 'error'],
  ['a supervisor who started examining after today', { 内部质量督导员: [['序号', '姓名', '身份证件号', '担任考评员起始日期'], [1, '周海燕', validId('19750101', 801), new Date(Date.UTC(2027, 0, 1))]] }, 'date.future', '内部质量督导员!D2', 'error'],
  ['a year of two digits', org({ 开展职业技能培训起始年份: '18年' }), 'year.format', '机构信息!B3', 'error'],
  ['a year after this one', org({ 开展职业技能培训起始年份: 2030 }), 'year.future', '机构信息!B3', 'error'],
  ['a count written as text with a unit', org({ 职工总数: '120人' }), 'count.text', '机构信息!B3', 'warning'],
  ['a negative count', org({ 职工总数: -3 }), 'count.format', '机构信息!B3', 'error'],
  ['a level that is no level', examiner(ID, AI[1], '特级'), 'level.unknown', '考评人员!F2', 'error'],
  ['the level 高级', examiner(ID, AI[1], '高级'), 'level.ambiguous', '考评人员!F2', 'warning'],
  ['a level in another vocabulary', examiner(ID, AI[1], '高级工'), 'level.variant', '考评人员!F2', 'info'],
  ['三级/技师', examiner(ID, AI[1], '三级/技师'), 'level.conflict', '考评人员!F2', 'error'],
  ['a title that is no title', examiner(ID, AI[1], '三级/高级工', '优秀员工'), 'title.unknown', '考评人员!G2', 'warning'],
  ['a skill level in the title column', examiner(ID, AI[1], '三级/高级工', '高级技师'), 'title.is-skill-level', '考评人员!G2', 'warning'],
  ['工程师/副高级', examiner(ID, AI[1], '三级/高级工', '工程师/副高级'), 'title.conflict', '考评人员!G2', 'warning'],
  ['an occupation code of letters', examiner(ID, 'ABC'), 'occupation.format', '考评人员!E2', 'error'],
  ['an occupation code without hyphens', examiner(ID, '4040505'), 'occupation.format-cleaned', '考评人员!E2', 'warning'],
  ['an occupation code under another name', examiner(ID, '4-04-04-05'), 'occupation.name-mismatch', '考评人员!E2', 'error'],
  ['an occupation code not in the 大典', examiner(ID, '6-99-99-99', '三级/高级工', '', '某职业'), 'occupation.unknown-code', '考评人员!E2', 'warning'],
  ['a rate that is no number', { X证书评价数据: [['年度', 'X证书项目名称', '获证率'], [2024, '项目', '很高']] }, 'percent.format', 'X证书评价数据!C2', 'error'],
  ['a fee written as text', fees('200元'), 'money.text', '备案期评价情况!E2', 'warning'],
  ['a fee of 免费', fees('免费'), 'money.free', '备案期评价情况!E2', 'info'],
  ['a fee of 面议', fees('面议'), 'money.format', '备案期评价情况!E2', 'error'],
  ['an 1+X level 特级', { 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, AI[1], AI[0], '特级']] }, 'level.xcert-unknown', '申请职业!D2', 'error', 'nx-1x'],
  ['a professional occupation (category 2) applied for', { 申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, '2-02-10-01', '电子工程技术人员', '三级']] }, 'occupation.category', '申请职业!B2', 'error'],
  ['a 工种 code with a name that is neither', examiner(ID, '4-04-05-05-01', '三级/高级工', '', '数据标注员'), 'occupation.worktype-name', '考评人员!E2', 'warning'],
  ['a 是/否 column saying 可以', org({ 近三年有违法违规或失信记录: '可以' }), 'cell.yes-no', '机构信息!B3', 'error'],
  ['a 单位性质 outside the list', org({ 单位性质: '合作社' }), 'cell.vocabulary', '机构信息!B3', 'warning'],
  ['an unknown 适用规则 value', { 机构信息: orgRows({ 单位名称: '甲公司', 适用规则: 'ha-something' }) }, 'cell.profile', '机构信息!B3', 'error'],
];

const invalid: InvalidCase[] = ROWS.map(([name, spec, rule, cell, severity, profile = 'ha-employer']) => ({ name, spec, profile, expect: [{ rule, cell, severity }] }));

export default ruleCases('cell values by column type', [cellTypes], {
  valid: [
    { name: 'a clean examiner row', profile: 'ha-employer', spec: examiner(ID) },
    { name: 'clean organisation items', profile: 'ha-employer', spec: org({ 统一社会信用代码: GOOD, 单位性质: '企业', 联系人电话: '13899127654', 电子邮箱: 'office@example.com', 申请日期: new Date(Date.UTC(2026, 4, 20)), 职工总数: 120 }) },
    {
      name: 'a lease written 租赁 or 承租 (the same as the drop-down’s 租用)',
      profile: 'ha-employer',
      spec: { 设施设备: [['序号', '设施设备名称', '类别', '数量', '权属'], [1, '理论考试机房', '场地', 1, '租赁'], [2, '实操工位', '设备', 20, '承租']] },
    },
  ],
  invalid,
});
