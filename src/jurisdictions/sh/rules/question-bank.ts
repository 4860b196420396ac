import { skillLevelLabel } from '../../../validate/levels';
import type { Rule } from '../../../rules/rule';
import { appliedLevels, levelList } from '../../../rules/shared/applied-levels';
import { sumCounts, uncountedNote } from '../../../filing/counts';
import { bankByLevel, missingBankLevels } from '../../../rules/shared/question-bank-by-level';
import { PROFILES, sh } from './basis';

const BASIS = sh('四（六）');
const MIN_PAPERS = 2;

export const bankLevelMissing: Rule = {
  id: 'sh.question-bank.level-missing',
  title: '申请的每个等级都有评价方案和样卷',
  profiles: PROFILES,
  severity: 'error',
  basis: BASIS,
  hint: '在题库表中为该职业（工种）的每个申请等级填写一行，含样卷套数',
  check(ctx) {
    for (const { applied, missing } of missingBankLevels(ctx)) {
      ctx.report({
        ...ctx.at(applied.table, applied.occupation.row, 'levels'),
        message: `职业（工种）${applied.occupation.label} 申请${levelList(missing, skillLevelLabel)}，“题库”表中没有${missing.length > 1 ? '这些等级' : '该等级'}的题库和样卷`,
      });
    }
  },
};

export const samplePapers: Rule = {
  id: 'sh.question-bank.sample-papers',
  title: '每个等级两套样卷',
  profiles: PROFILES,
  severity: 'error',
  basis: BASIS,
  hint: '职业技能评价项目实施方案须含各等级评价方案及两套样卷；在题库表“样卷套数”填写 2 或以上',
  check(ctx) {
    for (const t of ctx.book.tablesOf('questionBank')) {
      if (t.rows.length && !t.has('samplePapers')) ctx.report({ sheet: t.sheet.name, message: `“${t.sheet.name}”表没有“样卷套数”列，无法核对每个等级两套样卷` });
    }
    const bank = bankByLevel(ctx);
    for (const { occupation, levels } of appliedLevels(ctx)) {
      for (const level of levels ?? []) {
        const rows = (bank.get(occupation)?.get(level) ?? []).filter((r) => r.table.has('samplePapers'));
        if (!rows.length) continue;
        const papers = sumCounts(rows, ['samplePapers']);
        if (papers.n >= MIN_PAPERS) continue;
        ctx.report({
          ...ctx.at(rows[0].table, rows[0].row, 'samplePapers'),
          message: `职业（工种）${occupation.label} ${skillLevelLabel(level)} 样卷 ${papers.n} 套，少于 ${MIN_PAPERS} 套${uncountedNote(papers.unreadable)}`,
        });
      }
    }
  },
};
