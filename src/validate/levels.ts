/**
 * Skill levels of the national occupational skill standards, 五级/初级工 (5)
 * up to 一级/高级技师 (1), written as either half, as "3级", or as ranges and
 * lists; and the three levels of X证书.
 */
import type { CellValue } from '../model/cell';
import { SKILL_LEVELS, XCERT_LEVELS } from '../model/schema';
import { catalogue, isBlank, result, show, unusable } from './clean';
import type { ValidationIssue, ValidationResult } from './types';

const { CODES, issue } = catalogue('国家职业技能标准（五级/初级工—一级/高级技师）', {
  'level.unknown': { severity: 'error', title: '无法识别的技能等级' },
  'level.ambiguous': { severity: 'warning', title: '技能等级写法有歧义' },
  'level.conflict': { severity: 'error', title: '技能等级前后不一致' },
  'level.xcert-unknown': { severity: 'error', title: '无法识别的X证书等级（初级、中级、高级）' },
});
export { CODES };

export type SkillLevel = 1 | 2 | 3 | 4 | 5;
export type XcertLevel = (typeof XCERT_LEVELS)[number];

/** "三级/高级工" for 3. */
export function skillLevelLabel(n: SkillLevel): string {
  return SKILL_LEVELS[5 - n];
}

const NUMERALS: Record<string, SkillLevel> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
/** Read by exact key, so 高级技师, 技师, 高级工 and 高级 never shadow each other. */
const NAMES = new Map<string, SkillLevel>([['高级技师', 1], ['技师', 2], ['高级工', 3], ['中级工', 4], ['初级工', 5]]);
/** Plain 初级/中级/高级 are title or X证书 words, but clerks use them for 初级工… too. */
const AMBIGUOUS = new Map<string, SkillLevel>([['高级', 3], ['中级', 4], ['初级', 5]]);
const HELP = '填写 五级/初级工、四级/中级工、三级/高级工、二级/技师 或 一级/高级技师（可只填前半或后半）';

interface Token {
  level: SkillLevel;
  /** "三级" is numbered, "高级工" named; a level is written as one of each. */
  numbered: boolean;
  /** The vague word (初级/中级/高级) this level was read from. */
  ambiguous?: string;
}

/** One level word, also a plain numeral such as the 1 of "1-3级". */
function token(t: string): Token | undefined {
  const s = t.replace(/^(?:国家)?职业(?:资格|技能等级)/, '').replace(/证书$/, '');
  const numbered = /^([一二三四五1-5])级?$/.exec(s);
  if (numbered) return { level: NUMERALS[numbered[1]], numbered: true };
  const named = NAMES.get(s);
  if (named) return { level: named, numbered: false };
  const vague = AMBIGUOUS.get(s);
  return vague ? { level: vague, numbered: false, ambiguous: s } : undefined;
}

type One = { tokens: Token[] } | { conflict: string } | undefined;

/** A single level, possibly both halves: "三级/高级工", "三级（高级工）", "三级高级工". */
function single(s: string): One {
  const parts = s
    .replace(/^([一二三四五1-5]级)(?=[^/()])/, '$1/')
    .replace(/[()]/g, '/')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return undefined;
  const tokens: Token[] = [];
  for (const p of parts) {
    const t = token(p);
    if (!t) return undefined;
    tokens.push(t);
  }
  if (tokens.length === 2 && tokens[0].level !== tokens[1].level) {
    // "三级/技师" names one level two ways that disagree; "五级/四级" is a list, not one level.
    return tokens[0].numbered !== tokens[1].numbered ? { conflict: `${parts[0]} 与 ${parts[1]}` } : undefined;
  }
  // A definite half settles an ambiguous one ("三级/高级").
  return { tokens: tokens.some((t) => !t.ambiguous) ? tokens.map(({ level, numbered }) => ({ level, numbered })) : tokens };
}

function normalise(v: string): string {
  return v
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212〜]/g, '-')
    .replace(/[\s\u3000]*([/()、,;~\-至到和及])[\s\u3000]*/g, '$1')
    .trim();
}

interface Levels {
  levels: SkillLevel[];
  ambiguous: string[];
}
type Parsed = Levels | { conflict: string } | undefined;

function collect(into: Levels, tokens: Token[]): void {
  for (const t of tokens) {
    if (!into.levels.includes(t.level)) into.levels.push(t.level);
    if (t.ambiguous) into.ambiguous.push(t.ambiguous);
  }
}

/** One item of a list: a level, a range "五级至三级" / "1-3级", or a slash list "五级/四级/三级". */
function item(s: string, into: Levels): { conflict: string } | boolean {
  const one = single(s);
  if (one && 'conflict' in one) return one;
  if (one) {
    collect(into, one.tokens);
    return true;
  }
  // A range restated in brackets, as the template's advice writes it: "五级至三级（初级工至高级工）".
  const restated = /^([^()]+)\(([^()]+)\)$/.exec(s);
  if (restated) {
    const [outer, inner]: Levels[] = [{ levels: [], ambiguous: [] }, { levels: [], ambiguous: [] }];
    const a = item(restated[1], outer);
    const b = item(restated[2], inner);
    if (typeof a === 'object') return a;
    if (typeof b === 'object') return b;
    if (a && b) {
      if (outer.levels.sort().join() !== inner.levels.sort().join()) return { conflict: `${restated[1]} 与 ${restated[2]}` };
      collect(into, outer.levels.map((level) => ({ level, numbered: true })));
      // A definite restatement settles the vague words of the other half.
      if (outer.ambiguous.length && inner.ambiguous.length) into.ambiguous.push(...outer.ambiguous, ...inner.ambiguous);
      return true;
    }
  }
  const ends = s.split(/至|到|~|-/);
  if (ends.length === 2) {
    const [a, b] = ends.map(single);
    if (a && 'conflict' in a) return a;
    if (b && 'conflict' in b) return b;
    if (a && b) {
      const [lo, hi] = [a.tokens[0].level, b.tokens[0].level].sort((x, y) => x - y);
      collect(into, Array.from({ length: hi - lo + 1 }, (_, i) => ({ level: (lo + i) as SkillLevel, numbered: true })));
      collect(into, [...a.tokens, ...b.tokens].filter((t) => t.ambiguous));
      return true;
    }
  }
  const list = s.split('/').map(single);
  if (list.length < 2) return false;
  for (const p of list) {
    if (!p) return false;
    if ('conflict' in p) return p;
    collect(into, p.tokens);
  }
  return true;
}

function parseRange(s: string): Parsed {
  const out: Levels = { levels: [], ambiguous: [] };
  for (const part of s.split(/[、,;和及\s]+/).filter(Boolean)) {
    const r = item(part, out);
    if (r !== true) return r || undefined;
  }
  out.levels.sort((x, y) => x - y);
  return out.levels.length ? out : undefined;
}

function parseSingle(s: string): Parsed {
  const one = single(s.replace(/\s/g, ''));
  if (!one || 'conflict' in one) return one;
  return { levels: [one.tokens[0].level], ambiguous: one.tokens.flatMap((t) => (t.ambiguous ? [t.ambiguous] : [])) };
}

function ambiguityIssue(shown: string, words: string[]): ValidationIssue {
  const meaning = [...new Set(words)].map((w) => `“${w}”按 ${skillLevelLabel(AMBIGUOUS.get(w) as SkillLevel)}`).join('，');
  return issue('level.ambiguous', `技能等级“${shown}”写法有歧义，${meaning} 理解`, '请填写规范等级，如 三级/高级工');
}

function parseAny(v: CellValue, range: boolean): ValidationResult<SkillLevel[]> {
  if (isBlank(v)) return result([]);
  const bad = unusable<SkillLevel[]>(v);
  if (bad) return bad;
  const shown = show(v);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return result([], [v as SkillLevel]);
  const s = typeof v === 'string' ? normalise(v) : '';
  const p = range ? parseRange(s) : parseSingle(s);
  if (p && 'conflict' in p) return result([issue('level.conflict', `技能等级“${shown}”前后不一致：${p.conflict}`, HELP)]);
  if (!p) return result([issue('level.unknown', `技能等级“${shown}”无法识别`, range ? `${HELP}；范围如 五级至三级` : HELP)]);
  return result(p.ambiguous.length ? [ambiguityIssue(shown, p.ambiguous)] : [], p.levels);
}

function mapValue<T, U>(r: ValidationResult<T>, f: (t: T) => U): ValidationResult<U> {
  return r.value === undefined ? { ok: r.ok, issues: r.issues } : { ok: r.ok, value: f(r.value), issues: r.issues };
}

/** One level, 1 (一级/高级技师) … 5 (五级/初级工). */
export function parseSkillLevel(v: CellValue): ValidationResult<SkillLevel> {
  return mapValue(parseAny(v, false), (ls) => ls[0]);
}

/** Levels of "五级至三级", "1-3级", "五级、四级、三级"…, ascending (highest level first). */
export function parseSkillLevelRange(v: CellValue): ValidationResult<SkillLevel[]> {
  return parseAny(v, true);
}

/** As {@link parseSkillLevel}, with the canonical label as value. */
export function validateSkillLevel(v: CellValue): ValidationResult<string> {
  return mapValue(parseSkillLevel(v), skillLevelLabel);
}

/** As {@link parseSkillLevelRange}, with a canonical description such as "五级/初级工至三级/高级工". */
export function validateSkillLevelRange(v: CellValue): ValidationResult<string> {
  return mapValue(parseSkillLevelRange(v), (ls) => {
    const contiguous = ls.length > 1 && ls[ls.length - 1] - ls[0] === ls.length - 1;
    if (contiguous) return `${skillLevelLabel(ls[ls.length - 1])}至${skillLevelLabel(ls[0])}`;
    return [...ls].reverse().map(skillLevelLabel).join('、');
  });
}

/** X证书 levels 初级/中级/高级 (also "初级证书"). */
export function parseXcertLevel(v: CellValue): ValidationResult<XcertLevel> {
  if (isBlank(v)) return result([]);
  const bad = unusable<XcertLevel>(v);
  if (bad) return bad;
  const s = typeof v === 'string' ? normalise(v).replace(/证书$/, '') : '';
  const level = XCERT_LEVELS.find((l) => l === s);
  if (level) return result([], level);
  return result([issue('level.xcert-unknown', `X证书等级“${show(v)}”无法识别`, '填写 初级、中级 或 高级')]);
}

/** X证书 levels of a range or list: "初级至高级", "初级、中级", "中级/高级", lowest first. */
export function parseXcertLevelRange(v: CellValue): ValidationResult<XcertLevel[]> {
  if (isBlank(v)) return result([]);
  const bad = unusable<XcertLevel[]>(v);
  if (bad) return bad;
  const s = typeof v === 'string' ? normalise(v).replace(/证书/g, '') : '';
  const index = (w: string) => XCERT_LEVELS.indexOf(w as XcertLevel);
  const range = /^(初级|中级|高级)[至到~-](初级|中级|高级)$/.exec(s);
  let levels: XcertLevel[] | undefined;
  if (range) {
    const [a, b] = [index(range[1]), index(range[2])].sort((x, y) => x - y);
    levels = XCERT_LEVELS.slice(a, b + 1);
  } else {
    const parts = s.split(/[、,;/和及\s]+/).filter(Boolean);
    if (parts.length && parts.every((p) => index(p) >= 0)) levels = XCERT_LEVELS.filter((l) => parts.includes(l));
  }
  if (levels) return result([], levels);
  return result([issue('level.xcert-unknown', `X证书等级“${show(v)}”无法识别`, '填写 初级、中级、高级，或范围如 初级至高级')]);
}
