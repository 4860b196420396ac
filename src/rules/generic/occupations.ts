import type { FieldKey, SheetKind } from '../../model/schema';
import type { Rule, RuleContext } from '../rule';
import { findOccupationByName, lookupOccupation } from '../../validate/occupations';
import { occupationCodeKey, occupationNameKey } from '../../model/occupation-key';
import { appliedOccupations, isAppliedWorkType, matchOccupations } from '../shared/occupations';
import { DATA_QUALITY } from '../../sources';

/** Sheets whose rows belong to one occupation, and the field naming it. */
const USES: [SheetKind, FieldKey][] = [
  ['examiners', 'occupation'],
  ['experts', 'occupation'],
  ['equipment', 'occupation'],
  ['questionBank', 'occupation'],
  ['evaluations', 'occupation'],
  ['sites', 'occupation'],
];

/**
 * The occupation a name stands for under a code, for comparing names: a
 * 工种 the filing applies for under that code stands for its occupation;
 * null for a name our 大典 table cannot place (maybe an unlisted 工种).
 */
function consistencyKey(ctx: RuleContext, name: string, code: string): string | null {
  const applied = appliedOccupations(ctx).find((o) => occupationCodeKey(o.code) === code && isAppliedWorkType(ctx, name, code));
  if (applied) return occupationNameKey(applied.name);
  if (lookupOccupation(code) && !findOccupationByName(name).length) return null;
  return occupationNameKey(name);
}

export const codeNameConsistency: Rule = {
  id: 'occupation.inconsistent',
  title: '同一职业编码在各表中的名称不一致',
  profiles: 'all',
  severity: 'error',
  basis: DATA_QUALITY,
  hint: '统一使用《职业分类大典（2022年版）》中的名称',
  check(ctx) {
    const first = new Map<string, { name: string; key: string; where: string }>();
    const codeKeys = new Map<string, string>();
    const nameKeys = new Map<string, string | null>();
    const memo = <T>(m: Map<string, T>, raw: string, f: (s: string) => T) => {
      let k = m.get(raw);
      if (k === undefined) m.set(raw, (k = f(raw)));
      return k;
    };
    for (const t of ctx.book.tables) {
      const nameField = t.has('occupationName') ? 'occupationName' : t.has('occupation') ? 'occupation' : null;
      if (!nameField || !t.has('occupationCode')) continue;
      for (const row of t.rows) {
        const code = memo(codeKeys, t.text(row, 'occupationCode'), occupationCodeKey);
        const name = t.text(row, nameField);
        if (!code || !name) continue;
        const key = memo(nameKeys, `${code}\u0000${name}`, () => consistencyKey(ctx, name, code));
        // A name that may be a 工种 of this code is cell.type's question, not a second name.
        if (key === null) continue;
        const seen = first.get(code);
        if (!seen) first.set(code, { name, key, where: `“${t.sheet.name}”${t.address(row, nameField)}` });
        else if (seen.key !== key) {
          ctx.report({ ...ctx.at(t, row, nameField), message: `职业编码 ${code} 在此为“${name}”，在${seen.where}为“${seen.name}”` });
        }
      }
    }
  },
};

export const notApplied: Rule = {
  id: 'occupation.not-applied',
  title: '使用了未申请的职业（工种）',
  profiles: 'all',
  severity: 'error',
  basis: DATA_QUALITY,
  hint: '在“申请职业（工种）”表中补充该职业，或改正此处的职业名称／编码',
  check(ctx) {
    if (!ctx.book.hasKind('occupations')) return;
    for (const [kind, field] of USES) {
      for (const t of ctx.book.tablesOf(kind)) {
        if (!t.has(field) && !t.has('occupationCode')) continue;
        for (const row of t.rows) {
          const name = t.text(row, field);
          const code = t.text(row, 'occupationCode');
          if (!name && !code) continue;
          const { unmatched } = matchOccupations(ctx, name, code);
          if (!unmatched.length) continue;
          const at = t.has(field) && name ? ctx.at(t, row, field) : ctx.at(t, row, 'occupationCode');
          ctx.report({ ...at, message: `职业（工种）“${unmatched.join('、')}”不在“申请职业（工种）”表中` });
        }
      }
    }
  },
};
