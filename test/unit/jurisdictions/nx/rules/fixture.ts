import type { CellValue } from '../../../../../src/model/cell';
import { BookSpec, orgRows } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { AI, creditCode, day } from '../../xj/rules/fixture';

export const ORG: Record<string, CellValue> = {
  单位名称: '中智职业技能评价有限公司',
  统一社会信用代码: creditCode('91', '110108'),
  办公地址: '北京市海淀区中关村大街 27 号',
  单位性质: '企业',
  法定代表人: '赵德胜',
  联系人: '刘佳琪',
  联系人电话: '13801012345',
  申请业务类型: '首次备案',
  适用规则: 'nx-1x',
  申请日期: day(2026, 5, 20),
  开展职业技能培训起始年份: 2021,
  近三年有违法违规或失信记录: '否',
  有重大经济纠纷: '否',
  有不良借贷行为: '否',
};

export const OCCUPATION_HEADER = ['序号', '职业编码', '职业名称', '等级', '评价标准', '配套教材出版年份'];
export const EXPERT_HEADER = ['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别'];
export const XCERT_HEADER = ['年度', 'X证书项目名称', '认定人次·总计', '取证人次·总计'];

/** A clean nx-1x workbook in the template's layout: training since 2021 (five years), exactly 50,000 assessed, a 2023 textbook. */
export function nxSpec(): BookSpec {
  return {
    机构信息: orgRows(ORG),
    申请职业: [OCCUPATION_HEADER, [1, AI.code, AI.name, '初级至高级', '人工智能训练师职业技能等级标准（2021年版）', 2023]],
    专家队伍: [EXPERT_HEADER, [1, '孙明辉', validId('19700101', 11, '110108'), AI.name, '命题专家']],
    X证书评价数据: [XCERT_HEADER, ...[2021, 2022, 2023, 2024, 2025].map((y) => [y, '人工智能训练', 10000, 9000])],
  };
}
