/**
 * Occupation codes of the 职业分类大典 (2022年版): the d-dd-dd-dd format
 * (a 工种 may add -dd), the skill categories 3–6 the filing guides allow,
 * and the code ↔ name pairing against the bundled table. The table has
 * known gaps (src/data/README.md), so an absent code is only a warning.
 */
import rows from '../data/occupations-2022.json';
import type { CellValue } from '../model/cell';
import { catalogue, foldWidth, isBlank, result, show, SPACES, unusable } from './clean';
import type { ValidationResult } from './types';

const DIANDIAN = '《中华人民共和国职业分类大典（2022年版）》';
const { CODES, issue } = catalogue(DIANDIAN, {
  'occupation.format': { severity: 'error', title: '职业编码格式错误' },
  'occupation.format-cleaned': { severity: 'warning', title: '职业编码含全角字符、空格或缺少连字符' },
  'occupation.category': { severity: 'error', title: '职业不属于第三至六大类技能类职业' },
  'occupation.name-mismatch': { severity: 'error', title: '职业编码与职业名称不符' },
  'occupation.worktype-name': { severity: 'warning', title: '工种名称无法与职业名称核对' },
  'occupation.unknown-code': { severity: 'warning', title: '职业编码不在内置大典编码表中' },
});
export { CODES };

type Row = [code: string, level: number, name: string, marks: string];

export interface OccupationEntry {
  /** Usually one; kept as a list because the source lists some codes twice. */
  names: string[];
  /** 1 大类 … 4 细类 (occupation); the most specific level when a code is listed twice. */
  level: number;
}

const BY_CODE = new Map<string, OccupationEntry>();
const BY_NAME = new Map<string, string[]>();
for (const [code, level, name] of rows as unknown as Row[]) {
  const e = BY_CODE.get(code) ?? { names: [], level };
  if (!e.names.includes(name)) e.names.push(name);
  e.level = Math.max(e.level, level);
  BY_CODE.set(code, e);
  if (level === 4) {
    const key = nameKey(name);
    const codes = BY_NAME.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    BY_NAME.set(key, codes);
  }
}

/** Names compare without spaces and with half-width brackets. */
function nameKey(name: string): string {
  return foldWidth(name).replace(SPACES, '').replace(/[【〔［]/g, '(').replace(/[】〕］]/g, ')');
}

/** A 工种 written after the occupation: "人工智能训练师（数据标注员）", "人工智能训练师-数据标注". */
function sameOccupation(written: string, official: string): boolean {
  return written === official || (written.startsWith(official) && /^[(\-/·:]/.test(written.slice(official.length)));
}

const CANONICAL = /^\d-\d\d-\d\d-\d\d(?:-\d\d)?$/;

/** The code in canonical form and whether that took any cleaning; undefined if it is no code. */
function canonical(v: CellValue): { code: string; cleaned: boolean } | undefined {
  if (typeof v === 'string' && CANONICAL.test(v)) return { code: v, cleaned: false };
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = foldWidth(show(v)).replace(SPACES, '').replace(/[._·]/g, '-');
  if (CANONICAL.test(s)) return { code: s, cleaned: true };
  const digits = /^(\d)(\d\d)(\d\d)(\d\d)(\d\d)?$/.exec(s);
  if (!digits) return undefined;
  return { code: digits.slice(1).filter(Boolean).join('-'), cleaned: true };
}

export function validateOccupationCode(v: CellValue): ValidationResult<string> {
  if (isBlank(v)) return result([]);
  const bad = unusable<string>(v);
  if (bad) return bad;
  const c = canonical(v);
  if (!c) {
    return result([issue('occupation.format', `职业编码“${show(v)}”格式不正确`, '格式为 d-dd-dd-dd，如 4-04-05-05；工种可再加 -dd')]);
  }
  const issues = c.cleaned ? [issue('occupation.format-cleaned', `职业编码“${show(v)}”含有全角字符、空格或缺少连字符`, `应为 ${c.code}`)] : [];
  const major = c.code[0];
  if (!'3456'.includes(major)) {
    const category = BY_CODE.get(`${major}-00-00-00`)?.names[0] ?? '未知大类';
    issues.push(
      issue(
        'occupation.category',
        `职业编码 ${c.code} 属于第 ${major} 大类（${category}），不是第三至六大类中的技能类职业`,
        '职业技能等级认定面向大典第三至六大类中的技能类职业（工种），请核对职业编码',
      ),
    );
  }
  return result(issues, c.code);
}

/** The 大典 entry for a code (a 工种 code is looked up by its occupation). */
export function lookupOccupation(code: string): OccupationEntry | undefined {
  const c = canonical(code);
  const e = c && BY_CODE.get(c.code.slice(0, 10));
  return e ? { names: [...e.names], level: e.level } : undefined;
}

/** Codes of the occupations (细类) with this name, a trailing 工种 in brackets ignored. */
export function findOccupationByName(name: string): string[] {
  const key = nameKey(name);
  const exact = BY_NAME.get(key);
  if (exact) return [...exact];
  const stem = key.replace(/\([^()]*\)$/, '');
  return [...(BY_NAME.get(stem) ?? [])];
}

/**
 * Whether a code and the name written next to it agree with the 大典. An
 * unreadable code or an empty name gives no opinion (other checks report
 * those).
 */
export function checkCodeName(code: CellValue, name: CellValue): ValidationResult<string> {
  const c = isBlank(code) ? undefined : canonical(code);
  if (!c || isBlank(name) || typeof name !== 'string') return result([]);
  const e = BY_CODE.get(c.code.slice(0, 10));
  if (!e) {
    return result([
      issue(
        'occupation.unknown-code',
        `职业编码 ${c.code} 不在内置的${DIANDIAN}编码表中（该表尚不完整）`,
        '请对照大典及人力资源社会保障部发布的新职业信息核对编码',
      ),
    ]);
  }
  const written = nameKey(name);
  if (e.names.some((n) => sameOccupation(written, nameKey(n)))) return result([], e.names[0]);
  const official = e.names.join('、');
  if (c.code.length > 10) {
    return result(
      [issue('occupation.worktype-name', `工种编码 ${c.code} 所属职业为 ${official}，填写的 ${name.trim()} 无法核对`, `请写成“${e.names[0]}（工种名称）”或在职业名称列填写职业名称`)],
      e.names[0],
    );
  }
  const byName = findOccupationByName(name);
  // Our table lacks the 工种 of each occupation: a name that is no occupation of the 大典 may be one of this code's.
  if (!byName.length) {
    return result(
      [
        issue(
          'occupation.worktype-name',
          `职业编码 ${c.code} 在${DIANDIAN}中为 ${official}，“${name.trim()}”不是大典中的职业名称，如为该职业下的工种请确认`,
          `工种可写成“${e.names[0]}（${name.trim()}）”，或在“申请职业（工种）”表的“工种名称”列填写`,
        ),
      ],
      e.names[0],
    );
  }
  return result(
    [
      issue(
        'occupation.name-mismatch',
        `职业编码 ${c.code} 在${DIANDIAN}中为 ${official}，与填写的 ${name.trim()} 不符`,
        byName.length ? `“${name.trim()}”的职业编码为 ${byName.join('、')}` : '核对职业编码和职业名称',
      ),
    ],
    e.names[0],
  );
}
