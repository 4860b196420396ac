import { checkBook } from '../../../../../src/check';
import type { CellValue } from '../../../../../src/model/cell';
import { requiredMaterials } from '../../../../../src/materials';
import { makeBook } from '../../../../helpers/book';
import { validId } from '../../../../helpers/people';
import { creditCode, day, TODAY } from '../../xj/rules/fixture';

/** Real X证书, named by their own standards: no 大典 code, levels 初级/中级/高级. */
const WEB = 'Web前端开发职业技能等级证书';
const TAX = '智能财税职业技能等级证书';

/**
 * A 1+X submission as clerks lay it out: their own sheet names, title rows,
 * half-width brackets, extra columns, the X证书 data under a two-level
 * header without merged cells (as a streaming reader sees it) and a 合计 row.
 */
function clerkWorkbook() {
  const people = (n: number, birth: string): [string, string][] => Array.from({ length: n }, (_, i) => [`专家${i + 1}`, validId(birth, 300 + i, '110108')]);
  const year = (y: number, a: [number, number, number], c: [number, number, number]): CellValue[] => {
    const at = a[0] + a[1] + a[2];
    const ct = c[0] + c[1] + c[2];
    return [y, 'Web前端开发（1+X）', '全国', ...a, at, ...c, ct, `${((ct / at) * 100).toFixed(1)}%`];
  };
  const rows = [
    year(2020, [4000, 1500, 500], [3600, 1300, 400]),
    year(2021, [6000, 2400, 600], [5400, 2100, 500]),
    year(2022, [7000, 3000, 1000], [6300, 2700, 900]),
    year(2023, [7500, 3400, 1100], [6800, 3100, 1000]),
    year(2024, [7500, 3400, 1100], [6900, 3200, 1000]),
  ];
  const sum = (c: number) => rows.reduce((s, r) => s + Number(r[c]), 0);
  return makeBook({
    单位基本情况: [
      ['培训评价组织基本情况'],
      ['项目', '内容'],
      ['单位名称', '中智职业技能评价有限公司'],
      ['统一社会信用代码', creditCode('91', '110108', 'MA01C2D3')],
      ['办公地址', '北京市海淀区中关村大街 27 号'],
      ['注册资本', '3000 万元'],
      ['单位性质', '企业'],
      ['法定代表人', '赵德胜'],
      ['法定代表人身份证号', validId('19680808', 21, '110108')],
      ['联系人', '刘佳琪'],
      ['联系电话', '010-62345678'],
      ['邮箱', 'contact@zzpj.com.cn'],
      ['申请业务类型', '首次备案'],
      ['适用规则', 'nx-1x（全国·1+X培训评价组织遴选）'],
      ['申请日期', day(2026, 5, 20)],
      ['开展职业技能培训起始年份', 2012],
      ['近三年有违法违规或失信记录', '否'],
      ['有重大经济纠纷', '否'],
      ['有不良借贷行为', '否'],
    ],
    '申报证书(职业)': [
      ['申报职业技能等级证书对应职业（工种）'],
      ['序号', '职业编码', '职业(工种)名称', '等级范围', '依据标准', '产业类别', '教材出版年份', '备注'],
      [1, '', WEB, '初级至高级', 'Web前端开发职业技能等级标准（2021年2.0版）', '数字经济', 2024, ''],
      [2, '', TAX, '初级、中级', '智能财税职业技能等级标准（2021年版）', '现代服务业', 2023, ''],
    ],
    工作人员名册: [
      ['工作人员名册'],
      ['序号', '姓名', '身份证号', '职务', '学历', '岗位职责', '联系电话'],
      ...people(3, '19880101').map(([n, id], i): CellValue[] => [i + 1, n.replace('专家', '员工'), id, '主管', '本科', ['考务', '证书', '师资培训'][i], '13801010000']),
    ],
    专家名册: [
      ['专家、师资团队名册'],
      ['序号', '姓名', '身份证号', '职务/职称', '学历', '专业职业（工种）', '职业编码', '专家类型', '工作单位'],
      ...people(4, '19720101').map(([n, id], i): CellValue[] => [i + 1, n, id, '高级工程师', '硕士', i < 2 ? WEB : TAX, '', i % 2 ? '审题专家' : '命题专家', '某龙头企业']),
    ],
    X证书数据: [
      ['X证书培训评价数据'],
      ['年度', '证书名称', '地区', '认定人次', null, null, null, '取证人次', null, null, null, '获证率'],
      [null, null, null, '初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'],
      ...rows,
      ['合计', '', '', ...[3, 4, 5, 6, 7, 8, 9, 10].map(sum), `${((sum(10) / sum(6)) * 100).toFixed(1)}%`],
    ],
    申报材料: [
      ['申报材料目录'],
      ['序号', '材料名称', '是否提供', '页码', '说明'],
      ...requiredMaterials('nx-1x', '首次备案').map((m, i): CellValue[] => [i + 1, m.name, '是', `P${i * 10 + 1}`, '']),
    ],
  });
}

describe('a whole nx-1x workbook laid out the way clerks do', () => {
  const book = clerkWorkbook();
  const result = checkBook(book, { today: TODAY });

  it('is recognised sheet by sheet', () => {
    expect(result.profile.id).toBe('nx-1x');
    expect(book.unrecognised.map((s) => s.name)).toEqual([]);
    expect(book.table('experts')!.rows).toHaveLength(4);
  });

  it('gives no error or warning from the nx pack', () => {
    expect(result.findings.filter((f) => f.rule.startsWith('nx.'))).toEqual([]);
  });

  it('gives no error at all', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('still reads the data in this layout: one year fewer is reported', () => {
    const edited = clerkWorkbook();
    const sheet = edited.workbook.sheet('X证书数据')!;
    for (let col = 4; col <= 11; col++) sheet.set(4, col, 0);
    const f = checkBook(edited, { today: TODAY }).findings.filter((x) => x.rule.startsWith('nx.'));
    expect(f.map((x) => x.rule)).toEqual(['nx.experience.scale']);
  });
});
