import type { CellValue } from '../../../../../src/model/cell';
import { BookSpec, orgRows } from '../../../../helpers/book';
import { AI, creditCode, day } from '../../xj/rules/fixture';

export const ORG: Record<string, CellValue> = {
  单位名称: '上海智评信息技术有限公司',
  统一社会信用代码: creditCode('91', '310115'),
  办公地址: '上海市浦东新区张江路 88 号',
  单位性质: '企业',
  法定代表人: '陈晓东',
  联系人: '杨雪梅',
  联系人电话: '13912345678',
  申请业务类型: '首次备案',
  适用规则: 'sh-xcert',
  注册地: '上海市浦东新区',
  申请日期: day(2026, 6, 22),
};

export const OCCUPATION_HEADER = ['序号', '职业编码', '职业名称', '等级', '评价标准', '产业类别', '预计评价人次', '已纳入评价目录'];
export const BANK_HEADER = ['职业（工种）', '职业编码', '等级', '单选题', '技能题', '样卷套数'];
export const SITE_HEADER = ['序号', '考核点名称', '地址', '推荐职业（工种）'];
export const XCERT_HEADER = ['年度', 'X证书项目名称', '地区', '认定人次·总计', '取证人次·总计'];

export const occupationRow = (serial: number, occ = AI, levels = '四级至三级'): CellValue[] => [serial, occ.code, occ.name, levels, `${occ.name}国家职业技能标准（2021年版）`, '人工智能', 3000, '是'];

/** A clean sh-xcert workbook in the template's layout: one occupation, 四级至三级, two sample papers each. */
export function shSpec(): BookSpec {
  return {
    机构信息: orgRows(ORG),
    申请职业: [OCCUPATION_HEADER, occupationRow(1)],
    题库: [BANK_HEADER, [AI.name, AI.code, '四级/中级工', 1000, 30, 2], [AI.name, AI.code, '三级/高级工', 1000, 30, 2]],
    X证书评价数据: [XCERT_HEADER, [2025, '人工智能训练（1+X）', '上海', 3000, 2800]],
    考核点: [SITE_HEADER, [1, '浦东职业技能考核点', '上海市浦东新区川沙路 100 号', AI.name]],
    申请材料: [['序号', '材料名称', '是否提供'], [1, '意向申请书', '是']],
  };
}
