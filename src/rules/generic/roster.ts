import { normaliseLabel } from '../../model/label';
import { ageOn } from '../../validate/gb11643-id';
import type { Table } from '../../model/table';
import { rowWiseRule, type Rule, type RuleContext } from '../rule';
import { occupationNameKey } from '../../model/occupation-key';
import { matchOccupations } from '../shared/occupations';
import { idResults } from '../shared/people';
import { DATA_QUALITY } from '../../sources';

interface Occurrence {
  sheet: string;
  cell: string;
  row: number;
  name: string;
  /** The roster it is on; null for the legal representative. */
  table: Table | null;
}

/** What a row is for on rosters listing people per occupation: the applied occupations it names, or its own text; null on other rosters. */
function roles(ctx: RuleContext, o: Occurrence): string[] | null {
  const t = o.table;
  if (!t || !t.has('occupation')) return null;
  const row = o.row;
  const name = t.text(row, 'occupation');
  const code = t.text(row, 'occupationCode');
  const { matched, unmatched } = matchOccupations(ctx, name, code);
  return [...matched.map((m) => m.label), ...unmatched.map(occupationNameKey)];
}

/** Cleaned ID when valid, else the raw text folded, so a typo'd duplicate still matches itself. */
function idKey(value: string | undefined, raw: string): string {
  return value ?? raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Each roster row's ID as duplicates are found: '' for none, or a number (its digits are lost, and the cell type check reports it). */
function idGroups(ctx: RuleContext, table: Table): ReadonlyMap<string, readonly number[]> {
  return ctx.rowGroups(`roster.ids:${table.sheet.name}`, table, (t) => {
    const ids = idResults(ctx, t);
    return (row) => {
      const raw = t.text(row, 'idNumber');
      return !raw || typeof t.value(row, 'idNumber') === 'number' ? '' : idKey(ids.get(row)?.value, raw);
    };
  });
}

/**
 * Every ID held by more than one person on the rosters (and the legal
 * representative), with each occurrence: rosters in sheet order, rows in
 * order, the legal representative last. Most people appear once, so only
 * IDs that repeat are described (address, name).
 */
function everyone(ctx: RuleContext): Map<string, Occurrence[]> {
  return ctx.memo('roster.everyone', () => {
    const tables = ctx.book.tables;
    const groups = tables.map((t) => (t.def.roster && t.has('idNumber') ? idGroups(ctx, t) : null));
    const org = ctx.book.org;
    const c = org?.cell('legalRepId');
    const legal = org && c && typeof c.value === 'string' && c.value.trim() ? idKey(undefined, c.value) : '';
    const m = new Map<string, Occurrence[]>();
    groups.forEach((g, first) => {
      if (!g) return;
      for (const [key, rows] of g) {
        // An ID also on an earlier roster was listed there.
        if (m.has(key)) continue;
        let count = rows.length + (key === legal ? 1 : 0);
        for (let ti = first + 1; ti < groups.length; ti++) count += groups[ti]?.get(key)?.length ?? 0;
        if (count < 2) continue;
        const list: Occurrence[] = [];
        for (let ti = first; ti < groups.length; ti++) {
          const t = tables[ti];
          for (const row of groups[ti]?.get(key) ?? []) list.push({ sheet: t.sheet.name, cell: t.address(row, 'idNumber')!, row, name: t.text(row, 'name'), table: t });
        }
        if (key === legal) list.push({ sheet: org!.sheet.name, cell: c!.address, row: c!.row, name: org!.text('legalRep'), table: null });
        m.set(key, list);
      }
    });
    return m;
  });
}

interface Seen {
  o: Occurrence;
  roles: string[] | null;
  /** Position in the ID's list of occurrences: the earliest match is the one named. */
  index: number;
}

/** A row repeats the first earlier row on its sheet with no roles (any), or sharing one of its roles. */
interface FirstSeen {
  any: Seen | null;
  noRoles: Seen | null;
  byRole: Map<string, Seen>;
}

function earliest(candidates: (Seen | null)[]): Seen | null {
  let best: Seen | null = null;
  for (const c of candidates) if (c && (!best || c.index < best.index)) best = c;
  return best;
}

/**
 * The same person twice for the same purpose: twice on a roster without
 * occupations, or twice for one occupation. One examiner assessing two
 * occupations is on two rows with two occupations, which nothing forbids;
 * a different name under one ID is person.name-conflict's business.
 */
export const duplicateIds: Rule = {
  id: 'roster.duplicate-id',
  title: '同一人在同一名册中重复列出（同一职业（工种）或无职业之分的名册）',
  profiles: 'all',
  severity: 'error',
  basis: DATA_QUALITY,
  hint: '删除重复行，或核对证件号码',
  check(ctx) {
    for (const list of everyone(ctx).values()) {
      if (list.length < 2) continue;
      // Per sheet, the first earlier row of each kind a later row can repeat, so that
      // an ID on every one of 200,000 rows costs 200,000 look-ups, not 200,000².
      const seen = new Map<string, FirstSeen>();
      list.forEach((o, index) => {
        const mine = roles(ctx, o);
        const earlier = seen.get(o.sheet) ?? { any: null, noRoles: null, byRole: new Map() };
        seen.set(o.sheet, earlier);
        const first = mine ? earliest([earlier.noRoles, ...mine.map((r) => earlier.byRole.get(r) ?? null)]) : earlier.any;
        if (first) {
          const shared = mine && first.roles ? mine.find((r) => first.roles!.includes(r)) : undefined;
          ctx.report({
            sheet: o.sheet,
            cell: o.cell,
            row: o.row,
            column: '身份证件号',
            message: `${o.name || '此人'}的身份证件号与第 ${first.o.row} 行（${first.o.name}）重复${shared ? `，且同为“${shared}”` : ''}`,
          });
        }
        const entry = { o, roles: mine, index };
        earlier.any ??= entry;
        if (!mine) earlier.noRoles ??= entry;
        else for (const r of mine) if (!earlier.byRole.has(r)) earlier.byRole.set(r, entry);
      });
    }
  },
};

export const nameConflicts: Rule = {
  id: 'person.name-conflict',
  title: '同一身份证件号对应不同姓名',
  profiles: 'all',
  severity: 'error',
  basis: 'GB 11643-1999（公民身份号码唯一）',
  hint: '核对姓名与证件号码是否对应',
  check(ctx) {
    for (const list of everyone(ctx).values()) {
      const first = list[0];
      for (const o of list.slice(1)) {
        if (!o.name || !first.name || o.name === first.name || normaliseLabel(o.name) === normaliseLabel(first.name)) continue;
        ctx.report({
          sheet: o.sheet,
          cell: o.cell,
          row: o.row,
          column: '身份证件号',
          message: `身份证件号与“${first.sheet}”${first.cell}相同，但姓名为“${o.name}”而非“${first.name}”`,
        });
      }
    }
  },
};

const AGE_CHECKED = new Set(['examiners', 'experts', 'supervisors']);
const MIN_AGE = 18;
const MAX_AGE = 75;

export const implausibleAge: Rule = rowWiseRule(
  {
    id: 'person.age',
    title: '考评人员、专家、督导员年龄不在 18–75 岁之间',
    profiles: 'all',
    severity: 'warning',
    basis: DATA_QUALITY,
    hint: '核对证件号码中的出生日期',
  },
  {
    table(ctx, t) {
      if (!AGE_CHECKED.has(t.kind)) return null;
      const ids = idResults(ctx, t);
      return {
        key: '',
        row(row) {
          const id = ids.get(row);
          if (!id?.ok || !id.birthDate) return;
          const age = ageOn(id.birthDate, ctx.options.today);
          if (age < MIN_AGE || age > MAX_AGE) {
            ctx.report({ ...ctx.at(t, row, 'idNumber'), message: `${t.text(row, 'name') || '此人'}按证件号码计算为 ${age} 岁，不在 ${MIN_AGE}–${MAX_AGE} 岁之间` });
          }
        },
      };
    },
  },
);
