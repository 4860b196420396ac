import { a1, type CellValue, isCellPicture, PICTURE } from '../../src/model/cell';
import type { Workbook } from '../../src/model/workbook';
import type { BusinessType } from '../../src/model/schema';
import { profileById, type ProfileId } from '../../src/profiles/profiles';
import { requiredMaterials } from '../../src/materials';
import { creditCodeCheckChar } from '../../src/validate/gb32100-credit-code';
import { orgCodeCheckChar } from '../../src/validate/gb11714-org-code';
import { type BookSpec, makeModel } from './book';
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
  /** The 工种 applied for under the occupation's code, when the filing names one. */
  workType?: string;
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

/** 焊工's two 工种 under its one 大典 code, as a filing applying for both lists them. */
const WELD_TYPES: Occupation[] = ['电焊工', '气焊工'].map((workType) => ({ ...WELDER, workType }));

const LEVEL = ['', '一级/高级技师', '二级/技师', '三级/高级工', '四级/中级工', '五级/初级工'];
/** The same levels as clerks write them when the template's advice suggests: a number with its name in brackets. */
const LEVEL_WRITTEN = ['', '一级（高级技师）', '二级（技师）', '三级（高级工）', '四级（中级工）', '五级（初级工）'];
/** A range with its names restated in brackets, as clerks write the 等级 of an application. */
const RANGE_WRITTEN: Record<string, string> = { 五级至三级: '五级至三级（初级工至高级工）', 四级至三级: '四级至三级（中级工至高级工）' };

/**
 * How a clerk may write a compliant filing: each option is one habit
 * (the matrix turns them on one at a time, then all together).
 */
export interface Habits {
  /** Rosters, equipment and banks name the 工种 (电焊工, 气焊工) under 焊工's one code. */
  workTypes?: boolean;
  /** Level ranges with their names in brackets; single levels as 二级（技师）; bt-special's levels written 专项. */
  levelRanges?: boolean;
  /** Dates a clerk knows only to the month: 2018.09, 2026年1月. */
  monthDates?: boolean;
  /** 是/否 answered by Excel's in-cell checkboxes: TRUE/FALSE. */
  checkboxes?: boolean;
  /** A waiting room and the monitoring listed once for 全部申报职业（工种）/通用/共用. */
  sharedFacilities?: boolean;
}

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

/** A 是/否 answer as the clerk's workbook holds it: a checkbox's TRUE/FALSE under that habit. */
function yesNo(v: CellValue, habits: Habits): CellValue {
  return habits.checkboxes && (v === '是' || v === '否') ? v === '是' : v;
}

/** A date as the clerk writes it: the month alone ("2018.09", "2026年1月") under that habit. */
function written(d: Date | null, habits: Habits, style: 'dot' | 'chinese' = 'dot'): CellValue {
  if (!d || !habits.monthDates) return d;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  return style === 'dot' ? `${y}.${String(m).padStart(2, '0')}` : `${y}年${m}月`;
}

/** The name a roster or list row gives its occupation: the 工种 where one is applied for. */
const named = (o: Occupation) => o.workType ?? o.name;

function orgItems(profile: ProfileId, business: BusinessType, f: Family, habits: Habits): [string, CellValue, CellValue?][] {
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
  if (business !== '首次备案') {
    items.push(['评价机构备案号', 'S000041070001'], ['备案有效期起', day(2024, 1, 1)], ['备案有效期止', day(2026, 12, 31)]);
  }
  if (business === '终止备案') items.push(['公示开始日期', day(2026, 3, 2)], ['已停止评价报名', '是'], ['证书数据已全部上传', '是']);
  if (habits.checkboxes) return items.map(([k, v, b]) => [k, yesNo(v, habits), b]);
  return items;
}

/** Rosters with every floor met: four qualified examiners per occupation (XJ), part-time ones under a 3-year contract (BT). */
function rosters(f: Family, occupations: Occupation[], habits: Habits): BookSpec {
  let seq = 0;
  const id = (birth: string) => validId(birth, ++seq, f.idRegion);
  const examiners: CellValue[][] = [['序号', '姓名', '身份证件号', '考评职业（工种）', '职业编码', '本职业技能等级', '专业技术职称', '考评员类别', '专兼职', '聘用协议起', '聘用协议止']];
  const experts: CellValue[][] = [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '考评职业（工种）', '职业编码', '专家类别']];
  for (const o of occupations) {
    for (let i = 0; i < 4; i++) {
      const partTime = i === 3;
      const level = habits.levelRanges ? LEVEL_WRITTEN[2] : LEVEL[2];
      examiners.push([examiners.length, `考评员${seq + 1}`, id('19800315'), named(o), o.code, level, '工程师', '考评员', partTime ? '兼职' : '专职', partTime ? written(day(2026, 1, 1), habits, 'chinese') : null, partTime ? written(day(2028, 12, 31), habits, 'chinese') : null]);
    }
    for (let i = 0; i < 2; i++) experts.push([experts.length, `专家${seq + 1}`, id('19720101'), '高级工程师', named(o), o.code, '命题专家']);
  }
  return {
    工作人员: [['序号', '姓名', '身份证件号', '职务/职称/技能等级', '学历', '主要职责'], [1, '周建华', id('19850304'), '主任', '本科', '考务管理'], [2, '吴佳怡', id('19920611'), '专员', '本科', '证书管理']],
    考评人员: examiners,
    专家队伍: experts,
    内部质量督导员: [['序号', '姓名', '身份证件号', '专业方向', '担任考评员起始日期'], [1, '何志刚', id('19760505'), '质量管理', written(day(2018, 9, 1), habits)]],
  };
}

function equipment(occupations: Occupation[], site: (o: Occupation) => string, habits: Habits): CellValue[][] {
  const rows: CellValue[][] = [['序号', '职业（工种）', '类别', '名称', '规格/型号', '数量', '权属', '地点']];
  const kinds = [['场地', '实训室', 1], ['设备', '实训工位', 20], ['工量具', '检测工具', 20], ['视频监控', '考场监控摄像机', 6]] as const;
  for (const o of occupations) {
    for (const [category, name, n] of kinds) {
      if (habits.sharedFacilities && category === '视频监控') continue;
      rows.push([rows.length, named(o), category, `${named(o)}${name}`, '标准型', n, '自有', site(o)]);
    }
  }
  if (habits.sharedFacilities) {
    // Each site keeps its own monitoring, listed once for every occupation assessed there.
    for (const where of new Set(occupations.map(site))) rows.push([rows.length, '全部申报职业（工种）', '视频监控', '考场监控摄像机', '标准型', 12, '自有', where]);
    const where = site(occupations[0]);
    rows.push([rows.length, '通用', '场地', '候考室', '60 平方米', 1, '自有', where], [rows.length + 1, '共用', '设备', '身份证识读设备', '标准型', 2, '自有', where]);
  }
  return rows;
}

function questionBank(occupations: Occupation[], habits: Habits): CellValue[][] {
  const rows: CellValue[][] = [['职业（工种）', '职业编码', '等级', '单选题', '多选题', '判断题', '主观题', '技能题', '本年新增更新题量', '样卷套数']];
  const level = (l: number) => (l ? (habits.levelRanges ? LEVEL_WRITTEN : LEVEL)[l] : habits.levelRanges ? '专项' : '');
  for (const o of occupations) for (const l of o.bank) rows.push([named(o), o.code, level(l), 600, 300, 100, 0, 40, 220, 2]);
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
export function compliantSpec(profile: ProfileId, business: BusinessType, habits: Habits = {}): BookSpec {
  const p = profileById(profile)!;
  const f = FAMILIES[p.source];
  const occupations = profile === 'bt-special' ? PROJECTS : habits.workTypes ? f.occupations.flatMap((o) => (o === WELDER ? WELD_TYPES : [o])) : f.occupations;
  const org = orgItems(profile, business, f, habits);
  const spec: BookSpec = {
    机构信息: [['项目', '内容', '变更前'], ...org.map(([k, v, before]) => [k, v, before ?? null])],
    申请材料: [['序号', '材料名称', '是否提供'], ...requiredMaterials(profile, business).map((m, i) => [i + 1, m.name, yesNo('是', habits)])],
  };
  if (business === '信息变更' || business === '终止备案') return spec;
  const levels = (o: Occupation) => (habits.levelRanges ? (profile === 'bt-special' ? '专项' : (RANGE_WRITTEN[o.levels] ?? o.levels)) : o.levels);
  spec['申请职业'] = [
    ['序号', '职业编码', '职业名称', '工种名称', '等级', '评价标准', '产业类别', '预计评价人次', '已纳入评价目录', '配套教材出版年份'],
    ...occupations.map((o, i) => [i + 1, o.code, o.name, o.workType ?? '', levels(o), p.source === 'NX' ? `${o.name.replace('证书', '标准')}（2021年版）` : `国标 2018 年版`, '先进制造业', 1000, yesNo('是', habits), 2024]),
  ];
  if (p.source === 'NX') {
    const r = rosters(f, occupations, habits);
    return {
      ...spec,
      工作人员: r['工作人员'],
      专家队伍: r['专家队伍'],
      X证书评价数据: xcertData('Web前端开发', '全国', [2021, 2022, 2023, 2024, 2025], [6000, 3000, 1000], [5400, 2700, 900]),
    };
  }
  const siteOf = (o: Occupation) => `${named(o)}考核点`;
  Object.assign(spec, rosters(f, occupations, habits), { 设施设备: equipment(occupations, p.source === 'SH' ? siteOf : () => '实训楼', habits), 题库: questionBank(occupations, habits) });
  if (p.source === 'XJ' || p.source === 'SH') {
    const region = p.source === 'XJ' ? '新疆' : '上海';
    spec['X证书评价数据'] = xcertData('人工智能训练（1+X）', region, [2023, 2024, 2025], [2500, 1200, 300], [2100, 1000, 300]);
  }
  if (p.source === 'SH') {
    spec['考核点'] = [['序号', '考核点名称', '地址', '推荐职业（工种）'], ...occupations.map((o, i) => [i + 1, siteOf(o), `上海市浦东新区川沙路 ${100 + i} 号`, named(o)])];
  }
  if (business === '备案续期') {
    spec['备案期评价情况'] = [['评价职业（工种）', '职业编码', '评价人次', '取证人次', '最近评价日期'], ...occupations.map((o) => [named(o), o.code, 120, 100, written(day(2026, 3, 15), habits)])];
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

/** Habits that change the sheets' layout rather than what the cells say. */
export interface Layout {
  /** Runs of one value down a column merged into one cell, in every table (序号 and people's own cells are never alike). */
  merged?: boolean;
  /** 合计：N 人 / 小计, 注：… and 填表说明 rows under every table. */
  footers?: boolean;
  /** A scan placed in the 附件 cell of each material, and a 照片 column of pictures on the staff roster. */
  pictures?: boolean;
}

const FOOTNOTE = '注：本表由申报单位如实填写，复印无效。';
const GUIDE = '填表说明：身份证件号须填写 18 位；日期格式为年月日。';

/** Header row index (0-based) of a table sheet in a spec: the first row with three or more cells. */
function headerIndex(rows: CellValue[][]): number {
  return rows.findIndex((r) => r.filter((v) => v !== null && v !== '').length >= 3);
}

/**
 * The model of a spec laid out with a clerk's habits. Merged cells are
 * stored as every reader stores them: the value in the range's top cell,
 * the cells below it empty, and the range in the sheet's merges.
 */
export function clerkModel(spec: BookSpec, layout: Layout): Workbook {
  const out: BookSpec = {};
  const merges: Record<string, string[]> = {};
  for (const [name, original] of Object.entries(spec)) {
    const rows = original.map((r) => [...r]);
    const h = headerIndex(rows);
    const kv = rows[h]?.includes('项目') || rows[h]?.includes('内容');
    if (h < 0 || kv) {
      out[name] = rows;
      continue;
    }
    const header = rows[h];
    const first = h + 1;
    const last = rows.length - 1;
    if (layout.pictures && /材料/.test(name)) {
      header.push('附件');
      for (let r = first; r <= last; r++) rows[r].push(PICTURE);
    }
    if (layout.pictures && /工作人员/.test(name)) {
      header.push('照片');
      for (let r = first; r <= last; r++) rows[r].push(PICTURE);
    }
    if (layout.merged) {
      const list: string[] = [];
      header.forEach((label, c) => {
        if (label === '序号' || label === '姓名' || /身份证/.test(String(label))) return;
        let top = first;
        for (let r = first + 1; r <= last + 1; r++) {
          const same = r <= last && rows[r][c] !== null && rows[r][c] !== undefined && !isCellPicture(rows[r][c]) && sameValue(rows[r][c], rows[top][c]);
          if (same) continue;
          if (r - 1 > top) {
            list.push(`${a1(top + 1, c + 1)}:${a1(r, c + 1)}`);
            for (let k = top + 1; k < r; k++) rows[k][c] = null;
          }
          top = r;
        }
      });
      merges[name] = list;
    }
    if (layout.footers) {
      const people = rows[h].some((v) => v === '姓名');
      const quantity = rows[h].indexOf('数量');
      if (people) rows.push([`合计：${last - h} 人`]);
      else if (quantity >= 0) {
        const total = rows.slice(first).reduce((n, r) => n + (typeof r[quantity] === 'number' ? (r[quantity] as number) : 0), 0);
        const sub: CellValue[] = Array(rows[h].length).fill(null);
        sub[0] = '小计';
        sub[quantity] = total;
        rows.push(sub);
      }
      rows.push([FOOTNOTE], [GUIDE]);
    }
    out[name] = rows;
  }
  const wb = makeModel(out);
  for (const [name, list] of Object.entries(merges)) wb.sheet(name)!.merges.push(...list);
  return wb;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}
