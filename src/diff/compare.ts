import { displayText } from '../model/cell';
import { sheetDef, type OrgKey, type SheetKind } from '../model/schema';
import type { RecognisedWorkbook, Table } from '../model/table';
import { maskId } from '../validate/gb11643-id';
import { findOccupationByName, lookupOccupation, validateOccupationCode } from '../validate/occupations';

/** One item whose value differs between the two filings. */
export interface FieldChange {
  field: string;
  /** The item's name as the workbook's layout heads it. */
  label: string;
  before: string;
  after: string;
}

/** A row (an occupation, a person, a piece of equipment…) found in both filings with some values changed. */
export interface RowChange {
  label: string;
  fields: FieldChange[];
  /** Why the change matters, when it can be told (an occupation now under its 大典 name). */
  note?: string;
}

export type GroupId = 'occupations' | 'staff' | 'examiners' | 'experts' | 'supervisors' | 'equipment' | 'questionBank';

export interface GroupDiff {
  group: GroupId;
  title: string;
  added: string[];
  removed: string[];
  changed: RowChange[];
}

/** What changed from an earlier filing of an organisation to a later one. */
export interface FilingDiff {
  orgName: { before: string; after: string };
  creditCode: string;
  basic: FieldChange[];
  groups: GroupDiff[];
  /** Changed items, rows added, removed and changed, over all groups. */
  total: number;
}

/** A cell of the later filing that differs from the earlier one: what it held then, or null for a row the earlier filing lacks. */
export interface ChangedCell {
  sheet: string;
  /** A1 address, as the later workbook has it. */
  cell: string;
  before: string | null;
}

/** Two workbooks that are not filings of one organisation (their credit codes differ). */
export class DifferentOrganisations extends Error {
  constructor(
    readonly before: string,
    readonly after: string,
  ) {
    super(`两个工作簿的统一社会信用代码不同（${before}、${after}），不是同一机构的备案，无法比较`);
  }
}

/**
 * 机构信息 items that describe the organisation. The business type, the rules
 * that apply and the dates of the application itself differ between any two
 * filings and are not changes of the organisation.
 */
const NOT_COMPARED = new Set(['business', 'profile', 'applyDate', 'noticeStart']);

/** Fields that identify a row rather than describe it. */
const ROW_IGNORED = new Set(['serial']);

const text = (v: Parameters<typeof displayText>[0]) => displayText(v).trim();
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** A text by key, own keys only: a key read from a file is never Object's own. */
const own = (r: Readonly<Record<string, string>>, k: string): string => (Object.hasOwn(r, k) ? r[k] : '');

/** An item's value as a snapshot keeps it: an ID number masked. */
const keptAs = (type: string) => (v: string) => (type === 'id' && v ? maskId(fold(v)) : v);

/**
 * 机构信息 items as the snapshot keeps them: an ID number (法定代表人身份证号)
 * masked as the roster's people are, since the office's JSON and lists carry
 * snapshots and their changes.
 */
function orgItems(book: RecognisedWorkbook): { basic: Record<string, string>; declared: Record<string, string> } {
  const basic: [string, string][] = [];
  const declared: [string, string][] = [];
  for (const f of sheetDef('org').fields) {
    if (NOT_COMPARED.has(f.key)) continue;
    const kept = keptAs(f.type);
    const v = book.org?.text(f.key) ?? '';
    if (v) basic.push([f.key, kept(v)]);
    const b = text(book.org?.before(f.key) ?? null);
    if (b) declared.push([f.key, kept(b)]);
  }
  return { basic: Object.fromEntries(basic), declared: Object.fromEntries(declared) };
}

function compareBasic(before: FilingSnapshot, after: FilingSnapshot): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of sheetDef('org').fields) {
    if (NOT_COMPARED.has(f.key)) continue;
    // An earlier batch's JSON may hold an ID number in full: compared and shown masked.
    const b = keptAs(f.type)(own(before.basic, f.key));
    const a = keptAs(f.type)(own(after.basic, f.key));
    if (fold(b) !== fold(a)) out.push({ field: f.key, label: f.header, before: b, after: a });
  }
  return out;
}

/** A group's rows by key, each field's values over the rows sharing a key (a person examining two occupations is one person). */
export interface KeyedRow {
  label: string;
  values: Record<string, string>;
}

interface GroupSpec {
  group: GroupId;
  kind: SheetKind;
  title: string;
  key(t: Table, row: number): string;
  label(t: Table, row: number): string;
  /** Fields that make the key; a difference in them is never a change but another row. */
  keyFields: readonly string[];
}

/** A group's item as read from its workbook: its values, and the rows it takes there (for marking what changed). */
interface ReadItem {
  label: string;
  values: Map<string, string>;
  at: { t: Table; r: number }[];
}

function collect(book: RecognisedWorkbook, spec: GroupSpec): Map<string, ReadItem> {
  const fields = sheetDef(spec.kind).fields.filter((f) => !ROW_IGNORED.has(f.key) && !spec.keyFields.includes(f.key));
  const out = new Map<string, ReadItem>();
  for (const t of book.tablesOf(spec.kind)) {
    for (const r of t.rows) {
      const key = spec.key(t, r);
      if (!key) continue;
      const k = out.get(key) ?? { label: spec.label(t, r), values: new Map<string, string>(), at: [] };
      k.at.push({ t, r });
      for (const f of fields) {
        if (!t.has(f.key)) continue;
        const v = text(t.value(r, f.key));
        if (!v) continue;
        const prev = k.values.get(f.key);
        if (!prev) k.values.set(f.key, v);
        else if (!prev.split('、').includes(v)) k.values.set(f.key, `${prev}、${v}`);
      }
      out.set(key, k);
    }
  }
  return out;
}

/** Every group's items of a workbook, read once. */
function collectGroups(book: RecognisedWorkbook): Map<GroupId, Map<string, ReadItem>> {
  return new Map(GROUPS.map((g) => [g.group, collect(book, g)]));
}

function compareGroup(before: FilingSnapshot, after: FilingSnapshot, spec: GroupSpec): GroupDiff {
  const b = new Map(Object.entries(before.groups[spec.group] ?? {}));
  const a = new Map(Object.entries(after.groups[spec.group] ?? {}));
  const def = sheetDef(spec.kind);
  const changed: RowChange[] = [];
  for (const [key, now] of a) {
    const was = b.get(key);
    if (!was) continue;
    const fields: FieldChange[] = [];
    for (const f of def.fields) {
      const x = own(was.values, f.key);
      const y = own(now.values, f.key);
      if (fold(x) !== fold(y)) fields.push({ field: f.key, label: f.header, before: x, after: y });
    }
    if (fields.length) changed.push({ label: now.label, fields, ...(spec.group === 'occupations' ? occupationNote(key, fields) : {}) });
  }
  return {
    group: spec.group,
    title: spec.title,
    added: [...a].filter(([k]) => !b.has(k)).map(([, v]) => v.label),
    removed: [...b].filter(([k]) => !a.has(k)).map(([, v]) => v.label),
    changed,
  };
}

/** An occupation kept under its code but renamed to the name the 大典 (2022年版) gives it. */
function occupationNote(key: string, fields: FieldChange[]): { note?: string } {
  const renamed = fields.find((f) => f.field === 'occupationName');
  const code = key.split('|')[0];
  const names = lookupOccupation(code)?.names ?? [];
  if (!renamed || !names.length) return {};
  const official = (s: string) => names.some((n) => fold(n) === fold(s));
  return official(renamed.after) && !official(renamed.before) ? { note: '改用《中华人民共和国职业分类大典（2022年版）》名称' } : {};
}

/** An occupation's code as the 大典 writes it; a row without one is matched by the code its name has in the 大典, else by its name. */
function occupationKey(t: Table, r: number): string {
  const name = t.text(r, 'occupationName');
  const written = t.value(r, 'occupationCode');
  let code = validateOccupationCode(written).value ?? '';
  if (!code && name) {
    const found = findOccupationByName(name);
    code = found.length === 1 ? found[0] : fold(name);
  }
  return code ? `${code}|${fold(t.text(r, 'workType'))}` : '';
}

const joined = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** A person's ID as printed in a change list: the first 6 and last 4 characters (ID numbers are personal data). */
function personLabel(t: Table, r: number): string {
  const id = t.text(r, 'idNumber');
  return id ? `${t.text(r, 'name')}（${maskId(fold(id))}）` : t.text(r, 'name');
}

/**
 * People are matched by ID number, so a person whose name was corrected is
 * one change; without an ID, by name. The key keeps the first 6 and last 4
 * characters only, as the office batch's JSON keeps a filing from year to
 * year without birth dates.
 */
function personKey(t: Table, r: number): string {
  const id = fold(t.text(r, 'idNumber'));
  return id ? `id:${maskId(id)}` : t.text(r, 'name') ? `name:${fold(t.text(r, 'name'))}` : '';
}

const person = (group: GroupId & SheetKind, title: string): GroupSpec => ({ group, kind: group, title, key: personKey, label: personLabel, keyFields: ['idNumber'] });

const GROUPS: readonly GroupSpec[] = [
  {
    group: 'occupations',
    kind: 'occupations',
    title: '申请职业（工种）',
    key: occupationKey,
    label: (t, r) => joined(t.text(r, 'occupationCode'), t.text(r, 'occupationName'), t.text(r, 'workType') && `（${t.text(r, 'workType')}）`),
    keyFields: ['occupationCode'],
  },
  person('staff', '工作人员'),
  person('examiners', '考评人员'),
  person('experts', '专家'),
  person('supervisors', '内部质量督导员'),
  {
    group: 'equipment',
    kind: 'equipment',
    title: '场地、设施设备',
    key: (t, r) => (t.text(r, 'itemName') ? `${fold(t.text(r, 'occupation'))}|${fold(t.text(r, 'itemName'))}` : ''),
    label: (t, r) => joined(t.text(r, 'occupation'), t.text(r, 'itemName')),
    keyFields: ['occupation', 'itemName'],
  },
  {
    group: 'questionBank',
    kind: 'questionBank',
    title: '题库',
    key: (t, r) => (t.text(r, 'occupation') ? `${fold(t.text(r, 'occupation'))}|${fold(t.text(r, 'level'))}` : ''),
    label: (t, r) => joined(t.text(r, 'occupation'), t.text(r, 'level')),
    keyFields: ['occupation', 'level'],
  },
];

/** A filing reduced to what two filings are compared on: plain data, which the office batch keeps and its JSON records. */
export interface FilingSnapshot {
  orgName: string;
  creditCode: string;
  /** 机构信息 items as written, by field; the business type, the rules and the application's own dates left out. */
  basic: Record<string, string>;
  /** 机构信息's 变更前 column where the filing filled it: what a 信息变更 says it changes. */
  declared: Record<string, string>;
  /** Each group's rows by key. */
  groups: Partial<Record<GroupId, Record<string, KeyedRow>>>;
}

export function filingSnapshot(book: RecognisedWorkbook): FilingSnapshot {
  return snapshotOf(book, collectGroups(book));
}

/** A filing's snapshot as JSON text, how the office batch holds each filing (see CheckedSubmission.filing). */
export function snapshotText(book: RecognisedWorkbook): string {
  return JSON.stringify(filingSnapshot(book));
}

export function readSnapshot(text: string): FilingSnapshot {
  return JSON.parse(text) as FilingSnapshot;
}

function snapshotOf(book: RecognisedWorkbook, groups: Map<GroupId, Map<string, ReadItem>>): FilingSnapshot {
  return {
    orgName: book.org?.text('orgName') ?? '',
    creditCode: fold(book.org?.text('creditCode') ?? ''),
    ...orgItems(book),
    groups: Object.fromEntries(
      [...groups].map(([group, items]) => [group, Object.fromEntries([...items].map(([key, k]) => [key, { label: k.label, values: Object.fromEntries(k.values) }]))]),
    ),
  };
}

/**
 * The changes from `before` to `after`, two filings of one organisation. A
 * renamed organisation keeps its credit code, so a name change is compared;
 * two different credit codes are two organisations and are refused.
 */
export function compareSnapshots(before: FilingSnapshot, after: FilingSnapshot): FilingDiff {
  if (before.creditCode && after.creditCode && before.creditCode !== after.creditCode) throw new DifferentOrganisations(before.creditCode, after.creditCode);
  const basic = compareBasic(before, after);
  const groups = GROUPS.map((g) => compareGroup(before, after, g));
  const total = basic.length + groups.reduce((n, g) => n + g.added.length + g.removed.length + g.changed.length, 0);
  return {
    orgName: { before: before.orgName, after: after.orgName },
    creditCode: after.creditCode || before.creditCode,
    basic,
    groups,
    total,
  };
}

export function compareFilings(before: RecognisedWorkbook, after: RecognisedWorkbook): FilingDiff {
  return compareSnapshots(filingSnapshot(before), filingSnapshot(after));
}

/**
 * The changes and, for marking them, the cells of `after` they are in: a
 * changed item at each row it takes, every filled cell of a row the earlier
 * filing lacks.
 */
export function compareWithCells(before: RecognisedWorkbook, after: RecognisedWorkbook): { diff: FilingDiff; cells: ChangedCell[] } {
  const was = filingSnapshot(before);
  const laterItems = collectGroups(after);
  const now = snapshotOf(after, laterItems);
  const diff = compareSnapshots(was, now);
  const cells: ChangedCell[] = [];
  for (const c of diff.basic) {
    // A basic change's field is one of 机构信息's own keys: compareBasic walks them.
    const at = after.org?.address(c.field as OrgKey);
    if (at) cells.push({ sheet: after.org!.sheet.name, cell: at, before: c.before });
  }
  for (const spec of GROUPS) {
    const fields = sheetDef(spec.kind).fields;
    const earlier = was.groups[spec.group] ?? {};
    const later = now.groups[spec.group] ?? {};
    for (const [key, item] of laterItems.get(spec.group) ?? []) {
      const prev = Object.hasOwn(earlier, key) ? earlier[key] : null;
      for (const { t, r } of item.at) {
        for (const f of fields) {
          const at = t.has(f.key) ? t.address(r, f.key) : null;
          if (!at) continue;
          if (prev === null) {
            if (text(t.value(r, f.key))) cells.push({ sheet: t.sheet.name, cell: at, before: null });
            continue;
          }
          const x = own(prev.values, f.key);
          if (fold(x) !== fold(own(later[key].values, f.key))) cells.push({ sheet: t.sheet.name, cell: at, before: x });
        }
      }
    }
  }
  return { diff, cells };
}
