import type { CellValue } from '../../src/model/cell';
import type { BusinessType } from '../../src/model/schema';
import { profileById, type ProfileId } from '../../src/profiles/profiles';
import { requiredMaterials } from '../../src/materials';
import { creditCodeCheckChar } from '../../src/validate/gb32100-credit-code';
import { orgCodeCheckChar } from '../../src/validate/gb11714-org-code';
import type { BookSpec } from './book';
import { validId } from './people';

/** The day every compliance test checks on. */
export const TODAY = new Date(Date.UTC(2026, 5, 1));
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function creditCode(category: string, region: string, body = 'MA7N3K8Q'): string {
  const first17 = `${category}${region}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

interface Occupation {
  code: string;
  name: string;
  /** As the 等级 cell says; '' where the profile has no levels (专项考核项目). */
  levels: string;
  /** The skill levels (5 = 五级) of its 题库 rows; [0] for one row without a level. */
  bank: number[];
}

const ELECTRICIAN: Occupation = { code: '6-31-01-03', name: '电工', levels: '五级至三级', bank: [5, 4, 3] };
const WELDER: Occupation = { code: '6-18-02-04', name: '焊工', levels: '五级至三级', bank: [5, 4, 3] };
const AI: Occupation = { code: '4-04-05-05', name: '人工智能训练师', levels: '五级至三级', bank: [5, 4, 3] };
const ECOM: Occupation = { code: '4-01-06-01', name: '电子商务师', levels: '四级至三级', bank: [4, 3] };
/** 兵团 专项职业能力考核项目: named by the 兵团人社局, no 大典 code, no level. */
const PROJECTS: Occupation[] = [
  { code: '', name: '红枣整形修剪', levels: '', bank: [0] },
  { code: '', name: '植保无人机操作', levels: '', bank: [0] },
];
/** Real X证书, named by their own standards. */
const XCERTS: Occupation[] = [
  { code: '', name: 'Web前端开发职业技能等级证书', levels: '初级至高级', bank: [] },
  { code: '', name: '智能财税职业技能等级证书', levels: '初级、中级', bank: [] },
];

const LEVEL = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];

interface Family {
  region: string;
  address: string;
  regPlace: string;
  idRegion: string;
  apply: Date;
  occupations: Occupation[];
}

const FAMILIES: Record<string, Family> = {
  XJ: { region: '650103', address: '新疆乌鲁木齐市沙依巴克区西虹东路 36 号', regPlace: '新疆乌鲁木齐市', idRegion: '650103', apply: day(2026, 5, 20), occupations: [AI] },
  SH: { region: '310115', address: '上海市浦东新区张江路 665 号', regPlace: '上海市浦东新区', idRegion: '310115', apply: day(2026, 6, 23), occupations: [AI, ECOM] },
  HA: { region: '410702', address: '河南省新乡市红旗区人民路 1 号', regPlace: '河南省新乡市', idRegion: '410702', apply: day(2026, 5, 20), occupations: [ELECTRICIAN, WELDER] },
  BT: { region: '659001', address: '新疆生产建设兵团第八师石河子市北四路 8 号', regPlace: '新疆生产建设兵团第八师石河子市', idRegion: '659001', apply: day(2026, 5, 20), occupations: [ELECTRICIAN, WELDER] },
  NX: { region: '110108', address: '北京市海淀区中关村大街 27 号', regPlace: '北京市海淀区', idRegion: '110108', apply: day(2026, 5, 20), occupations: XCERTS },
};

const SCHOOL = new Set<ProfileId>(['ha-school', 'bt-school']);

function orgItems(profile: ProfileId, business: BusinessType, f: Family): [string, CellValue, CellValue?][] {
  const p = profileById(profile)!;
  const school = SCHOOL.has(profile);
  const items: [string, CellValue, CellValue?][] = [
    ['单位名称', school ? '示范职业技术学院' : '示范职业技能评价有限公司'],
    ['统一社会信用代码', creditCode(school ? '12' : '91', f.region)],
    ['办公地址', f.address],
    ['注册（登记）机关', school ? '' : `${f.regPlace}市场监督管理局`],
    ['单位性质', school ? '院校' : '企业'],
    ['法定代表人', '王建国'],
    ['法定代表人身份证号', validId('19700101', 901, f.idRegion)],
    ['联系人', '李娜', business === '信息变更' ? '张伟' : null],
    ['联系人电话', '13899127654'],
    ['电子邮箱', 'pj@example.com.cn'],
    ['职工总数', 500],
    ['缴纳社保人数', 500],
    ['评价机构类型', p.orgType],
    ['申请业务类型', business],
    ['适用规则', profile],
    ['注册地', f.regPlace],
    ['申请日期', f.apply],
    ['开展职业技能培训起始年份', 2015],
    ['近三年有违法违规或失信记录', '否'],
    ['人才培训评价领域有不良记录', '否'],
    ['在已终止备案机构名单中', '否'],
    ['有重大经济纠纷', '否'],
    ['有不良借贷行为', '否'],
    ['职工依法参加社会保险', '是'],
    ['具备线上机考条件', '是'],
  ];
  if (!school) items.push(['近三年列入经营异常名录', '否']);
  if (school) items.push(['具有招生资质', '是'], ['年招生人数', 2000]);
  if (business === '备案续期' || business === '信息变更' || business === '终止备案') {
    items.push(['评价机构备案号', 'S000041070001'], ['备案有效期起', day(2024, 1, 1)], ['备案有效期止', day(2026, 12, 31)]);
  }
  if (business === '终止备案') items.push(['公示开始日期', day(2026, 3, 2)], ['已停止评价报名', '是'], ['证书数据已全部上传', '是']);
  return items;
}

/** Rosters with every floor met: four qualified examiners per occupation (XJ), part-time ones under a 3-year contract (BT). */
function rosters(f: Family, occupations: Occupation[]): BookSpec {
  let seq = 0;
  const id = (birth: string) => validId(birth, ++seq, f.idRegion);
  const examiners: CellValue[][] = [['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职', '聘用协议起', '聘用协议止']];
  const experts: CellValue[][] = [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '考评职业（工种）', '职业编码', '专家类别']];
  for (const o of occupations) {
    for (let i = 0; i < 4; i++) {
      const partTime = i === 3;
      examiners.push([examiners.length, `考评员${seq + 1}`, id('19800315'), o.name, o.code, '二级/技师', '工程师', '考评员', partTime ? '兼职' : '专职', partTime ? day(2026, 1, 1) : null, partTime ? day(2028, 12, 31) : null]);
    }
    for (let i = 0; i < 2; i++) experts.push([experts.length, `专家${seq + 1}`, id('19720101'), '高级工程师', o.name, o.code, '命题专家']);
  }
  return {
    工作人员: [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '主要职责'], [1, '周建华', id('19850304'), '主任', '本科', '考务管理'], [2, '吴佳怡', id('19920611'), '专员', '本科', '证书管理']],
    考评人员: examiners,
    专家队伍: experts,
    内部质量督导员: [['序号', '姓名', '身份证件号', '专业方向', '担任考评员起始日期'], [1, '何志刚', id('19760505'), '质量管理', day(2018, 9, 1)]],
  };
}

function equipment(occupations: Occupation[], site: (o: Occupation) => string): CellValue[][] {
  const rows: CellValue[][] = [['序号', '职业（工种）', '类别', '名称', '规格/型号', '数量', '权属', '地点']];
  for (const o of occupations) {
    for (const [category, name, n] of [['场地', '实训室', 1], ['设备', '实训工位', 20], ['工量具', '检测工具', 20], ['视频监控', '考场监控摄像机', 6]] as const) {
      rows.push([rows.length, o.name, category, `${o.name}${name}`, '标准型', n, '自有', site(o)]);
    }
  }
  return rows;
}

function questionBank(occupations: Occupation[]): CellValue[][] {
  const rows: CellValue[][] = [['职业（工种）', '职业编码', '等级', '单选题', '多选题', '判断题', '主观题', '技能题', '本年新增更新题量', '样卷套数']];
  for (const o of occupations) for (const l of o.bank) rows.push([o.name, o.code, l ? LEVEL[l] : '', 600, 300, 100, 0, 40, 220, 2]);
  return rows;
}

/** X证书评价数据 in SH 附件3's columns, the same figures each year. */
function xcertData(project: string, region: string, years: number[], assessed: number[], certified: number[]): CellValue[][] {
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const header = ['年度', 'X证书项目名称', '地区', ...['初级', '中级', '高级', '总计'].map((l) => `认定人次·${l}`), ...['初级', '中级', '高级', '总计'].map((l) => `取证人次·${l}`), '获证率'];
  const rate = `${((sum(certified) / sum(assessed)) * 100).toFixed(1)}%`;
  return [header, ...years.map((y) => [y, project, region, ...assessed, sum(assessed), ...certified, sum(certified), rate])];
}

/**
 * A filing that meets every rule of its profile and business type, in the
 * template's layout: the workbook a careful clerk would hand in.
 */
export function compliantSpec(profile: ProfileId, business: BusinessType): BookSpec {
  const p = profileById(profile)!;
  const f = FAMILIES[p.source];
  const occupations = profile === 'bt-special' ? PROJECTS : f.occupations;
  const org = orgItems(profile, business, f);
  const spec: BookSpec = {
    机构信息: [['项目', '内容', '变更前'], ...org.map(([k, v, before]) => [k, v, before ?? null])],
    申请材料: [['序号', '材料名称', '是否提供'], ...requiredMaterials(profile, business).map((m, i) => [i + 1, m.name, '是'])],
  };
  if (business === '信息变更' || business === '终止备案') return spec;
  spec['申请职业'] = [
    ['序号', '职业编码', '职业名称', '等级', '评价标准', '产业类别', '预计评价人次', '已纳入评价目录', '配套教材出版年份'],
    ...occupations.map((o, i) => [i + 1, o.code, o.name, o.levels, p.source === 'NX' ? `${o.name.replace('证书', '标准')}（2021年版）` : `国标 2018 年版`, '先进制造业', 1000, '是', 2024]),
  ];
  if (p.source === 'NX') {
    const r = rosters(f, occupations);
    return {
      ...spec,
      工作人员: r['工作人员'],
      专家队伍: r['专家队伍'],
      X证书评价数据: xcertData('Web前端开发', '全国', [2021, 2022, 2023, 2024, 2025], [6000, 3000, 1000], [5400, 2700, 900]),
    };
  }
  const siteOf = (o: Occupation) => `${o.name}考核点`;
  Object.assign(spec, rosters(f, occupations), { 设施设备: equipment(occupations, p.source === 'SH' ? siteOf : () => '实训楼'), 题库: questionBank(occupations) });
  if (p.source === 'XJ' || p.source === 'SH') {
    const region = p.source === 'XJ' ? '新疆' : '上海';
    spec['X证书评价数据'] = xcertData('人工智能训练（1+X）', region, [2023, 2024, 2025], [2500, 1200, 300], [2100, 1000, 300]);
  }
  if (p.source === 'SH') {
    spec['考核点'] = [['序号', '考核点名称', '地址', '推荐职业（工种）'], ...occupations.map((o, i) => [i + 1, siteOf(o), `上海市浦东新区川沙路 ${100 + i} 号`, o.name])];
  }
  if (business === '备案续期') {
    spec['备案期评价情况'] = [['评价职业（工种）', '职业编码', '评价人次', '取证人次', '最近评价日期'], ...occupations.map((o) => [o.name, o.code, 120, 100, day(2026, 3, 15)])];
    if (p.source === 'HA') delete spec['工作人员'];
  }
  return spec;
}

const CLERK_NAMES: Record<string, string> = {
  机构信息: '基本情况',
  申请职业: '申报职业(工种)',
  工作人员: '工作人员花名册',
  考评人员: '考评员名册',
  专家队伍: '专家名册',
  内部质量督导员: '督导员名册',
  设施设备: '场地、设施设备清单',
  题库: '题库清单',
  X证书评价数据: 'X证书评价数据汇总表',
  备案期评价情况: '评价情况',
  申请材料: '申报材料清单',
  考核点: '考核站点名单',
};

/** The same workbook as clerks lay it out: their sheet names, a title row above each table, half-width brackets, an extra 备注 column. */
export function asClerk(spec: BookSpec): BookSpec {
  const out: BookSpec = {};
  for (const [name, rows] of Object.entries(spec)) {
    const clerk = CLERK_NAMES[name] ?? name;
    const header = rows[0].map((h) => (typeof h === 'string' ? h.replace(/（/g, '(').replace(/）/g, ')') : h));
    out[clerk] = [[`附件 ${clerk}`], [...header, '备注'], ...rows.slice(1).map((r) => [...r, ...Array(Math.max(0, header.length - r.length)).fill(null), ''])];
  }
  return out;
}
