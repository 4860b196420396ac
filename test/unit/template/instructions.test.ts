import ExcelJS from 'exceljs';
import { normaliseLabel } from '../../../src/model/label';
import { yesNoAnswer } from '../../../src/model/yes-no';
import { SHEETS } from '../../../src/model/schema';
import { PROFILES } from '../../../src/profiles/profiles';
import { namesEveryOccupation } from '../../../src/rules/shared/occupations';
import { templateBuffer } from '../../../src/template';
import { validateDate, validateOccupationCode, validateSkillLevelRange, validateTitle } from '../../../src/validate';
import type { ValidationResult } from '../../../src/validate/types';

/**
 * The template's 说明 sheet advises how to write each kind of cell. Every
 * example it quotes (“…”) must pass the check of that kind: the advice and
 * the checks may never disagree.
 */

const ok = (r: ValidationResult<unknown>) => r.issues.every((i) => i.severity !== 'error') && r.value !== undefined;

/** What each numbered line is about, told by its words, and how an example of it is judged. */
const JUDGES: [RegExp, (example: string) => boolean][] = [
  [/日期/, (e) => ok(validateDate(e))],
  [/技能等级/, (e) => ok(validateSkillLevelRange(e))],
  [/职称/, (e) => ok(validateTitle(e))],
  [/职业编码/, (e) => ok(validateOccupationCode(e))],
  [/是\/否/, (e) => yesNoAnswer(e) !== null],
  [/共用/, (e) => namesEveryOccupation(e)],
];

/** Sheet and column names are quoted too; they are names, not examples. */
const NAMES = new Set(SHEETS.flatMap((s) => [s.name, ...s.fields.map((f) => f.header)]).map(normaliseLabel));

async function advice(profile: string, business: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateBuffer(profile as never, business as never)) as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.getWorksheet('说明')!.eachRow((row) => lines.push(String(row.getCell(1).value ?? '')));
  const from = lines.indexOf('填写方法：');
  const to = lines.indexOf('', from);
  return lines.slice(from + 1, to);
}

describe('every example the template’s 说明 sheet writes passes the checks', () => {
  it.each(PROFILES.map((p) => [p.id, p.businessTypes[0]]))('%s · %s', async (profile, business) => {
    const lines = await advice(profile, business);
    expect(lines.length).toBeGreaterThan(5);
    const judged: string[] = [];
    for (const line of lines) {
      const examples = [...line.matchAll(/“([^”]+)”/g)].map((m) => m[1]).filter((e) => !NAMES.has(normaliseLabel(e)));
      if (!examples.length) continue;
      const judge = JUDGES.find(([about]) => about.test(line));
      // An example nobody judges could disagree with the checks unnoticed.
      expect([line, Boolean(judge)]).toEqual([line, true]);
      for (const e of examples) {
        expect([e, judge![1](e)]).toEqual([e, true]);
        judged.push(e);
      }
    }
    expect(judged).toEqual(expect.arrayContaining(['五级至三级（初级工至高级工）', '2018.09', '2019年9月', '全部申报职业（工种）']));
  });
});
