import type { Rule, RuleContext } from '../../../rules/rule';
import { appliedLevels, levelList } from '../../../rules/shared/applied-levels';
import { AppliedOccupation, appliedOccupations } from '../../../rules/shared/occupations';
import { personLabel } from '../../../rules/shared/people';
import { skillLevelLabel } from '../../../validate/levels';
import { PROFILES, xj } from './basis';
import { ExaminerRow, examinerRows, judgeable, qualificationText, qualifiesAsExaminer, qualifiesAsSenior, tally, tallyNote } from './examiner-qualification';

const MIN_EXAMINERS = 4;
const MIN_SENIOR = 4;

function byOccupation(ctx: RuleContext): Map<AppliedOccupation, ExaminerRow[]> {
  const m = new Map<AppliedOccupation, ExaminerRow[]>();
  for (const e of examinerRows(ctx)) {
    const list = m.get(e.occupation);
    if (list) list.push(e);
    else m.set(e.occupation, [e]);
  }
  return m;
}

/** Where a row's qualification is shown: 本职业技能等级, or 专业技术职称 when that column is missing. */
function qualificationCell(ctx: RuleContext, e: ExaminerRow) {
  return ctx.at(e.table, e.row, e.table.has('skillLevel') ? 'skillLevel' : 'title');
}

export const examinerQualification: Rule = {
  id: 'xj.examiners.qualification',
  title: '考评员应具有本职业三级/高级工及以上技能等级或中级及以上职称',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）2'),
  hint: '填写本职业技能等级（三级/高级工及以上）或专业技术职称（中级及以上）；不具备条件的人员不能作为考评员',
  check(ctx) {
    for (const t of ctx.book.tablesOf('examiners')) {
      if (!judgeable(t) && t.rows.length) {
        ctx.report({ sheet: t.sheet.name, message: `“${t.sheet.name}”表没有“本职业技能等级”和“专业技术职称”列，无法核对考评员条件` });
      }
    }
    for (const e of examinerRows(ctx)) {
      // A row labelled 高级考评员 is judged by the higher bar of 五（二）3 instead.
      if (e.senior || qualifiesAsExaminer(e)) continue;
      ctx.report({
        ...qualificationCell(ctx, e),
        message: `考评员 ${personLabel(ctx, e.table, e.row)}（${e.occupation.label}）${qualificationText(e)}，不具备考评员条件（本职业三级/高级工及以上或中级及以上职称）`,
      });
    }
  },
};

export const examinerMinimum: Rule = {
  id: 'xj.examiners.min',
  title: '每个职业（工种）合格考评员不少于 4 名',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）2'),
  hint: '补充具有本职业三级/高级工及以上技能等级或中级及以上职称的考评员，并核对其身份证件号',
  check(ctx) {
    if (!ctx.book.tablesOf('examiners').some(judgeable)) return;
    const sheet = ctx.book.tablesOf('examiners').find(judgeable)!.sheet.name;
    const rows = byOccupation(ctx);
    for (const occupation of appliedOccupations(ctx)) {
      const t = tally(rows.get(occupation) ?? [], qualifiesAsExaminer);
      if (t.counted >= MIN_EXAMINERS) continue;
      ctx.report({ sheet, message: `职业（工种）${occupation.label} 合格考评员 ${t.counted} 名，少于 ${MIN_EXAMINERS} 名${tallyNote(t, '考评员')}` });
    }
  },
};

export const seniorQualification: Rule = {
  id: 'xj.senior-examiners.qualification',
  title: '高级考评员应具有本职业一级/高级技师或副高级及以上职称',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）3'),
  hint: '高级考评员须具有本职业一级/高级技师技能等级或副高级及以上专业技术职称；不具备的请将考评员类别改为“考评员”',
  check(ctx) {
    for (const e of examinerRows(ctx)) {
      if (!e.senior || qualifiesAsSenior(e)) continue;
      ctx.report({
        ...qualificationCell(ctx, e),
        message: `高级考评员 ${personLabel(ctx, e.table, e.row)}（${e.occupation.label}）${qualificationText(e)}，不具备高级考评员条件（本职业一级/高级技师或副高级及以上职称）`,
      });
    }
  },
};

/**
 * 五（二）3 lists 高级考评员 among the per-occupation materials without
 * saying when they are needed. In the national examiner system a 考评员
 * assesses up to 三级/高级工 and a 高级考评员 every level, so the four
 * senior examiners are required where an occupation is applied for
 * 二级/技师 or 一级/高级技师. Requiring them everywhere would ask for
 * 高级技师 even for 五级-only filings; keying it on the 考评员类别 label
 * would let a workbook escape the rule by leaving the label out. People
 * are counted by qualification, whatever their label.
 */
export const seniorMinimum: Rule = {
  id: 'xj.senior-examiners.min',
  title: '申请二级、一级的职业（工种）高级考评员不少于 4 名',
  profiles: PROFILES,
  severity: 'error',
  basis: xj('五（二）3'),
  hint: '补充具有本职业一级/高级技师技能等级或副高级及以上职称的考评人员，并核对其身份证件号',
  check(ctx) {
    if (!ctx.book.tablesOf('examiners').some(judgeable)) return;
    const sheet = ctx.book.tablesOf('examiners').find(judgeable)!.sheet.name;
    const rows = byOccupation(ctx);
    for (const { occupation, levels } of appliedLevels(ctx)) {
      const high = (levels ?? []).filter((l) => l <= 2);
      if (!high.length) continue;
      const t = tally(rows.get(occupation) ?? [], qualifiesAsSenior);
      if (t.counted >= MIN_SENIOR) continue;
      ctx.report({
        sheet,
        message: `职业（工种）${occupation.label} 申请${levelList(high, skillLevelLabel)}，具备高级考评员条件的考评人员 ${t.counted} 名，少于 ${MIN_SENIOR} 名${tallyNote(t, '高级考评员')}`,
      });
    }
  },
};
