import { checkBook } from '../../../../../src/check';
import type { CellValue } from '../../../../../src/model/cell';
import { recognise } from '../../../../../src/recognise/recognise';
import { requiredMaterials } from '../../../../../src/materials';
import { makeModel } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { AI, creditCode, day, ECOM, TODAY } from '../../xj/rules/fixture';

/**
 * A Shanghai submission as clerks lay it out: sheet names of their own,
 * title rows, half-width brackets, 附件1-style extra columns (推荐理由),
 * 附件3's X证书 table with its two-level header and no 地区 column, a
 * 考核站点 list for the 附件2 letters.
 */
function clerkWorkbook() {
  const x = (year: number, a: [number, number, number], c: [number, number, number]): CellValue[] => {
    const at = a[0] + a[1] + a[2];
    const ct = c[0] + c[1] + c[2];
    return [year, '人工智能训练（1+X）', ...a, at, ...c, ct, `${((ct / at) * 100).toFixed(1)}%`];
  };
  const bank = (occ: typeof AI, level: string): CellValue[] => [occ.name, occ.code, level, 500, 300, 200, 40, 2, ''];
  const model = makeModel({
    基本信息: [
      ['申报单位基本信息'],
      ['项目', '内容'],
      ['单位名称', '上海数智未来教育科技有限公司'],
      ['统一社会信用代码', creditCode('91', '310115', 'MA1H7K9Q')],
      ['办公地址', '上海市浦东新区张江路 665 号 3 层'],
      ['注册（登记）机关', '上海市浦东新区市场监督管理局'],
      ['单位性质', '企业'],
      ['法定代表人', '陈晓东'],
      ['法定代表人身份证号', validId('19760512', 7, '310115')],
      ['联系人', '杨雪梅'],
      ['联系电话', '021-58581234'],
      ['电子邮箱', 'shenbao@szwl-edu.cn'],
      ['评价机构类型', '原X证书机构'],
      ['申请业务类型', '首次备案'],
      ['适用规则', 'sh-xcert'],
      ['注册地', '上海市浦东新区'],
      ['近三年有违法违规或失信记录', '否'],
      ['近三年列入经营异常名录', '否'],
      ['在已终止备案机构名单中', '否'],
      ['申请日期', day(2026, 6, 23)],
    ],
    '申报职业（工种）': [
      ['社会化职业技能等级认定职业（工种）推荐汇总表'],
      ['序号', '职业编码', '职业(工种)名称', '技能等级', '职业标准', '产业类别', '预计评价人次', '是否纳入评价目录', '推荐理由'],
      [1, AI.code, AI.name, '五级至三级', '人工智能训练师国家职业技能标准（2021年版）', '人工智能', 3000, '是', '行业规划'],
      [2, ECOM.code, ECOM.name, '四级、三级', '电子商务师国家职业技能标准（2018年版）', '现代服务业', 1500, '否', '企业需求'],
    ],
    题库情况: [
      ['各等级评价方案及样卷'],
      ['职业(工种)', '职业编码', '级别', '单选题', '多选题', '判断题', '技能操作题', '样卷数', '备注'],
      bank(AI, '五级'),
      bank(AI, '四级'),
      bank(AI, '三级'),
      bank(ECOM, '四级'),
      bank(ECOM, '三级'),
    ],
    'X证书评价数据汇总表': [
      ['“X 证书”评价数据汇总表'],
      ['年度', '“X 证书”项目名称', '认定人次', null, null, null, '取证人次', null, null, null, '获证率'],
      [null, null, '初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'],
      x(2023, [1200, 800, 200], [1100, 700, 160]),
      x(2024, [1500, 1000, 300], [1400, 900, 250]),
      x(2025, [1800, 1200, 350], [1650, 1100, 300]),
      ['注：本表由 X 证书机构作为填报单位。'],
    ],
    工作人员名册: [
      ['工作人员名册'],
      ['序号', '姓名', '身份证号码', '职务', '学历', '主要职责'],
      [1, '周建华', validId('19850304', 31, '310115'), '评价中心主任', '硕士', '评价管理'],
      [2, '吴佳怡', validId('19920611', 32, '310115'), '专员', '本科', '考务管理'],
    ],
    专家团队: [
      ['专家团队名册'],
      ['序号', '姓名', '身份证号码', '职务/职称', '学历', '职业（工种）', '职业编码', '专家类别'],
      [1, '郑国强', validId('19700101', 41, '310104'), '高级工程师', '博士', AI.name, AI.code, '命题专家'],
      [2, '钱晓梅', validId('19750202', 42, '310104'), '副教授', '硕士', ECOM.name, ECOM.code, '命题专家'],
    ],
    考评员名册: [
      ['考评人员名册'],
      ['序号', '姓名', '身份证号码', '考评职业(工种)', '职业编码', '技能等级', '职称'],
      [1, '孙立新', validId('19800303', 51, '310115'), AI.name, AI.code, '二级/技师', '工程师'],
      [2, '李文静', validId('19820404', 52, '310115'), ECOM.name, ECOM.code, '二级/技师', '经济师'],
    ],
    内部质量督导员名册: [
      ['内部质量督导员名册'],
      ['序号', '姓名', '身份证号码', '专业方向', '担任考评员起始日期'],
      [1, '何志刚', validId('19760505', 61, '310115'), '人工智能', day(2018, 9, 1)],
    ],
    '考核点设施设备': [
      ['考核点设施设备清单'],
      ['序号', '职业(工种)', '类别', '设备名称', '规格型号', '数量', '存放地点'],
      [1, AI.name, '场地', '人工智能实训室', '120㎡', 1, '张江人工智能实训基地'],
      [2, AI.name, '设备', '数据标注工作站', 'DELL', 40, '张江人工智能实训基地'],
      [3, AI.name, '视频监控', '考场监控摄像机', 'DS-2CD', 8, '张江人工智能实训基地'],
      [4, ECOM.name, '场地', '电商实训室', '100㎡', 1, '徐汇电商考核中心'],
      [5, ECOM.name, '设备', '电商实训计算机', 'Lenovo', 30, '徐汇电商考核中心'],
      [6, ECOM.name, '视频监控', '考场监控摄像机', 'DS-2CD', 6, '徐汇电商考核中心'],
    ],
    考核站点名单: [
      ['考核点名单（每个考核点附所在区人社部门推荐函）'],
      ['序号', '考核点名称', '统一社会信用代码', '考核点地址', '联系人', '联系电话', '考核职业（工种）', '考核等级'],
      [1, '张江人工智能实训基地', creditCode('91', '310115', 'MA1J2K3L'), '浦东新区郭守敬路 498 号', '王海燕', '13816612345', AI.name, '五级至三级'],
      [2, '徐汇电商考核中心', creditCode('91', '310104', 'MA1B2C3D'), '上海市徐汇区漕溪北路 88 号', '李文博', '13917723456', ECOM.name, '四级至三级'],
    ],
    申报材料清单: [
      ['申请材料清单'],
      ['序号', '材料名称', '是否提供', '文件名或页码', '备注'],
      ...requiredMaterials('sh-xcert', '首次备案').map((m, i): CellValue[] => [i + 1, m.name, '是', `附件${i + 1}.pdf`, m.note ?? '']),
    ],
  });
  model.sheet('X证书评价数据汇总表')!.merges.push('A1:K1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:J2', 'K2:K3');
  return recognise(model);
}

describe('a whole sh-xcert workbook laid out the way clerks do', () => {
  const book = clerkWorkbook();
  const result = checkBook(book, { today: TODAY });

  it('is recognised sheet by sheet', () => {
    expect(result.profile.id).toBe('sh-xcert');
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(book.table('sites')!.rows).toHaveLength(2);
    expect(book.table('xcertData')!.rows).toHaveLength(3);
  });

  it('gives no error from the sh pack', () => {
    expect(result.findings.filter((f) => f.rule.startsWith('sh.'))).toEqual([]);
  });

  it('gives no error at all', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('still sees the data in this layout: a site without its occupation is reported at its cell', () => {
    const edited = clerkWorkbook();
    edited.workbook.sheet('考核站点名单')!.set(4, 7, null);
    const f = checkBook(edited, { today: TODAY }).findings.filter((x) => x.rule.startsWith('sh.'));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ['sh.sites.occupation', null],
      ['sh.sites.occupation', 'G4'],
    ]);
  });
});
