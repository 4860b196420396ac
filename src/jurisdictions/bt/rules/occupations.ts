import names from '../../../data/qualifications-2021.json';
import { normaliseLabel } from '../../../model/label';
import type { Rule } from '../../../rules/rule';
import { bt, FILINGS } from './basis';

const QUALIFICATIONS: readonly string[] = names;
const KEYS = QUALIFICATIONS.map(normaliseLabel);

/**
 * A name of the list, one of the names an item joins with 、, or one of them
 * with more after it (“消防设施操作员（四级）”). Plain 焊工 is not 民用核安全设备焊工.
 */
function inCatalogue(name: string): boolean {
  const key = normaliseLabel(name).replace(/\([^)]*\)$/, '');
  return key !== '' && KEYS.some((k) => k === key || key.startsWith(k) || k.split('、').includes(key));
}

/**
 * 第四条: a 职业资格评价机构 evaluates the skill occupations of the 国家职业资格目录
 * only. The built-in list holds the names of the 2021 目录's skilled section
 * (src/data/README.md says where from), not how its licensing groups such as
 * 特种作业人员 divide into operations, so a name not found is a warning for
 * the office to confirm rather than an error.
 */
export const qualificationCatalogue: Rule = {
  id: 'bt.occupations.qualification-catalogue',
  title: '职业资格评价机构评价《国家职业资格目录》内技能类职业（工种）',
  profiles: ['bt-qualification'],
  business: FILINGS,
  severity: 'warning',
  basis: bt('第四条'),
  hint: `《国家职业资格目录（2021年版）》技能人员职业资格：${QUALIFICATIONS.join('、')}`,
  check(ctx) {
    for (const t of ctx.book.tablesOf('occupations')) {
      if (!t.has('occupationName')) continue;
      for (const row of t.rows) {
        const name = t.text(row, 'occupationName');
        if (!name || inCatalogue(name)) continue;
        ctx.report({
          ...ctx.at(t, row, 'occupationName'),
          message: `“${name}”不在《国家职业资格目录（2021年版）》技能人员职业资格中；职业资格评价机构只能评价目录内的技能类职业（工种），属特种作业等目录内项目的请在材料中说明`,
        });
      }
    }
  },
};
