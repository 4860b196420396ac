import { displayText, type CellValue } from '../../model/cell';
import type { FieldDef, FieldType } from '../../model/schema';
import { PROFILES, profileFields, parseProfile } from '../../profiles/profiles';
import { normaliseLabel } from '../../model/label';
import { yesNoAnswer } from '../../model/yes-no';
import {
  ALL_VALIDATOR_CODES,
  checkCodeName,
  parseXcertLevelRange,
  parseYear,
  validateCount,
  validateCreditCode,
  validateDate,
  validateEmail,
  validateMoney,
  validateOccupationCode,
  validateResidentId,
  validatePercent,
  validatePhone,
  validateSkillLevel,
  validateSkillLevelRange,
  validateTitle,
} from '../../validate';
import type { ValidationResult } from '../../validate/types';
import { rowWiseRule, type Rule, type RuleContext } from '../rule';
import { isAppliedWorkType } from '../shared/occupations';
import { idResults } from '../shared/people';
import { SKILL_SCOPE, skillScope } from '../shared/skill-scope';
import { DATA_QUALITY } from '../../sources';

const BASIS = new Map(ALL_VALIDATOR_CODES.map((c) => [c.code, c.basis]));

interface Target {
  sheet: string;
  cell: string;
  row: number;
  column: string;
}

function vocabulary(field: FieldDef, v: CellValue): ValidationResult<unknown> | null {
  const text = typeof v === 'string' ? v.trim() : v === null ? '' : String(v);
  if (!text) return null;
  if (field.type === 'yesNo') {
    // TRUE/FALSE (a checkbox) and 是/否 are the answers as written; ticks and y/n are understood, with a warning.
    if (typeof v === 'boolean' || text === '是' || text === '否') return null;
    const mapped = yesNoAnswer(v);
    return {
      ok: Boolean(mapped),
      issues: [
        mapped
          ? { code: 'cell.yes-no', severity: 'warning', message: `“${field.header}”填写为“${text}”，应填“是”或“否”`, hint: `按“${mapped}”理解，建议改为“${mapped}”` }
          : { code: 'cell.yes-no', severity: 'error', message: `“${field.header}”填写为“${text}”，应填“是”或“否”` },
      ],
    };
  }
  const values = field.values ?? [];
  const key = normaliseLabel(text);
  if (values.some((x) => normaliseLabel(x) === key)) return null;
  if (Object.keys(field.synonyms ?? {}).some((x) => normaliseLabel(x) === key)) return null;
  return {
    ok: true,
    issues: [{ code: 'cell.vocabulary', severity: 'warning', message: `“${field.header}”填写为“${text}”，不在可选值中`, hint: `可选值：${values.join('、')}` }],
  };
}

function profileValue(v: CellValue): ValidationResult<unknown> | null {
  const text = typeof v === 'string' ? v.trim() : '';
  if (!text || parseProfile(text)) return null;
  return {
    ok: false,
    issues: [{ code: 'cell.profile', severity: 'error', message: `适用规则“${text}”无法识别`, hint: `可选：${PROFILES.map((p) => p.name).join('；')}` }],
  };
}

/** Runs the validator for one field type; null when the type needs no check. */
function validateField(ctx: RuleContext, field: FieldDef, v: CellValue, numFmt: string | null, nature: string): ValidationResult<unknown> | null {
  const today = ctx.options.today;
  const type: FieldType = field.type;
  switch (type) {
    case 'creditCode':
      return validateCreditCode(v, { nature });
    case 'phone':
      return validatePhone(v);
    case 'email':
      return validateEmail(v);
    case 'date':
      return validateDate(v, { today, notFuture: field.past });
    case 'count':
      return validateCount(v);
    case 'money':
      return validateMoney(v);
    case 'percent':
      return validatePercent(v, numFmt);
    case 'year':
      return parseYear(v, today);
    case 'skillLevel':
      return validateSkillLevel(v);
    case 'skillLevelRange':
      return validateSkillLevelRange(v);
    case 'xcertLevelRange':
      return parseXcertLevelRange(v);
    case 'title':
      return validateTitle(v);
    case 'occupationCode':
      return validateOccupationCode(v);
    case 'enum':
    case 'yesNo':
      return vocabulary(field, v);
    case 'profile':
      return profileValue(v);
    default:
      return null;
  }
}

/** `at` is a function because building an address for every clean cell of a big roster costs more than checking it. */
function reportIssues(ctx: RuleContext, res: ValidationResult<unknown> | null, where: Target | (() => Target)): void {
  if (!res || !res.issues.length) return;
  const at = typeof where === 'function' ? where() : where;
  for (const i of res.issues) {
    let { severity } = i;
    let basis = BASIS.get(i.code) ?? DATA_QUALITY;
    if (i.code === 'occupation.category') {
      const scope = skillScope(ctx.profile);
      if (!scope) continue;
      ({ severity, basis } = scope);
    }
    // Spelled out: spreading `at` here cost twice the time and memory of the whole check on a 200,000-row table wrong in every cell.
    ctx.report({ sheet: at.sheet, cell: at.cell, row: at.row, column: at.column, rule: i.code, severity, message: i.message, hint: i.hint ?? null, basis });
  }
}

const LEVEL_BASIS = BASIS.get('level.unknown') ?? DATA_QUALITY;

/** A level written another way than the template's drop-down ("高级工" for "三级/高级工"): understood, and offered as a fix. */
function reportVariant(ctx: RuleContext, v: CellValue, label: string, at: Target): void {
  const message = `技能等级“${displayText(v)}”与模板写法不同，模板中为“${label}”`;
  ctx.report({ sheet: at.sheet, cell: at.cell, row: at.row, column: at.column, rule: 'level.variant', severity: 'info', message, hint: `改为“${label}”`, basis: LEVEL_BASIS });
}

/** Types with a small vocabulary: a 100,000-row roster repeats a few dozen values, validated once each. */
const CACHED: ReadonlySet<FieldType> = new Set(['skillLevel', 'skillLevelRange', 'xcertLevelRange', 'title', 'occupationCode', 'enum', 'yesNo', 'profile']);

/** Table cells are validated without 单位性质: only the applicant's own credit code must agree with it, a 考核点 school's need not. */
function cachedValidator(ctx: RuleContext) {
  const nature = '';
  const caches = new Map<FieldDef, Map<string | number, ValidationResult<unknown> | null>>();
  return (field: FieldDef, v: CellValue, numFmt: string | null): ValidationResult<unknown> | null => {
    if (!CACHED.has(field.type) || (typeof v !== 'string' && typeof v !== 'number')) return validateField(ctx, field, v, numFmt, nature);
    let cache = caches.get(field);
    if (!cache) caches.set(field, (cache = new Map()));
    let r = cache.get(v);
    if (r === undefined) {
      r = validateField(ctx, field, v, numFmt, nature);
      cache.set(v, r);
    }
    return r;
  };
}

/** The name a row gives its occupation, for the code ↔ name check against the 大典. */
const NAME_FIELDS = ['occupationName', 'occupation'] as const;

export const cellTypes: Rule = rowWiseRule(
  {
    id: 'cell.type',
    title: '单元格内容与列的类型不符（身份证件号、信用代码、电话、日期、数量、等级、职称、职业编码等）',
    profiles: 'all',
    severity: 'error',
    basis: DATA_QUALITY,
    emits: [
      ...ALL_VALIDATOR_CODES.map((c) => (c.code === 'occupation.category' ? { id: c.code, title: c.title, severity: c.severity, basis: SKILL_SCOPE } : c.code)),
      { id: 'level.variant', title: '技能等级写法与模板的下拉选项不同', severity: 'info', basis: LEVEL_BASIS },
      { id: 'cell.yes-no', title: '“是/否”列填写了其他内容', severity: 'error', basis: DATA_QUALITY },
      { id: 'cell.vocabulary', title: '填写的内容不在下拉列表的可选值中', severity: 'warning', basis: DATA_QUALITY },
      { id: 'cell.profile', title: '无法识别的适用规则', severity: 'error', basis: DATA_QUALITY },
    ],
    umbrella: true,
  },
  {
    table(ctx, t) {
      const validate = cachedValidator(ctx);
      // Code → name → result: a roster repeats a few pairs, and a key string per row would cost more than the check.
      const codeNames = new Map<unknown, Map<string, ValidationResult<unknown>>>();
      const fields = profileFields(ctx.profile, t.def).filter((f) => t.has(f.key) && f.type !== 'text' && f.type !== 'serial' && f.type !== 'name');
      const nameField = NAME_FIELDS.find((k) => t.has(k));
      const ids = idResults(ctx, t);
      const cols = fields.map((f) => t.columns.get(f.key)!);
      return {
        key: '',
        row(row) {
          const values = t.rowValues(row);
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            if (f.type === 'id') {
              const id = ids.get(row);
              if (id?.issues.length) reportIssues(ctx, id, () => ctx.at(t, row, f.key) as Target);
              continue;
            }
            const col = cols[i];
            const v = values[col - 1] ?? null;
            // Only percentages read the number format; looking it up for every cell costs more than the check.
            const res = validate(f, v, f.type === 'percent' ? t.cell(row, f.key)!.numFmt : null);
            if (res?.issues.length) reportIssues(ctx, res, () => ctx.at(t, row, f.key) as Target);
            if (f.type === 'skillLevel' && res && !res.issues.length && typeof res.value === 'string' && v !== res.value) reportVariant(ctx, v, res.value, ctx.at(t, row, f.key) as Target);
            if (f.type === 'occupationCode' && nameField && res?.ok !== false && res?.value) {
              const name = t.text(row, nameField);
              let byName = codeNames.get(res.value);
              if (!byName) codeNames.set(res.value, (byName = new Map()));
              let named = byName.get(name);
              // A 工种 the filing applies for under this code is its own name, not a mismatch.
              if (!named) byName.set(name, (named = isAppliedWorkType(ctx, name, String(res.value)) ? { ok: true, issues: [] } : checkCodeName(String(res.value), name)));
              if (named.issues.length) reportIssues(ctx, named, () => ctx.at(t, row, f.key) as Target);
            }
          }
        },
      };
    },
    rest(ctx) {
      const org = ctx.book.org;
      if (!org) return;
      const nature = org.text('nature');
      for (const f of org.def.fields) {
        const c = org.cell(f.key);
        if (!c) continue;
        const at: Target = { sheet: org.sheet.name, cell: c.address, row: c.row, column: f.header };
        const res = f.type === 'id' ? validateResidentId(c.value, { today: ctx.options.today }) : validateField(ctx, f, c.value, c.numFmt, nature);
        reportIssues(ctx, res, at);
      }
    },
  },
);
