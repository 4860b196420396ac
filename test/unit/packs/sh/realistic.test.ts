import { checkBook } from '../../../../src/check';
import type { CellValue } from '../../../../src/model/cell';
import { recognise } from '../../../../src/recognise/recognise';
import { requiredMaterials } from '../../../../src/rules/materials';
import { makeModel } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { AI, creditCode, day, ECOM, TODAY } from '../xj/fixture';

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
