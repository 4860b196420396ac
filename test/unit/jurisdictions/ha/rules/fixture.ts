import type { CellValue } from '../../../../../src/model/cell';
import { orgRows, type BookSpec } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { creditCode } from '../../xj/rules/fixture';
import { requiredMaterials } from '../../../../../src/materials';

export const ELECTRICIAN = { code: '6-31-01-03', name: '电工' };
export const ROBOT = { code: '6-31-07-01', name: '工业机器人系统运维员' };

export const HA_ORG: Record<string, CellValue> = {
  单位名称: '新乡市技能人才评价服务中心有限公司',
  统一社会信用代码: creditCode('91', '410702'),
  办公地址: '河南省新乡市红旗区人民路 1 号',
  单位性质: '企业',
  法定代表人: '王建国',
  联系人: '李娜',
  联系人电话: '13837312345',
  申请业务类型: '首次备案',
  适用规则: 'ha-social',
  申请日期: new Date(Date.UTC(2026, 4, 20)),
  近三年有违法违规或失信记录: '否',
  近三年列入经营异常名录: '否',
  人才培训评价领域有不良记录: '否',
  具备线上机考条件: '是',
};

const person = (i: number, extra: CellValue[] = []): CellValue[] => [i, `人员${i}`, validId('19800101', i, '410702'), ...extra];

/** A complete, clean ha-social workbook in the template layout. */
export function haSpec(org: Record<string, CellValue> = HA_ORG): BookSpec {
  return {
    机构信息: orgRows(org),
    申请职业: [
      ['序号', '职业编码', '职业名称', '等级', '评价标准', '已纳入评价目录'],
      [1, ELECTRICIAN.code, ELECTRICIAN.name, '五级至三级', '国家职业技能标准 电工（2018年版）', '是'],
      [2, ROBOT.code, ROBOT.name, '五级至三级', '国家职业技能标准 工业机器人系统运维员（2020年版）', '是'],
    ],
    工作人员: [['序号', '姓名', '身份证件号', '主要职责'], person(1, ['考务']), person(2, ['证书'])],
    考评人员: [
      ['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级'],
      person(11, [ELECTRICIAN.name, ELECTRICIAN.code, '二级/技师']),
      person(12, [ROBOT.name, ROBOT.code, '二级/技师']),
    ],
    专家队伍: [['序号', '姓名', '身份证件号', '考评职业（工种）', '专家类别'], person(21, [ELECTRICIAN.name, '命题专家']), person(22, [ROBOT.name, '命题专家'])],
    内部质量督导员: [['序号', '姓名', '身份证件号', '担任考评员起始日期'], person(31, [new Date(Date.UTC(2015, 0, 1))])],
    设施设备: [
      ['序号', '职业（工种）', '类别', '名称', '数量'],
      [1, ELECTRICIAN.name, '场地', '电工实训室', 1],
      [2, ELECTRICIAN.name, '工量具', '万用表', 20],
      [3, ELECTRICIAN.name, '视频监控', '监控摄像机', 4],
      [4, ROBOT.name, '场地', '机器人实训车间', 1],
      [5, ROBOT.name, '设备', '工业机器人工作站', 6],
      [6, ROBOT.name, '视频监控', '监控摄像机', 4],
    ],
    题库: [
      ['职业（工种）', '等级', '单选题', '技能题'],
      [ELECTRICIAN.name, '三级', 800, 40],
      [ROBOT.name, '三级', 800, 40],
    ],
    申请材料: [['序号', '材料名称', '是否提供'], ...requiredMaterials('ha-social', '首次备案').map((m, i) => [i + 1, m.name, '是'])],
  };
}
