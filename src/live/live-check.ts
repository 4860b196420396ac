import { checkSetup, type CheckRequest, type CheckResult, type CheckSetup } from '../check';
import { parseRange, type Rect } from '../model/range';
import { lowerBound } from '../model/sorted';
import type { RecognisedWorkbook, Table } from '../model/table';
import type { Workbook } from '../model/workbook';
import { recognise } from '../recognise/recognise';
import { refreshRecognition, type SheetEdit } from '../recognise/refresh';
import { applicableRules, groupRows, MAX_FINDINGS_PER_RULE, mergeOutcomes, rowValues, runRule, type Memos, type RuleOutcome, type RunHooks } from '../rules/engine';
import { countFindings } from '../rules/finding';
import { ALL_RULES } from '../rules/registry';
import type { Rule } from '../rules/rule';
import { EVERY_COLUMN, Reads, ReadTracker, TABLE_ROWS } from './reads';

export type { SheetEdit } from '../recognise/refresh';

/** What a row-wise rule's check of one table read, and the key its row check had. */
interface Part {
  reads: Reads;
  key: string | null;
}

/** A memo of a table's rows, and how to bring edited rows of it up to date. */
interface RowMemo {
  sheet: string;
  patch(table: Table, rows: readonly number[]): void;
}

/**
 * The check a host keeps while the clerk edits (Excel's task pane, WPS):
 * each rule's findings and what it read, so that after an edit only the
 * rules that read an edited column run again, and shared memos whose
 * inputs did not change are kept. A row-wise rule runs again over the
 * edited rows alone, and a memo of a table's rows computes those rows
 * again: after one edited cell of a 100,000-row roster, one row is
 * checked, not the roster. The result equals a fresh check of the
 * edited workbook; hosts decide what an edit is (cells changed in place)
 * and call {@link LiveCheck.full} for anything else (sheets added, rows
 * inserted, a sheet re-read).
 */
export class LiveCheck {
  private setup!: CheckSetup;
  private book!: RecognisedWorkbook;
  private rules: Rule[] = [];
  private outcomes: RuleOutcome[] = [];
  private reads: Reads[] = [];
  /** Per row-wise rule: each table's part by sheet, and what the rest of the rule read. */
  private parts: Map<string, Part>[] = [];
  private restReads: Reads[] = [];
  private memos: Memos = new Map();
  private memoReads = new Map<string, Reads>();
  private rowMemos = new Map<string, RowMemo>();
  private readonly tracker = new ReadTracker();
  result!: CheckResult;

  /** `recognised` saves recognising a workbook the host has just recognised (to refuse one with no filing sheet). */
  constructor(
    private workbook: Workbook,
    private readonly req: CheckRequest,
    recognised?: RecognisedWorkbook,
  ) {
    this.full(workbook, recognised);
  }

  /** The recognition the last result was made from. */
  get recognised(): RecognisedWorkbook {
    return this.book;
  }

  /** Checks the whole workbook again (after edits a host cannot describe as cells changed in place). */
  full(workbook: Workbook = this.workbook, recognised?: RecognisedWorkbook): CheckResult {
    this.workbook = workbook;
    this.book = recognised ?? recognise(workbook);
    this.setup = checkSetup(this.book, this.req);
    this.rules = applicableRules(ALL_RULES, this.setup.profile, this.setup.business);
    this.memos = new Map();
    this.memoReads = new Map();
    this.rowMemos = new Map();
    this.outcomes = [];
    this.reads = [];
    this.parts = [];
    this.restReads = [];
    const view = this.tracker.view(this.book);
    this.rules.forEach((_, i) => this.run(i, view));
    return this.finish();
  }

  /** The rules (by index) that read a cell of an edit, or the rows of a table whose rows changed. */
  touched(edits: readonly SheetEdit[], rowsChanged: ReadonlySet<string> = new Set()): number[] {
    return this.rules.flatMap((_, i) => (touches(this.reads[i], edits, rowsChanged) ? [i] : []));
  }

  /** The check after cells were edited in place; re-runs only the rules that read them, row-wise ones over the edited rows. */
  update(edits: readonly SheetEdit[]): CheckResult {
    // 机构信息 decides the profile and business type, and a header what a sheet is: those start over.
    const refreshed = refreshRecognition(this.book, edits);
    if (!refreshed) return this.full();
    this.book = refreshed.book;
    const { rowsChanged } = refreshed;
    const again = this.touched(edits, rowsChanged);
    if (!again.length) return this.result;
    const view = this.tracker.view(this.book);
    const tables = new Map(view.tables.map((t) => [t.sheet.name, t]));
    const patch: string[] = [];
    for (const [key, reads] of this.memoReads) {
      if (!touches(reads, edits, rowsChanged)) continue;
      const rm = this.rowMemos.get(key);
      if (rm && rowScope(reads, rm.sheet, edits, rowsChanged, tables)) patch.push(key);
      else {
        this.memos.delete(key);
        this.memoReads.delete(key);
        this.rowMemos.delete(key);
      }
    }
    for (const key of patch) {
      const rm = this.rowMemos.get(key)!;
      const rows = rowScope(this.memoReads.get(key)!, rm.sheet, edits, rowsChanged, tables)!;
      this.tracker.into(this.memoReads.get(key)!, () => rm.patch(tables.get(rm.sheet)!, rows));
    }
    for (const i of again) if (!this.runRows(i, view, edits, rowsChanged, tables)) this.run(i, view);
    return this.finish();
  }

  private hooks(): RunHooks {
    const memo = <T>(key: string, compute: () => T): T => {
      if (!this.memos.has(key)) {
        const own = new Reads();
        this.memos.set(key, this.tracker.into(own, compute));
        this.memoReads.set(key, own);
      }
      // A memo's inputs are inputs of every rule (or memo) that uses it.
      this.tracker.current.addAll(this.memoReads.get(key)!);
      return this.memos.get(key) as T;
    };
    return {
      memo,
      rowMemo: (key, table, each) =>
        memo(key, () => {
          const values = rowValues(table, each);
          this.rowMemos.set(key, {
            sheet: table.sheet.name,
            patch(t, rows) {
              const one = each(t);
              for (const row of rows) values.set(row, one(row));
            },
          });
          return values;
        }),
      rowGroups: (key, table, keyOf) =>
        memo(key, () => {
          const keys = new Map<number, string>();
          const first = keyOf(table);
          const groups = groupRows(table.rows, (row) => {
            const k = first(row);
            keys.set(row, k);
            return k;
          });
          this.rowMemos.set(key, {
            sheet: table.sheet.name,
            patch(t, rows) {
              const one = keyOf(t);
              for (const row of rows) regroup(groups, keys, row, one(row));
            },
          });
          return groups;
        }),
    };
  }

  private run(i: number, view: RecognisedWorkbook): void {
    // Reads inside a table's part go to the part, the rest to `rest`.
    const rest = new Reads();
    const parts = new Map<string, Part>();
    const hooks: RunHooks = {
      ...this.hooks(),
      table: (sheet, part) => {
        const p: Part = { reads: new Reads(), key: null };
        p.key = this.tracker.into(p.reads, part);
        parts.set(sheet, p);
      },
    };
    const { profile, business, options } = this.setup;
    this.outcomes[i] = this.tracker.into(rest, () => runRule(this.rules[i], view, profile, business, options, this.memos, hooks));
    const reads = new Reads();
    reads.addAll(rest);
    for (const p of parts.values()) reads.addAll(p.reads);
    this.reads[i] = reads;
    this.parts[i] = parts;
    this.restReads[i] = rest;
  }

  /**
   * Runs a row-wise rule over the edited rows of the tables whose parts
   * read them, keeping its findings elsewhere; false when it must run
   * whole: it is not row-wise, an edit reached it through another sheet
   * or its whole-workbook part, a table's key changed, or its findings
   * reach the listed bound.
   */
  private runRows(i: number, view: RecognisedWorkbook, edits: readonly SheetEdit[], rowsChanged: ReadonlySet<string>, tables: ReadonlyMap<string, Table>): boolean {
    const rule = this.rules[i];
    const before = this.outcomes[i];
    if (!rule.rowWise || before.unlisted.size || touches(this.restReads[i], edits, rowsChanged)) return false;
    const scope = new Map<string, number[]>();
    const scoped = new Map<string, Set<number>>();
    for (const [sheet, part] of this.parts[i]) {
      if (!touches(part.reads, edits, rowsChanged)) continue;
      const rows = rowScope(part.reads, sheet, edits, rowsChanged, tables);
      // Past a quarter of the table, checking it whole costs about as much.
      if (!rows || rows.length > tables.get(sheet)!.rows.length / 4) return false;
      scope.set(sheet, rows);
      scoped.set(sheet, new Set(rows));
    }
    let keysKept = true;
    const hooks: RunHooks = {
      ...this.hooks(),
      rows: scope,
      table: (sheet, part) => {
        const p = this.parts[i].get(sheet)!;
        if (this.tracker.into(p.reads, part) !== p.key) keysKept = false;
      },
    };
    const { profile, business, options } = this.setup;
    const reads = this.reads[i];
    const rows = this.tracker.into(reads, () => runRule(rule, view, profile, business, options, this.memos, hooks));
    for (const p of this.parts[i].values()) reads.addAll(p.reads);
    if (!keysKept || rows.unlisted.size) return false;
    const findings = before.findings.filter((f) => !(f.sheet !== null && f.row !== null && scoped.get(f.sheet)?.has(f.row))).concat(rows.findings);
    if (findings.length > MAX_FINDINGS_PER_RULE) return false;
    this.outcomes[i] = { rule, findings, unlisted: before.unlisted };
    return true;
  }

  private finish(): CheckResult {
    const findings = mergeOutcomes(this.outcomes, this.workbook.sheets.map((s) => s.name));
    this.result = { profile: this.setup.profile, business: this.setup.business, summary: countFindings(findings), findings };
    return this.result;
  }
}

/**
 * The data rows of `sheet`'s table that edits touching `reads` changed,
 * when all of them are cells of that table edited in place: not on
 * another sheet, no rows changed kind, no merged range across them (a
 * merged value belongs to every row it covers). Null otherwise.
 */
function rowScope(reads: Reads, sheet: string, edits: readonly SheetEdit[], rowsChanged: ReadonlySet<string>, tables: ReadonlyMap<string, Table>): number[] | null {
  const t = tables.get(sheet);
  if (!t || rowsChanged.has(sheet)) return null;
  const rows = new Set<number>();
  for (const e of edits) {
    if (!touches(reads, [e], rowsChanged)) continue;
    if (e.sheet !== sheet || t.sheet.merges.some((m) => crossesRows(parseRange(m), e.rect))) return null;
    for (const row of dataRows(t, e.rect)) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}

/** Moves a row from its group to the group of its new key, keeping each group's rows ascending. */
function regroup(groups: Map<string, number[]>, keys: Map<number, string>, row: number, key: string): void {
  const old = keys.get(row) ?? '';
  if (old === key) return;
  keys.set(row, key);
  if (old) {
    const g = groups.get(old)!;
    g.splice(g.indexOf(row), 1);
    if (!g.length) groups.delete(old);
  }
  if (!key) return;
  const g = groups.get(key);
  if (!g) groups.set(key, [row]);
  else g.splice(lowerBound(g, row), 0, row);
}

function crossesRows(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2;
}

/** The table's data rows within a rectangle's rows (binary search: they ascend). */
function dataRows(t: Table, rect: Rect): number[] {
  const out: number[] = [];
  for (let k = lowerBound(t.rows, rect.r1); k < t.rows.length && t.rows[k] <= rect.r2; k++) out.push(t.rows[k]);
  return out;
}
function touches(reads: Reads, edits: readonly SheetEdit[], rowsChanged: ReadonlySet<string>): boolean {
  if (reads.all) return true;
  for (const e of edits) {
    const cols = reads.sheets.get(e.sheet);
    if (!cols) continue;
    if (cols.has(EVERY_COLUMN) || (rowsChanged.has(e.sheet) && cols.has(TABLE_ROWS)) || readsColumn(cols, e.rect)) return true;
  }
  return false;
}

function readsColumn(cols: ReadonlySet<number>, rect: Rect): boolean {
  for (const c of cols) if (c >= rect.c1 && c <= rect.c2) return true;
  return false;
}
