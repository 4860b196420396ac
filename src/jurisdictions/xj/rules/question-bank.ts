import type { Table } from '../../../model/table';
import { skillLevelLabel, type SkillLevel } from '../../../validate/levels';
import type { Rule, RuleContext } from '../../../rules/rule';
import { appliedLevels, levelList } from '../../../rules/shared/applied-levels';
import { sumCounts, uncountedNote } from '../../../filing/counts';
import type { AppliedOccupation } from '../../../rules/shared/occupations';
import { BankRow, bankByLevel, missingBankLevels } from '../../../rules/shared/question-bank-by-level';
import { PROFILES, xj } from './basis';
import type { FieldKey } from '../../../model/schema';

const BASIS = xj('五（二）1');
const OBJECTIVE = ['single', 'multiple', 'trueFalse'] as const;
const THEORY = [...OBJECTIVE, 'subjective'] as const;
const MIN_THEORY = 1000;
const MIN_SKILL = 30;
/** Levels 5–3 have the 1000-question floor and are mainly objective; 2–1 mix in subjective questions. */
const LOWER: readonly SkillLevel[] = [5, 4, 3];

interface LevelBank {
  occupation: AppliedOccupation;
  level: SkillLevel;
  rows: BankRow[];
}

/** Every applied level that has 题库 rows, for the size rules (missing levels are their own rule). */
function appliedBanks(ctx: RuleContext): LevelBank[] {
  const bank = bankByLevel(ctx);
  return appliedLevels(ctx).flatMap(({ occupation, levels }) =>
    (levels ?? []).flatMap((level) => {
      const rows = bank.get(occupation)?.get(level);
      return rows ? [{ occupation, level, rows }] : [];
    }),
  );
}

/** The first row's cell of the first field its table has, and the rows involved when several. */
function at(ctx: RuleContext, rows: readonly BankRow[], fields: readonly FieldKey<'questionBank'>[]) {
  const { table, row } = rows[0];
  const field = fields.find((f) => table.has(f)) ?? 'level';
  const last = rows[rows.length - 1].row;
  return { ...ctx.at(table, row, field), ...(rows.length > 1 ? { range: `${row}:${last}` } : {}) };
}

const name = (b: LevelBank) => `职业（工种）${b.occupation.label} ${skillLevelLabel(b.level)}`;

/** Tables that lack every one of some columns, so their counts cannot be read at all. */
function reportMissingColumns(ctx: RuleContext, fields: readonly FieldKey<'questionBank'>[], what: string): Set<Table> {
  const blind = new Set<Table>();
  for (const t of ctx.book.tablesOf('questionBank')) {
    if (!t.rows.length || fields.some((f) => t.has(f))) continue;
    blind.add(t);
    ctx.report({ sheet: t.sheet.name, message: `“${t.sheet.name}”表没有${what}列，无法核对题量` });
  }
  return blind;
}

export const bankLevelMissing: Rule = {
  id: 'xj.question-bank.level-missing',
  title: '申请的每个等级都有题库',
  profiles: PROFILES,
  severity: 'error',
  basis: BASIS,
  hint: '在题库表中为该职业（工种）的每个申请等级填写一行题量',
  check(ctx) {
    for (const { applied, missing } of missingBankLevels(ctx)) {
      ctx.report({
        ...ctx.at(applied.table, applied.occupation.row, 'levels'),
        message: `职业（工种）${applied.occupation.label} 申请${levelList(missing, skillLevelLabel)}，“题库”表中没有${missing.length > 1 ? '这些等级' : '该等级'}的题库`,
      });
    }
  },
};

export const theoryMinimum: Rule = {
  id: 'xj.question-bank.theory-min',
  title: '五级、四级、三级理论题库每个等级不少于 1000 道题',
  profiles: PROFILES,
  severity: 'error',
  basis: BASIS,
  hint: '理论题量 = 单选题 + 多选题 + 判断题 + 主观题；补充题库至 1000 道以上',
  check(ctx) {
    const blind = reportMissingColumns(ctx, THEORY, '单选题、多选题、判断题、主观题');
    for (const b of appliedBanks(ctx)) {
      if (!LOWER.includes(b.level) || blind.has(b.rows[0].table)) continue;
      const theory = sumCounts(b.rows, THEORY);
      if (theory.n >= MIN_THEORY) continue;
      ctx.report({ ...at(ctx, b.rows, THEORY), message: `${name(b)} 理论题库 ${theory.n} 道，少于 ${MIN_THEORY} 道${uncountedNote(theory.unreadable)}` });
    }
  },
};

export const mainlyObjective: Rule = {
  id: 'xj.question-bank.objective',
  title: '五级、四级、三级理论题库以客观题为主',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: '五级至三级理论题通常以单选题、多选题、判断题为主（超过一半）',
  check(ctx) {
    for (const b of appliedBanks(ctx)) {
      if (!LOWER.includes(b.level)) continue;
      const objective = sumCounts(b.rows, OBJECTIVE).n;
      const subjective = sumCounts(b.rows, ['subjective']).n;
      if (subjective === 0 || objective > subjective) continue;
      ctx.report({ ...at(ctx, b.rows, ['subjective']), message: `${name(b)} 理论题库客观题 ${objective} 道、主观题 ${subjective} 道，未以客观题为主` });
    }
  },
};

export const objectiveAndSubjective: Rule = {
  id: 'xj.question-bank.subjective',
  title: '二级、一级理论题库客观题与主观题相结合',
  profiles: PROFILES,
  severity: 'warning',
  basis: BASIS,
  hint: '二级、一级理论题通常既有客观题（单选、多选、判断），也有主观题（简答、计算、绘图、论述等）',
  check(ctx) {
    for (const b of appliedBanks(ctx)) {
      if (LOWER.includes(b.level)) continue;
      const objective = sumCounts(b.rows, OBJECTIVE).n;
      const subjective = sumCounts(b.rows, ['subjective']).n;
      if (objective > 0 && subjective > 0) continue;
      const lacking = [objective ? '' : '客观题', subjective ? '' : '主观题'].filter(Boolean).join('和');
      ctx.report({ ...at(ctx, b.rows, subjective ? OBJECTIVE : (['subjective'] as const)), message: `${name(b)} 理论题库没有${lacking}，通常应客观题与主观题相结合` });
    }
  },
};

export const skillMinimum: Rule = {
  id: 'xj.question-bank.skill-min',
  title: '技能题库每个等级不少于 30 道题',
  profiles: PROFILES,
  severity: 'error',
  basis: BASIS,
  hint: '补充技能题至 30 道以上',
  check(ctx) {
    const blind = reportMissingColumns(ctx, ['skill'], '技能题');
    for (const b of appliedBanks(ctx)) {
      if (blind.has(b.rows[0].table)) continue;
      const skill = sumCounts(b.rows, ['skill']);
      if (skill.n >= MIN_SKILL) continue;
      ctx.report({ ...at(ctx, b.rows, ['skill']), message: `${name(b)} 技能题库 ${skill.n} 道，少于 ${MIN_SKILL} 道${uncountedNote(skill.unreadable)}` });
    }
  },
};
