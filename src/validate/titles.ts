/**
 * Professional titles (职称) mapped to the four ranks 初级/中级/副高级/正高级.
 * Clerks write the title name (高级工程师, 副教授, 一级教师…), so common
 * names of every series are mapped; an unknown name is only a warning. A
 * skill level (高级技师) in a title column is a frequent mix-up.
 */
import type { CellValue } from '../model/cell';
import { TITLE_LEVELS } from '../model/schema';
import { catalogue, isBlank, result, show, SPACES, unusable } from './clean';
import { parseSkillLevel } from './levels';
import type { ValidationResult } from './types';

const { CODES, issue } = catalogue('《关于深化职称制度改革的意见》（中办发〔2016〕77号）', {
  'title.unknown': { severity: 'warning', title: '无法识别的专业技术职称' },
  'title.is-skill-level': { severity: 'warning', title: '职称列填写了职业技能等级' },
  'title.conflict': { severity: 'warning', title: '职称写法前后不一致' },
});
export { CODES };

export type TitleRankNumber = 1 | 2 | 3 | 4;
export interface TitleRank {
  /** 1 初级, 2 中级, 3 副高级, 4 正高级. */
  rank: TitleRankNumber;
  label: (typeof TITLE_LEVELS)[number];
}

const RANKS: Record<TitleRankNumber, string[]> = {
  4: [
    '正高级', '正高', '教授', '研究员', '教授级高级工程师', '主任医师', '主任药师', '主任护师', '主任技师', '编审', '译审',
    '研究馆员', '高级记者', '高级编辑', '播音指导', '正高级教师', '正高级实习指导教师', '农业技术推广研究员', '国家级教练',
  ],
  3: [
    '副高级', '副高', '高级', '副教授', '副研究员', '副主任医师', '副主任药师', '副主任护师', '副主任技师', '副编审', '副译审',
    '副研究馆员', '主任记者', '主任编辑', '主任播音员', '高级教师', '中学高级教师', '高级实习指导教师', '高级讲师', '高级教练',
  ],
  2: [
    '中级', '讲师', '助理研究员', '主治医师', '主管药师', '主管护师', '主管技师', '编辑', '记者', '翻译', '馆员', '一级教师',
    '中学一级教师', '小学高级教师', '一级实习指导教师', '一级播音员', '中级教练',
  ],
  1: [
    '初级', '员级', '助理级', '助教', '助理讲师', '研究实习员', '医师', '药师', '护师', '医士', '药士', '护士', '技士',
    '助理编辑', '助理记者', '助理翻译', '助理馆员', '管理员', '二级教师', '三级教师', '中学二级教师', '中学三级教师',
    '小学一级教师', '小学二级教师', '小学三级教师', '二级实习指导教师', '三级实习指导教师', '二级播音员', '三级播音员',
    '技术员', '会计员', '统计员', '审计员', '经济员', '实验员', '政工员', '农业技术员', '工艺美术员', '初级教练',
  ],
};
const KNOWN = new Map<string, TitleRankNumber>(
  ([4, 3, 2, 1] as const).flatMap((r) => RANKS[r].map((name): [string, TitleRankNumber] => [name, r])),
);

/** Series whose ranks are spelt 助理X / X / 高级X / 正高级X, also with a specialty: 高级电气工程师. */
const SERIES = /(工程师|经济师|会计师|统计师|审计师|农艺师|畜牧师|兽医师|实验师|政工师|工艺美术师|讲师)$/;
/** Series ranked 一级 (正高) … 四级 (初级): arts, law. */
const NUMBERED = /^([一二三四])级(律师|公证员|演员|演奏员|编剧|导演|美术师|作曲|指挥|舞美设计师)$/;
const NONE = /^(?:无|暂无|无职称|未评|没有|[-—/／\\]+)$/;

function rankOf(name: string): TitleRankNumber | undefined {
  const s = name.replace(/(?:专业技术)?(?:职称|职务)$/, '');
  const known = KNOWN.get(s);
  if (known) return known;
  const numbered = NUMBERED.exec(s);
  if (numbered) return (4 - '一二三四'.indexOf(numbered[1])) as TitleRankNumber;
  if (!SERIES.test(s)) return undefined;
  const head = s.replace(SERIES, '');
  if (/正高级|教授级/.test(head)) return 4;
  if (head.includes('高级')) return 3;
  if (head.includes('助理')) return 1;
  return 2;
}

function toRank(rank: TitleRankNumber): TitleRank {
  return { rank, label: TITLE_LEVELS[rank - 1] };
}

type Reading = { rank: TitleRankNumber } | { conflict: string } | undefined;

/** The whole text, or its parts when written as "工程师（中级）" / "讲师/中级". */
function read(text: string): Reading {
  const s = text.normalize('NFKC').replace(SPACES, '');
  const whole = rankOf(s);
  if (whole) return { rank: whole };
  const parts = s.split(/[()/、,;]+/).filter(Boolean);
  const ranked = parts.map((p) => [p, rankOf(p)] as const).filter((x): x is readonly [string, TitleRankNumber] => x[1] !== undefined);
  if (ranked.length === 0) return undefined;
  if (ranked.some(([, r]) => r !== ranked[0][1])) return { conflict: ranked.map(([p, r]) => `${p}（${TITLE_LEVELS[r - 1]}）`).join(' 与 ') };
  return { rank: ranked[0][1] };
}

/** The rank of a title name or rank word; undefined when unknown, empty or "无". */
export function parseTitle(v: CellValue): TitleRank | undefined {
  if (typeof v !== 'string') return undefined;
  const r = read(v);
  return r && 'rank' in r ? toRank(r.rank) : undefined;
}

export function validateTitle(v: CellValue): ValidationResult<TitleRank> {
  if (isBlank(v)) return result([]);
  const bad = unusable<TitleRank>(v);
  if (bad) return bad;
  const shown = show(v);
  if (typeof v === 'string' && NONE.test(v.normalize('NFKC').replace(SPACES, ''))) return result([]);
  const r = typeof v === 'string' ? read(v) : undefined;
  if (r && 'rank' in r) return result([], toRank(r.rank));
  if (r) return result([issue('title.conflict', `职称“${shown}”前后不一致：${r.conflict}`, '只填写一个职称名称或等级')]);
  const skill = parseSkillLevel(typeof v === 'string' ? v : null);
  if (skill.value !== undefined && skill.issues.length === 0) {
    return result([
      issue('title.is-skill-level', `职称“${shown}”是职业技能等级，不是专业技术职称`, '技能等级请填入“本职业技能等级”列；职称列填写如 高级工程师、讲师，没有职称填“无”'),
    ]);
  }
  return result([issue('title.unknown', `职称“${shown}”无法识别为 初级、中级、副高级 或 正高级`, '填写职称名称（如 高级工程师、讲师）或等级（初级/中级/副高级/正高级）')]);
}
