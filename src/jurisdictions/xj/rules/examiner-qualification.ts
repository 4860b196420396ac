import type { Table } from '../../../model/table';
import { parseSkillLevel, type SkillLevel } from '../../../validate/levels';
import { parseTitle, type TitleRank } from '../../../validate/titles';
import type { RuleContext } from '../../../rules/rule';
import { AppliedOccupation, rowsByOccupation } from '../../../rules/shared/occupations';
import { idResults } from '../../../rules/shared/people';

/** One 考评人员 row of an applied occupation, with what counts for XJ 五（二）2–3. */
export interface ExaminerRow {
  table: Table;
  row: number;
  occupation: AppliedOccupation;
  skill?: SkillLevel;
  title?: TitleRank;
  /** Labelled 高级考评员 in 考评员类别. */
  senior: boolean;
  /** The ID is valid, so the person can be counted. */
  idOk: boolean;
  /** Cleaned ID, or the name when the ID is unusable: one person counted once per occupation. */
  person: string;
}

/** Tables that can show a qualification at all; without either column nobody can be judged. */
export function judgeable(t: Table): boolean {
  return t.has('skillLevel') || t.has('title');
}

export function examinerRows(ctx: RuleContext): ExaminerRow[] {
  return ctx.memo('xj.examiner-rows', () => {
    const out: ExaminerRow[] = [];
    for (const table of ctx.book.tablesOf('examiners')) {
      if (!judgeable(table)) continue;
      const ids = idResults(ctx, table);
      for (const [occupation, rows] of rowsByOccupation(ctx, table).groups) {
        for (const row of rows) {
          const id = ids.get(row);
          const idOk = Boolean(id?.ok && id.value);
          out.push({
            table,
            row,
            occupation,
            skill: parseSkillLevel(table.value(row, 'skillLevel')).value,
            title: parseTitle(table.value(row, 'title')),
            senior: table.text(row, 'category').includes('高级'),
            idOk,
            person: idOk ? id!.value! : table.text(row, 'name') || `${table.sheet.name}!${row}`,
          });
        }
      }
    }
    return out;
  });
}

/** 五（二）2: 本职业 三级/高级工 or above, or a 中级 or higher title. */
export const qualifiesAsExaminer = (e: ExaminerRow): boolean => (e.skill !== undefined && e.skill <= 3) || (e.title?.rank ?? 0) >= 2;

/** 五（二）3: 本职业 一级/高级技师, or a 副高级 or higher title. */
export const qualifiesAsSenior = (e: ExaminerRow): boolean => e.skill === 1 || (e.title?.rank ?? 0) >= 3;

/** "本职业技能等级为“四级/中级工”、专业技术职称为“助理工程师”（初级）". */
export function qualificationText(e: ExaminerRow): string {
  const skillRaw = e.table.text(e.row, 'skillLevel');
  const titleRaw = e.table.text(e.row, 'title');
  const skill = skillRaw ? `本职业技能等级为“${skillRaw}”${e.skill ? '' : '（无法识别）'}` : '未填写本职业技能等级';
  const title = titleRaw ? `专业技术职称为“${titleRaw}”${e.title ? `（${e.title.label}）` : '（无法识别）'}` : '未填写专业技术职称';
  return `${skill}、${title}`;
}

/** People of one occupation who qualify, counted once each; those who qualify but cannot be counted. */
export function tally(rows: readonly ExaminerRow[], qualifies: (e: ExaminerRow) => boolean): { counted: number; badId: number; unqualified: number } {
  const counted = new Set<string>();
  const badId = new Set<string>();
  const unqualified = new Set<string>();
  for (const e of rows) {
    if (!qualifies(e)) unqualified.add(e.person);
    else if (e.idOk) counted.add(e.person);
    else badId.add(e.person);
  }
  for (const p of counted) {
    badId.delete(p);
    unqualified.delete(p);
  }
  return { counted: counted.size, badId: badId.size, unqualified: unqualified.size };
}

/** "（另有 1 人身份证件号有误或未填写，未计入；2 人不具备考评员条件）", or ''. */
export function tallyNote(t: { badId: number; unqualified: number }, role: string): string {
  const parts = [
    t.badId ? `另有 ${t.badId} 人符合条件但身份证件号有误或未填写，未计入` : '',
    t.unqualified ? `${t.unqualified} 人不具备${role}条件` : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
}
