import type { CellValue } from '../../../../../src/model/cell';
import { checkBook } from '../../../../../src/check';
import { requiredMaterials } from '../../../../../src/materials';
import { makeBook } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { TODAY } from '../../xj/rules/fixture';
import { ELECTRICIAN, HA_ORG, ROBOT } from './fixture';

const p = (i: number, ...rest: CellValue[]): CellValue[] => [i, `职工${i}`, validId('19820315', i, '410702'), ...rest];

/** HA 附件1/5/6 laid out as a Xinxiang clerk would: form-style 基本情况, titles, half-width brackets, extra columns. */
const book = makeBook({
  基本情况: [
    ['河南省职业技能等级评价机构备案申请表'],
    ['单位名称', HA_ORG['单位名称'], '统一社会信用代码', HA_ORG['统一社会信用代码']],
    ['办公地址', HA_ORG['办公地址'], '单位性质', '企业'],
    ['法定代表人', '王建国', '联系人', '李娜'],
    ['联系电话', '13837312345', '电子邮箱', 'pj@xxjn.com.cn'],
    ['申请业务类型', '首次备案', '适用规则', 'ha-social（河南·社会培训评价组织）'],
    ['申请日期', new Date(Date.UTC(2026, 4, 20)), '近三年有违法违规或失信记录', '否'],
    ['近三年列入经营异常名录', '否', '人才培训评价领域有不良记录', '否'],
    ['具备线上机考条件', '是'],
  ],
  '附件1-申报职业': [
    ['申报职业(工种)'],
    ['序号', '职业代码', '职业(工种)名称', '技能等级范围', '职业标准', '是否纳入评价目录', '备注'],
    [1, ELECTRICIAN.code, ELECTRICIAN.name, '五级/初级工-三级/高级工', '电工国家职业技能标准', '是', ''],
    [2, ROBOT.code, ROBOT.name, '五级至三级', '工业机器人系统运维员国家职业技能标准', '是', '新增'],
  ],
  工作人员名册: [['附件6-1 工作人员名册'], ['序号', '姓名', '身份证号码', '职务', '学历', '岗位'], p(1, '主任', '本科', '考务'), p(2, '干事', '大专', '证书')],
  考评员名册: [
    ['附件6-2 考评人员名册'],
    ['序号', '姓名', '身份证号码', '考评职业(工种)', '职业代码', '技能等级', '职称', '联系电话'],
    p(11, ELECTRICIAN.name, ELECTRICIAN.code, '二级/技师', '工程师', '13800000011'),
    p(12, ROBOT.name, ROBOT.code, '一级/高级技师', '高级工程师', '13800000012'),
  ],
  专家名册: [['序号', '姓名', '身份证号码', '职业(工种)', '专家类别'], p(21, ELECTRICIAN.name, '命题专家'), p(22, ROBOT.name, '命题专家')],
  内部质量监督人员: [['序号', '姓名', '身份证号码', '专业'], p(31, '电气')],
  '场地、设施设备清单': [
    ['附件5 场地、设施设备清单'],
    ['序号', '职业(工种)', '类别', '设备名称', '规格型号', '数量', '存放地点'],
    [1, ELECTRICIAN.name, '场地', '电工实训室', '200㎡', 1, '一号楼'],
    [2, ELECTRICIAN.name, '视频监控', '高清摄像机', 'DS-2CD', 6, '一号楼'],
    [3, ELECTRICIAN.name, '工量具', '绝缘电阻表', 'ZC-7', 10, '一号楼'],
    [4, ROBOT.name, '场地', '机器人实训车间', '300㎡', 1, '二号楼'],
    [5, ROBOT.name, '设备', '工业机器人工作站', 'ABB', 4, '二号楼'],
    [6, ROBOT.name, '视频监控', '高清摄像机', 'DS-2CD', 4, '二号楼'],
  ],
  题库清单: [['职业(工种)', '等级', '单选题', '判断题', '技能题'], [ELECTRICIAN.name, '三级', 600, 400, 60], [ROBOT.name, '三级', 600, 400, 60]],
  申请材料清单: [['序号', '材料名称', '是否提供'], ...requiredMaterials('ha-social', '首次备案').map((m, i) => [i + 1, m.name, '是'])],
});

describe('a whole ha-social workbook laid out the way clerks do', () => {
  const result = checkBook(book, { today: TODAY });

  it('is recognised sheet by sheet', () => {
    expect(result.profile.id).toBe('ha-social');
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(book.table('examiners')!.headerRow).toBe(2);
  });

  it('gives no error at all', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
