import type { FieldKey } from '../../model/schema';
import { normaliseLabel } from '../../model/label';
import { occupationCodeKey, occupationNameKey } from '../../model/occupation-key';
import type { Table } from '../../model/table';
import type { RuleContext } from '../rule';

/** One row of 申请职业（工种）: what the organisation applies to evaluate. */
export interface AppliedOccupation {
  code: string;
  name: string;
  workType: string;
  /** Sheet row on 申请职业（工种）. */
  row: number;
  /** "4-04-05-05 人工智能训练师（数据标注员）", as messages name it. */
  label: string;
}

export function appliedOccupations(ctx: RuleContext): AppliedOccupation[] {
  return ctx.memo('occupations.applied', () => {
    const list: AppliedOccupation[] = [];
    for (const t of ctx.book.tablesOf('occupations')) {
      for (const row of t.rows) {
        const code = t.text(row, 'occupationCode');
        const name = t.text(row, 'occupationName');
        const workType = t.text(row, 'workType');
        if (!code && !name) continue;
        const full = workType && workType !== name ? `${name}（${workType}）` : name;
        list.push({ code, name, workType, row, label: [code, full].filter(Boolean).join(' ') });
      }
    }
    return list;
  });
}

interface OccupationIndex {
  /** Several rows share a code where a filing applies for several 工种 of one occupation. */
  byCode: Map<string, AppliedOccupation[]>;
  /** 职业名称 keys list every 工种 row of the occupation; a 工种's own name, its row. */
  byName: Map<string, AppliedOccupation[]>;
  /** Answers already given, by name and code as written: rosters repeat a few occupations many times. */
  answers: Map<string, readonly AppliedOccupation[]>;
  /** The same for whole cells, lists included. */
  lists: Map<string, OccupationMatch>;
}

function add(m: Map<string, AppliedOccupation[]>, k: string, o: AppliedOccupation): void {
  if (!k) return;
  const list = m.get(k);
  if (!list) m.set(k, [o]);
  else if (!list.includes(o)) list.push(o);
}

function index(ctx: RuleContext): OccupationIndex {
  return ctx.memo('occupations.index', () => {
    const byCode = new Map<string, AppliedOccupation[]>();
    const byName = new Map<string, AppliedOccupation[]>();
    for (const o of appliedOccupations(ctx)) {
      add(byCode, occupationCodeKey(o.code), o);
      add(byName, o.name && occupationNameKey(o.name), o);
      // "焊工（电焊工）" in the name column names the 工种 too.
      const bracketed = /\(([^()]+)\)$/.exec(normaliseLabel(o.name));
      if (bracketed) {
        add(byName, normaliseLabel(o.name), o);
        add(byName, bracketed[1], o);
      }
      if (o.workType) {
        add(byName, occupationNameKey(o.workType), o);
        add(byName, normaliseLabel(`${o.name}(${o.workType})`), o);
      }
    }
    return { byCode, byName, answers: new Map(), lists: new Map() };
  });
}

/**
 * Which applied occupations a row of another sheet belongs to: by code when
 * the sheet has one, else by name (职业名称, 工种名称 or both). Where the
 * filing applies for several 工种 under one code, the name picks the 工种;
 * a row naming the occupation itself serves each of its 工种.
 */
function matchOccupation(ctx: RuleContext, name: string, code = ''): readonly AppliedOccupation[] {
  const idx = index(ctx);
  const key = `${name}\u0000${code}`;
  const known = idx.answers.get(key);
  if (known) return known;
  const c = code && occupationCodeKey(code);
  const byName = name ? (idx.byName.get(normaliseLabel(name)) ?? idx.byName.get(occupationNameKey(name)) ?? []) : [];
  let found: readonly AppliedOccupation[] = [];
  if (c && idx.byCode.has(c)) {
    const sameCode = idx.byCode.get(c)!;
    const named = byName.filter((o) => sameCode.includes(o));
    found = sameCode.length > 1 && named.length ? named : sameCode;
  } else found = byName;
  idx.answers.set(key, found);
  return found;
}

/** What one cell names: the applied occupations it matches and the parts that match none. */
export interface OccupationMatch {
  readonly matched: readonly AppliedOccupation[];
  readonly unmatched: readonly string[];
}

/** Separators of a list of occupations in one cell, as SH 附件1/2 lay out a site serving several. */
const LIST = /[、,，;；/\n]+/;

/**
 * Every applied occupation a cell names. A site or a room serving several
 * occupations is written "人工智能训练师、电子商务师": the whole text is
 * tried first, then each part of such a list (names and codes alike).
 */
export function matchOccupations(ctx: RuleContext, name: string, code = ''): OccupationMatch {
  const lists = index(ctx).lists;
  const key = `${name}\u0000${code}`;
  let answer = lists.get(key);
  if (!answer) lists.set(key, (answer = matchList(ctx, name, code)));
  return answer;
}

/**
 * What clerks write for a room or device every occupation uses: 全部申报职业（工种）,
 * 所有职业, 各工种共用, 通用, 共用 (compared after {@link normaliseLabel}).
 */
const SHARED = /^(?:(?:全部|所有|各)(?:申报|申请)?的?(?:职业\(工种\)|职业|工种|考核项目|项目)?(?:通用|共用|公用)?|通用|共用|公用)$/;

/** Whether a cell names every occupation applied for rather than one. */
export function namesEveryOccupation(name: string): boolean {
  const k = normaliseLabel(name);
  return k.length >= 2 && SHARED.test(k);
}

function matchList(ctx: RuleContext, name: string, code: string): OccupationMatch {
  if (!code && namesEveryOccupation(name)) return { matched: appliedOccupations(ctx), unmatched: [] };
  const whole = matchOccupation(ctx, name, code);
  if (whole.length) return { matched: whole, unmatched: [] };
  const names = name ? name.split(LIST).map((s) => s.trim()).filter(Boolean) : [];
  const codes = code ? code.split(LIST).map((s) => s.trim()).filter(Boolean) : [];
  if (names.length < 2 && codes.length < 2) return { matched: [], unmatched: [[code, name].filter(Boolean).join(' ')] };
  const matched = new Set<AppliedOccupation>();
  const unmatched: string[] = [];
  // Codes decide where they match; a name is only left over when its code did not place it.
  for (const c of codes) {
    const os = matchOccupation(ctx, '', c);
    for (const o of os) matched.add(o);
    if (!os.length && !names.length) unmatched.push(c);
  }
  for (const n of names) {
    const os = matchOccupation(ctx, n);
    for (const o of os) matched.add(o);
    if (!os.length && (!codes.length || codes.every((c) => !matchOccupation(ctx, '', c).length))) unmatched.push(n);
  }
  return { matched: [...matched], unmatched };
}

/** Data rows of a table grouped by the applied occupations they name (a row naming several is in each group); unmatched rows apart. */
export function rowsByOccupation(
  ctx: RuleContext,
  table: Table,
  nameField: FieldKey = 'occupation',
  codeField: FieldKey = 'occupationCode',
): { groups: Map<AppliedOccupation, number[]>; unmatched: number[] } {
  return ctx.memo(`occupations.rows:${table.sheet.name}:${nameField}`, () => {
    const groups = new Map<AppliedOccupation, number[]>();
    const unmatched: number[] = [];
    for (const row of table.rows) {
      const { matched } = matchOccupations(ctx, table.text(row, nameField), table.text(row, codeField));
      if (!matched.length) unmatched.push(row);
      for (const o of matched) {
        const g = groups.get(o);
        if (g) g.push(row);
        else groups.set(o, [row]);
      }
    }
    return { groups, unmatched };
  });
}

/** Whether the filing applies for this name as a 工种 under this code (焊工's 电焊工 under 6-18-02-04). */
export function isAppliedWorkType(ctx: RuleContext, name: string, code: string): boolean {
  const c = occupationCodeKey(code);
  const k = occupationNameKey(name);
  return Boolean(c && k) && appliedOccupations(ctx).some((o) => o.workType && occupationCodeKey(o.code) === c && (occupationNameKey(o.workType) === k || normaliseLabel(`${o.name}(${o.workType})`) === normaliseLabel(name)));
}
