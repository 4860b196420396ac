import ExcelJS from 'exceljs';
import { profileById } from '../profiles/profiles';
import { requiredMaterials } from '../materials';
import { creditCodeCheckChar } from '../validate/gb32100-credit-code';
import { idCheckChar } from '../validate/gb11643-id';
import { orgCodeCheckChar } from '../validate/gb11714-org-code';

/**
 * The bundled sample: a Xinjiang former X证书 organisation's submission laid
 * out the way clerks lay it out (title rows, merged titles, their own sheet
 * names, a two-level header), with a handful of real-looking mistakes:
 *  1. 申请职业: 人工智能训练师 under 4-04-04-05, the Shanghai guide's own slip (2022 大典: 4-04-05-05);
 *  2. 考评员名册: an ID with a wrong check digit, and an ID typed as a number;
 *  3. 考评员名册: only 3 qualified examiners for 工业机器人系统运维员;
 *  4. 工作人员名册: the same person entered twice;
 *  5. 督导员: a start date typed as text "2019.9.1";
 *  6. 题库: 人工智能训练师 三级 theory bank of 980 questions;
 *  7. 场地、设施设备清单: equipment for 电工, which is not applied for;
 *  8. X证书评价数据: a 获证率 that does not match its totals;
 *  9. 申请材料: 应急预案 marked 否.
 * Everything is derived from a fixed seed, so the file is the same each time.
 */

/** Mulberry32: tiny deterministic PRNG, enough for plausible names and dates. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '马', '古', '艾', '阿', '热'];
const GIVEN = ['建军', '丽娜', '志强', '海燕', '晓东', '古丽', '买买提', '阿依', '文博', '雪梅', '国庆', '新华', '玉山', '佳琪', '思远', '明辉', '静怡', '德胜'];
const XJ_REGIONS = ['650102', '650103', '650104', '650105', '652301', '650202', '652801', '654002'];

class People {
  private readonly next: () => number;
  private seq = 0;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  person(minBirthYear = 1968, maxBirthYear = 1995): { name: string; id: string } {
    const name = this.pick(SURNAMES) + this.pick(GIVEN);
    const y = minBirthYear + Math.floor(this.next() * (maxBirthYear - minBirthYear + 1));
    const m = 1 + Math.floor(this.next() * 12);
    const d = 1 + Math.floor(this.next() * 28);
    this.seq++;
    const body = `${this.pick(XJ_REGIONS)}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(100 + ((this.seq * 37) % 900)).padStart(3, '0')}`;
    return { name, id: body + idCheckChar(body) };
  }
}

function creditCode(): string {
  const org = 'MA7' + 'N3K8Q';
  const org9 = org + orgCodeCheckChar(org);
  const first17 = '91' + '650102' + org9;
  return first17 + creditCodeCheckChar(first17);
}

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A clerk's sheet: a merged title in row 1, headers in row 2, then rows. */
function tableSheet(wb: ExcelJS.Workbook, name: string, title: string, headers: string[], rows: ExcelJS.CellValue[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  headers.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.border = THIN;
  });
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(3 + i, j + 1).value = v)));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

const OCC = {
  ai: { code: '4-04-05-05', name: '人工智能训练师' },
  robot: { code: '6-31-07-01', name: '工业机器人系统运维员' },
  ecom: { code: '4-01-06-01', name: '电子商务师' },
};

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'beian';
  wb.created = wb.modified = date(2026, 6, 1);
  const people = new People(20260601);
  const profile = profileById('xj-xcert')!;

  const org = wb.addWorksheet('机构信息');
  org.getCell('A1').value = '社会培训评价组织基本情况表';
  org.mergeCells('A1:C1');
  org.getCell('A1').font = { bold: true, size: 14 };
  const legal = people.person(1970, 1978);
  const orgRows: [string, ExcelJS.CellValue][] = [
    ['单位名称', '新疆丝路数智教育科技有限公司'],
    ['统一社会信用代码', creditCode()],
    ['办公地址', '新疆乌鲁木齐市天山区解放南路 88 号丝路大厦 12 层'],
    ['注册（登记）机关', '乌鲁木齐市天山区市场监督管理局'],
    ['注册（登记）资金', '1000 万元'],
    ['单位性质', '企业'],
    ['法定代表人', legal.name],
    ['法定代表人身份证号', legal.id],
    ['法定代表人电话', '0991-2856731'],
    ['联系人', '马丽娜'],
    ['联系人职务', '评价部主任'],
    ['联系人电话', '13899127654'],
    ['电子邮箱', 'pingjia@slsz-edu.cn'],
    ['职工总数', 86],
    ['缴纳社保人数', 82],
    ['评价机构类型', '原X证书机构'],
    ['申请业务类型', '首次备案'],
    ['适用规则', profile.name],
    ['注册地', '新疆维吾尔自治区乌鲁木齐市'],
    ['申请日期', date(2026, 6, 15)],
    ['近三年有违法违规或失信记录', '否'],
    ['近三年列入经营异常名录', '否'],
    ['在已终止备案机构名单中', '否'],
  ];
  org.getCell('A2').value = '项目';
  org.getCell('B2').value = '内容';
  org.getCell('C2').value = '变更前';
  orgRows.forEach(([k, v], i) => {
    org.getCell(3 + i, 1).value = k;
    const c = org.getCell(3 + i, 2);
    c.value = v;
    if (k.includes('身份证') || k.includes('信用代码')) c.numFmt = '@';
    if (v instanceof Date) c.numFmt = 'yyyy-mm-dd';
  });
  org.getColumn(1).width = 22;
  org.getColumn(2).width = 48;
  org.getColumn(3).width = 20;

  tableSheet(
    wb,
    '申请职业（工种）',
    '申请备案职业（工种）',
    ['序号', '职业编码', '职业名称', '工种名称', '等级', '评价标准', '产业类别', '预计评价人次', '已纳入评价目录'],
    [
      [1, '4-04-04-05', OCC.ai.name, '', '五级至三级', '国家职业技能标准（2021年版）', '数字经济', 600, '是'],
      [2, OCC.robot.code, OCC.robot.name, '', '五级至三级', '国家职业技能标准（2020年版）', '先进制造业', 300, '是'],
      [3, OCC.ecom.code, OCC.ecom.name, '', '五级至三级', '国家职业技能标准（2018年版）', '现代服务业', 500, '是'],
    ],
    [6, 14, 22, 12, 14, 28, 12, 12, 14],
  );

  const staffRows: ExcelJS.CellValue[][] = [];
  const duties = ['机构负责人', '考务管理', '证书管理', '财务管理', '题库管理', '信息系统管理'];
  duties.forEach((duty, i) => {
    const p = i === 0 ? legal : people.person();
    staffRows.push([i + 1, p.name, p.id, i === 0 ? '总经理' : '专员', i < 3 ? '本科' : '大专', duty]);
  });
  // Mistake 4: the 考务 clerk entered twice.
  staffRows.push([staffRows.length + 1, staffRows[1][1], staffRows[1][2], '专员', '本科', '考务管理']);
  const staff = tableSheet(wb, '工作人员名册', '工作人员名册', ['序号', '姓名', '身份证号码', '职务/职称/技能等级', '学历', '主要职责'], staffRows, [6, 10, 22, 18, 8, 16]);
  staff.getColumn(3).numFmt = '@';

  const examinerRows: ExcelJS.CellValue[][] = [];
  const addExaminer = (occ: { code: string; name: string }, level: string, title: string, category: string) => {
    const p = people.person();
    examinerRows.push([examinerRows.length + 1, p.name, p.id, title || level, '本科', occ.name, occ.code, level, title, `XJKP${2026}${String(examinerRows.length + 1).padStart(4, '0')}`, category, '专职']);
  };
  for (const occ of [OCC.ai, OCC.ecom]) {
    addExaminer(occ, '一级/高级技师', '高级工程师', '高级考评员');
    addExaminer(occ, '一级/高级技师', '', '高级考评员');
    addExaminer(occ, '二级/技师', '副教授', '高级考评员');
    addExaminer(occ, '三级/高级工', '正高级工程师', '高级考评员');
    addExaminer(occ, '三级/高级工', '', '考评员');
  }
  // Mistake 3: 工业机器人系统运维员 has one examiner with only 四级, so 3 qualify.
  addExaminer(OCC.robot, '一级/高级技师', '高级工程师', '高级考评员');
  addExaminer(OCC.robot, '二级/技师', '副高级', '高级考评员');
  addExaminer(OCC.robot, '三级/高级工', '工程师', '考评员');
  addExaminer(OCC.robot, '四级/中级工', '', '考评员');
  // Mistake 2: a wrong check digit, and an ID typed as a number.
  const bad = String(examinerRows[2][2]);
  examinerRows[2][2] = bad.slice(0, 17) + (bad[17] === '3' ? '4' : '3');
  examinerRows[6][2] = Number(String(examinerRows[6][2]).slice(0, 17));
  const examiners = tableSheet(
    wb,
    '考评员名册',
    '考评人员名册',
    ['序号', '姓名', '身份证号码', '职务/职称/技能等级', '学历', '考评职业(工种)', '职业编码', '本职业技能等级', '专业技术职称', '证书编号', '考评员类别', '专兼职'],
    examinerRows,
    [6, 10, 22, 18, 8, 20, 12, 14, 14, 16, 12, 8],
  );
  examiners.getColumn(3).numFmt = '@';
  examiners.getCell(9, 3).numFmt = '0';

  const supervisors = [people.person(1966, 1980), people.person(1966, 1980), people.person(1970, 1985)];
  tableSheet(
    wb,
    '内部质量督导员',
    '内部质量督导员名册',
    ['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '专业方向', '担任考评员起始日期'],
    [
      [1, supervisors[0].name, supervisors[0].id, '高级工程师', '硕士', '人工智能', date(2016, 3, 1)],
      [2, supervisors[1].name, supervisors[1].id, '副教授', '本科', '工业机器人', date(2018, 9, 1)],
      // Mistake 5: a date typed as text.
      [3, supervisors[2].name, supervisors[2].id, '高级经济师', '本科', '电子商务', '2019.9.1'],
    ],
    [6, 10, 22, 18, 8, 14, 18],
  ).getColumn(7).numFmt = 'yyyy-mm-dd';

  const equipment: ExcelJS.CellValue[][] = [];
  const addEq = (occ: string, cat: string, name: string, model: string, qty: number) =>
    equipment.push([equipment.length + 1, occ, cat, name, model, qty, '自有', null, '乌鲁木齐市天山区解放南路 88 号 12 层']);
  addEq(OCC.ai.name, '场地', '人工智能训练实训室', '120 平方米', 1);
  addEq(OCC.ai.name, '设备', '数据标注工作站', 'Intel i7 / 32GB', 40);
  addEq(OCC.ai.name, '视频监控', '考场高清监控摄像机', 'DS-2CD3T46', 8);
  addEq(OCC.robot.name, '场地', '工业机器人实训车间', '300 平方米', 1);
  addEq(OCC.robot.name, '设备', '六轴工业机器人实训工作站', 'ABB IRB 120', 10);
  addEq(OCC.robot.name, '视频监控', '车间监控摄像机', 'DS-2CD2T47', 6);
  addEq(OCC.ecom.name, '场地', '电子商务实训室', '100 平方米', 1);
  addEq(OCC.ecom.name, '设备', '计算机', '联想 M720', 50);
  addEq(OCC.ecom.name, '视频监控', '考场监控摄像机', 'DS-2CD3T46', 6);
  // Mistake 7: equipment for an occupation that is not applied for.
  addEq('电工', '工量具', '数字万用表', 'FLUKE 17B+', 20);
  tableSheet(wb, '场地、设施设备清单', '场地、设施设备清单', ['序号', '职业（工种）', '类别', '名称', '规格/型号', '数量', '权属', '使用权到期日', '地点'], equipment, [6, 20, 10, 26, 18, 8, 8, 14, 36]);

  const bank: ExcelJS.CellValue[][] = [];
  for (const occ of [OCC.ai, OCC.robot, OCC.ecom]) {
    for (const level of ['五级/初级工', '四级/中级工', '三级/高级工']) {
      // Mistake 6: 人工智能训练师 三级 holds 980 theory questions.
      const single = occ === OCC.ai && level.startsWith('三级') ? 480 : 600;
      bank.push([occ.name, occ.code, level, single, 300, 200, 0, 40, 260, 2]);
    }
  }
  tableSheet(wb, '题库', '题库清单', ['职业（工种）', '职业编码', '等级', '单选题', '多选题', '判断题', '主观题', '技能题', '本年新增更新题量', '样卷套数'], bank, [20, 12, 14, 8, 8, 8, 8, 8, 16, 10]);

  const x = wb.addWorksheet('X证书评价数据', { views: [{ state: 'frozen', ySplit: 3 }] });
  x.getCell('A1').value = '“X证书”评价数据汇总表';
  x.mergeCells('A1:L1');
  x.getCell('A1').font = { bold: true, size: 14 };
  ['年度', 'X证书项目名称', '地区'].forEach((h, i) => {
    x.getCell(2, i + 1).value = h;
    x.mergeCells(2, i + 1, 3, i + 1);
  });
  x.getCell('D2').value = '认定人次';
  x.mergeCells('D2:G2');
  x.getCell('H2').value = '取证人次';
  x.mergeCells('H2:K2');
  x.getCell('L2').value = '获证率';
  x.mergeCells('L2:L3');
  ['初级', '中级', '高级', '总计', '初级', '中级', '高级', '总计'].forEach((h, i) => (x.getCell(3, 4 + i).value = h));
  const years: [number, number[], number[]][] = [
    [2021, [900, 600, 150], [820, 540, 120]],
    [2022, [1300, 900, 260], [1190, 810, 220]],
    [2023, [1700, 1200, 380], [1560, 1090, 330]],
    [2024, [2100, 1500, 450], [1930, 1370, 400]],
    [2025, [2400, 1700, 520], [2210, 1560, 460]],
  ];
  years.forEach(([year, a, c], i) => {
    const r = 4 + i;
    const at = a.reduce((s, n) => s + n, 0);
    const ct = c.reduce((s, n) => s + n, 0);
    // Mistake 8: the 2024 rate was copied from the year before.
    const rate = year === 2024 ? 0.912 : Math.round((ct / at) * 1000) / 1000;
    [year, '人工智能训练（1+X）', '新疆', ...a, at, ...c, ct, rate].forEach((v, j) => (x.getCell(r, j + 1).value = v));
    x.getCell(r, 12).numFmt = '0.0%';
  });
  const total = 4 + years.length;
  x.getCell(total, 1).value = '合计';
  for (let col = 4; col <= 11; col++) {
    const letter = String.fromCharCode(64 + col);
    const sum = years.reduce((s, [, a, c]) => s + [...a, a.reduce((p, n) => p + n, 0), ...c, c.reduce((p, n) => p + n, 0)][col - 4], 0);
    x.getCell(total, col).value = { formula: `SUM(${letter}4:${letter}${total - 1})`, result: sum };
  }
  x.getCell(total, 12).value = { formula: `K${total}/G${total}`, result: Number(x.getCell(total, 11).result) / Number(x.getCell(total, 7).result) };
  x.getCell(total, 12).numFmt = '0.0%';
  x.getColumn(2).width = 22;

  const materials = requiredMaterials('xj-xcert', '首次备案');
  tableSheet(
    wb,
    '申请材料',
    '备案申请材料清单',
    ['序号', '材料名称', '是否提供', '文件名或页码', '备注'],
    // Mistake 9: 应急预案 not yet provided.
    materials.map((m, i) => [i + 1, m.name, m.name === '应急预案' ? '否' : '是', `材料${String(i + 1).padStart(2, '0')}.pdf`, '']),
    [6, 40, 10, 18, 20],
  );
  return wb;
}

export async function sampleBuffer(): Promise<Uint8Array> {
  return new Uint8Array(await buildSampleWorkbook().xlsx.writeBuffer());
}
