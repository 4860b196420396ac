import type { CellValue } from '../../../../../src/model/cell';
import { requiredMaterials } from '../../../../../src/materials';
import { orgRows, type BookSpec } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { creditCode, day } from '../../xj/rules/fixture';

export const WELDER = { code: '6-18-02-04', name: '焊工' };
export const APPLY = day(2026, 5, 20);

export const ORG: Record<string, CellValue> = {
  单位名称: '石河子市技能评价服务有限公司',
  统一社会信用代码: creditCode('91', '659001'),
  办公地址: '新疆石河子市北四路 8 号',
  单位性质: '企业',
  法定代表人: '赵国庆',
  联系人: '周海燕',
  联系人电话: '13999312345',
  申请业务类型: '首次备案',
  适用规则: 'bt-social',
  申请日期: APPLY,
  近三年有违法违规或失信记录: '否',
  人才培训评价领域有不良记录: '否',
  近三年列入经营异常名录: '否',
};

export const person = (i: number, extra: CellValue[]): CellValue[] => [i, `人员${i}`, validId('19800101', i, '659001'), ...extra];

/** A clean bt-social first filing in the template layout: 焊工 五级至三级, every floor just met. */
export function btSpec(org: Record<string, CellValue> = ORG): BookSpec {
  return {
    机构信息: orgRows(org),
    申请职业: [['序号', '职业编码', '职业名称', '等级'], [1, WELDER.code, WELDER.name, '五级至三级']],
    工作人员: [['序号', '姓名', '身份证件号', '主要职责'], person(1, ['考务'])],
    专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别'], person(11, [WELDER.name, '命题专家']), person(12, [WELDER.name, '命题专家'])],
    考评员名册: [
      ['序号', '姓名', '身份证件号', '考评职业（工种）', '专兼职', '聘用协议起', '聘用协议止'],
      person(21, [WELDER.name, '专职', null, null]),
      person(22, [WELDER.name, '专职', null, null]),
      person(23, [WELDER.name, '兼职', day(2026, 1, 1), day(2028, 12, 31)]),
    ],
    内部质量督导员: [['序号', '姓名', '身份证件号'], person(31, [])],
    设施设备: [
      ['序号', '职业（工种）', '类别', '名称', '数量', '权属', '使用权到期日'],
      [1, WELDER.name, '场地', '焊接实训车间', 1, '租用', day(2029, 5, 20)],
      [2, WELDER.name, '设备', '焊机', 12, '自有', null],
      [3, WELDER.name, '视频监控', '监控摄像机', 4, '自有', null],
    ],
    题库: [['职业（工种）', '等级', '单选题', '判断题', '技能题', '本年新增更新题量'], [WELDER.name, '三级', 600, 350, 50, 200]],
    申请材料: [['序号', '材料名称', '是否提供'], ...requiredMaterials('bt-social', '首次备案').map((m, i) => [i + 1, m.name, '是'])],
  };
}
