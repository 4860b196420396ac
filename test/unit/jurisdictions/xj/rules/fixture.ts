import { checkBook } from '../../../../../src/check';
import type { CellValue } from '../../../../../src/model/cell';
import type { Finding } from '../../../../../src/rules/finding';
import { creditCodeCheckChar } from '../../../../../src/validate/gb32100-credit-code';
import { orgCodeCheckChar } from '../../../../../src/validate/gb11714-org-code';
import { BookSpec, makeBook, orgRows } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';

/** Every pack test checks on this day, so deadlines and ages never drift. */
export const TODAY = new Date(Date.UTC(2026, 5, 1));

export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export function run(spec: BookSpec): Finding[] {
  return checkBook(makeBook(spec), { today: TODAY }).findings;
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A valid credit code: registration authority/category, 6-digit region, organisation code body. */
export function creditCode(category = '91', region = '650102', body = 'MA7N3K8Q'): string {
  const first17 = `${category}${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The 机构信息 cell of an item, for orgRows' layout (header in row 1, items from row 2). */
export function orgCell(items: Record<string, CellValue>, key: string): string {
  return `B${Object.keys(items).indexOf(key) + 2}`;
}

export const AI = { code: '4-04-05-05', name: '人工智能训练师' };
export const ECOM = { code: '4-01-06-01', name: '电子商务师' };

export const ORG: Record<string, CellValue> = {
  单位名称: '新疆智训教育科技有限公司',
  统一社会信用代码: creditCode(),
  办公地址: '新疆乌鲁木齐市天山区解放南路 88 号',
  单位性质: '企业',
  法定代表人: '王建军',
  联系人: '马丽娜',
  联系人电话: '13899127654',
  申请业务类型: '首次备案',
  适用规则: 'xj-xcert',
  注册地: '新疆维吾尔自治区乌鲁木齐市',
  申请日期: day(2026, 6, 15),
};

export const OCCUPATION_HEADER = ['序号', '职业编码', '职业名称', '等级'];
export const EXAMINER_HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别'];
export const SUPERVISOR_HEADER = ['序号', '姓名', '身份证件号', '担任考评员起始日期'];
export const EQUIPMENT_HEADER = ['序号', '职业（工种）', '类别', '名称', '数量'];
export const BANK_HEADER = ['职业（工种）', '职业编码', '等级', '单选题', '多选题', '判断题', '主观题', '技能题'];
export const XCERT_HEADER = ['年度', 'X证书项目名称', '地区', '认定人次·总计', '取证人次·总计'];

/** An examiner row: name, a valid ID from a sequence number, level, title, category. */
export function examiner(seq: number, occ = AI, level: CellValue = '三级/高级工', title: CellValue = '', category = '考评员'): CellValue[] {
  return [seq, `考评员${seq}`, validId('19800101', seq), occ.name, occ.code, level, title, category];
}

/** A clean xj-xcert workbook in the template's layout: one occupation, 五级至三级, every floor just met. */
export function xjSpec(): BookSpec {
  return {
    机构信息: orgRows(ORG),
    申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '五级至三级']],
    工作人员: [['序号', '姓名', '身份证件号', '主要职责'], [1, '李志强', validId('19850101', 901), '考务管理']],
    考评人员: [EXAMINER_HEADER, examiner(1), examiner(2), examiner(3), examiner(4)],
    内部质量督导员: [SUPERVISOR_HEADER, [1, '周海燕', validId('19750101', 801), day(2020, 1, 1)]],
    设施设备: [
      EQUIPMENT_HEADER,
      [1, AI.name, '场地', '实训室', 1],
      [2, AI.name, '设备', '标注工作站', 40],
      [3, AI.name, '视频监控', '考场监控摄像机', 8],
    ],
    题库: [
      BANK_HEADER,
      [AI.name, AI.code, '五级/初级工', 600, 300, 100, 0, 30],
      [AI.name, AI.code, '四级/中级工', 600, 300, 100, 0, 30],
      [AI.name, AI.code, '三级/高级工', 600, 300, 100, 0, 30],
    ],
    X证书评价数据: [
      XCERT_HEADER,
      [2023, '人工智能训练（1+X）', '新疆', 4000, 3400],
      [2024, '人工智能训练（1+X）', '新疆', 4000, 3300],
      [2025, '人工智能训练（1+X）', '新疆', 4000, 3300],
    ],
    申请材料: [['序号', '材料名称', '是否提供'], [1, '关于申请备案开展1+X证书职业技能等级认定的意向函', '是']],
  };
}
