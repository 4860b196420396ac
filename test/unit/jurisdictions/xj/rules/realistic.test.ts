import { checkBook } from '../../../../../src/check';
import type { CellValue } from '../../../../../src/model/cell';
import { recognise } from '../../../../../src/recognise/recognise';
import { requiredMaterials } from '../../../../../src/materials';
import { makeModel } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { AI, creditCode, day, TODAY } from './fixture';

const ROBOT = { code: '6-31-07-01', name: '工业机器人系统运维员' };

let seq = 100;
const person = (birth: string): [string, string] => {
  seq++;
  return [`张${'一二三四五六七八九十'[seq % 10]}${seq}`, validId(birth, seq, '650103')];
};

/** A clerk's examiner row: 序号, 姓名, 身份证号码, 职务/职称, 学历, 考评职业(工种), 职业编码, 本职业技能等级, 职称, 证书编号, 考评员级别, 专职/兼职, 担任考评员日期, 备注. */
function examinerRow(i: number, occ: typeof AI, level: string, title: string, category: string): CellValue[] {
  const [name, id] = person('19780315');
  return [i, name, id, title || '讲师', '本科', occ.name, occ.code, level, title, `KP-${2020 + (i % 5)}-${String(i).padStart(4, '0')}`, category, '兼职', day(2019, 3, 1), ''];
}

/**
 * A Xinjiang submission as clerks lay it out: their own sheet names, a title
 * row above each header, half-width brackets, extra columns (性别, 联系电话,
 * 备注), a two-level header with merged group labels and a 合计 row with a
 * footer below it. Two occupations, one of them applied up to 二级/技师.
 */
function clerkWorkbook() {
  const [legal, legalId] = person('19700101');
  const x = (year: number, a: [number, number, number], c: [number, number, number]): CellValue[] => {
    const at = a[0] + a[1] + a[2];
    const ct = c[0] + c[1] + c[2];
    return [year, '人工智能训练（1+X）', '新疆', ...a, at, ...c, ct, Math.round((ct / at) * 1000) / 1000];
  };
  const years = [x(2022, [1500, 900, 200], [1400, 800, 180]), x(2023, [2000, 1500, 400], [1850, 1380, 350]), x(2024, [2500, 1800, 500], [2300, 1650, 450]), x(2025, [2500, 1800, 500], [2300, 1700, 460])];
  const sums = years[0].map((_, c) => (c >= 3 && c <= 10 ? years.reduce((s, r) => s + Number(r[c]), 0) : null));
  const total: CellValue[] = ['合计', null, null, ...sums.slice(3, 11), Math.round((Number(sums[10]) / Number(sums[6])) * 1000) / 1000];
  const bank = (occ: typeof AI, level: string, subjective = 0): CellValue[] => [occ.name, occ.code, level, 600, 250, 150 + subjective, subjective, 45, 220, 2, ''];

  const model = makeModel({
    基本情况: [
      ['社会培训评价组织基本情况表'],
      ['项目', '内容', '变更前'],
      ['单位名称', '新疆天山智能科技职业培训有限公司'],
      ['统一社会信用代码', creditCode('91', '650103', 'MA78K2Q5')],
      ['办公地址', '乌鲁木齐市沙依巴克区西虹东路 36 号创新大厦 5 层'],
      ['注册（登记）机关', '乌鲁木齐市沙依巴克区市场监督管理局'],
      ['注册（登记）资金', '500 万元'],
      ['单位性质', '企业'],
      ['法定代表人', legal],
      ['法定代表人身份证号', legalId],
      ['法定代表人电话', '0991-4567890'],
      ['联系人', '古丽娜'],
      ['联系人职务', '评价中心主任'],
      ['联系电话', '13909912345'],
      ['电子邮箱', 'pj@tszn-edu.cn'],
      ['职工总数', 64],
      ['缴纳社保人数', 60],
      ['评价机构类型', '原X证书机构'],
      ['申请业务类型', '首次备案'],
      ['适用规则', 'xj-xcert（新疆·原X证书机构）'],
      ['注册地', '新疆乌鲁木齐市'],
      ['近三年有违法违规或失信记录', '否'],
      ['近三年列入经营异常名录', '否'],
      ['在已终止备案机构名单中', '否'],
      ['申请日期', day(2026, 6, 20)],
    ],
    '申报职业（工种）': [
      ['申请备案职业（工种）一览表'],
      ['序号', '职业编码', '职业(工种)名称', '工种名称', '技能等级范围', '评价标准', '产业类别', '预计评价人次', '已纳入评价目录', '备注'],
      [1, AI.code, AI.name, '', '五级/初级工至三级/高级工', '人工智能训练师国家职业技能标准（2021年版）', '数字经济', 800, '是', ''],
      [2, ROBOT.code, ROBOT.name, '', '四级至二级', '工业机器人系统运维员国家职业技能标准（2020年版）', '先进制造业', 300, '是', '新增二级'],
    ],
    工作人员名册: [
      ['工作人员名册'],
      ['序号', '姓名', '性别', '身份证号码', '职务', '学历', '主要职责', '联系电话'],
      [1, legal, '男', legalId, '总经理', '硕士', '机构负责人', '13909911111'],
      [2, ...((): CellValue[] => { const [n, id] = person('19880808'); return [n, '女', id, '专员', '本科', '考务管理', '13909912222']; })()],
      [3, ...((): CellValue[] => { const [n, id] = person('19900505'); return [n, '男', id, '专员', '本科', '证书管理', '13909913333']; })()],
    ],
    考评员名册: [
      ['考评人员名册'],
      ['序号', '姓名', '身份证号码', '职务/职称', '学历', '考评职业(工种)', '职业编码', '本职业技能等级', '职称', '证书编号', '考评员级别', '专职/兼职', '担任考评员日期', '备注'],
      examinerRow(1, AI, '三级/高级工', '', '考评员'),
      examinerRow(2, AI, '二级/技师', '工程师', '考评员'),
      examinerRow(3, AI, '四级/中级工', '高级工程师', '高级考评员'),
      examinerRow(4, AI, '一级/高级技师', '', '高级考评员'),
      examinerRow(5, ROBOT, '一级/高级技师', '高级工程师', '高级考评员'),
      examinerRow(6, ROBOT, '一级/高级技师', '', '高级考评员'),
      examinerRow(7, ROBOT, '二级/技师', '副教授', '高级考评员'),
      examinerRow(8, ROBOT, '三级', '正高级工程师', '高级考评员'),
      examinerRow(9, ROBOT, '三级/高级工', '', '考评员'),
    ],
    督导员名册: [
      ['内部质量督导员名册'],
      ['序号', '姓名', '身份证号码', '职务/职称', '学历', '专业方向', '担任考评员起始日期'],
      [1, ...person('19720202'), '高级工程师', '硕士', '人工智能', day(2018, 9, 1)],
      [2, ...person('19750707'), '副教授', '本科', '工业机器人', day(2023, 6, 20)],
    ],
    '场地、设施设备清单': [
      ['场地、设施设备清单'],
      ['序号', '职业(工种)', '类别', '名称', '规格/型号', '数量', '权属', '使用权到期日', '地点'],
      [1, AI.name, '场地', '人工智能实训室', '120 平方米', 1, '自有', null, '乌鲁木齐市沙依巴克区西虹东路 36 号'],
      [2, AI.name, '设备', '数据标注工作站', 'i7/32G', 40, '自有', null, '同上'],
      [3, AI.name, '视频监控', '考场高清摄像机', 'DS-2CD3T46', 6, '自有', null, '同上'],
      [4, ROBOT.name, '场地', '机器人实训车间', '300 平方米', 1, '租用', day(2030, 12, 31), '乌鲁木齐经济技术开发区'],
      [5, ROBOT.name, '工量具', '数字万用表', 'FLUKE 17B+', 20, '自有', null, '同上'],
      [6, ROBOT.name, '视频监控设备', '车间监控摄像机', 'DS-2CD2T47', 4, '自有', null, '同上'],
    ],
    题库清单: [
      ['题库清单'],
      ['职业(工种)', '职业编码', '等级', '单选题', '多选题', '判断题', '主观题', '技能题', '本年新增更新题量', '样卷套数', '备注'],
      bank(AI, '五级/初级工'),
      bank(AI, '四级/中级工'),
      bank(AI, '三级/高级工'),
      bank(ROBOT, '四级/中级工'),
      bank(ROBOT, '三级/高级工'),
      bank(ROBOT, '二级/技师', 120),
    ],
    '“X证书”评价数据汇总表': [
      ['“X 证书”评价数据汇总表'],
      ['年度', '“X 证书”项目名称', '地区', '认定人次', null, null, null, '取证人次', null, null, null, '获证率'],
      [null, null, null, '初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'],
      ...years,
      total,
      ['负责人签字：'],
    ],
    申请材料清单: [
      ['备案申请材料清单'],
      ['序号', '材料名称', '是否提供', '文件名或页码', '备注'],
      ...requiredMaterials('xj-xcert', '首次备案').map((m, i): CellValue[] => [i + 1, m.name, '是', `第 ${i + 1} 册`, '']),
    ],
  });
  model.sheet('“X证书”评价数据汇总表')!.merges.push('A1:L1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:G2', 'H2:K2', 'L2:L3');
  return recognise(model);
}

describe('a whole xj-xcert workbook laid out the way clerks do', () => {
  const book = clerkWorkbook();
  const result = checkBook(book, { today: TODAY });

  it('is recognised sheet by sheet', () => {
    expect(result.profile.id).toBe('xj-xcert');
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(book.table('xcertData')!.rows).toHaveLength(4);
  });

  it('gives no error from the xj pack', () => {
    expect(result.findings.filter((f) => f.rule.startsWith('xj.'))).toEqual([]);
  });

  it('gives no error at all', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('still sees the rosters in this layout: one senior examiner fewer for 二级 is reported', () => {
    const edited = clerkWorkbook();
    const sheet = edited.workbook.sheet('考评员名册')!;
    sheet.set(7, 8, '三级/高级工');
    sheet.set(7, 9, null);
    const f = checkBook(edited, { today: TODAY }).findings.filter((x) => x.rule.startsWith('xj.'));
    expect(f.map((x) => x.rule).sort()).toEqual(['xj.senior-examiners.min', 'xj.senior-examiners.qualification']);
    expect(f.find((x) => x.rule === 'xj.senior-examiners.qualification')!.cell).toBe('H7');
    expect(f.find((x) => x.rule === 'xj.senior-examiners.min')!.message).toContain('6-31-07-01 工业机器人系统运维员 申请二级/技师，具备高级考评员条件的考评人员 3 名');
  });
});
