import { checkSetup, type CheckRequest, type CheckResult, type CheckSetup } from '../check';
import type { Rect } from '../model/range';
import type { RecognisedWorkbook } from '../model/table';
import type { Workbook } from '../model/workbook';
import { recognise } from '../recognise/recognise';
import { refreshRecognition, type SheetEdit } from '../recognise/refresh';
import { applicableRules, mergeOutcomes, runRule, type Memos, type RuleOutcome } from '../rules/engine';
import { countFindings } from '../rules/finding';
import { ALL_RULES } from '../rules/registry';
import type { Rule } from '../rules/rule';
import { EVERY_COLUMN, Reads, ReadTracker, TABLE_ROWS } from './reads';

export type { SheetEdit } from '../recognise/refresh';

/**
 * The check a host keeps while the clerk edits (Excel's task pane, WPS):
 * each rule's findings and what it read, so that after an edit only the
 * rules that read an edited column run again, and shared memos whose
 * inputs did not change are kept. The result equals a fresh check of the
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
  private memos: Memos = new Map();
  private memoReads = new Map<string, Reads>();
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
    this.outcomes = [];
    this.reads = [];
    const view = this.tracker.view(this.book);
    this.rules.forEach((_, i) => this.run(i, view));
    return this.finish();
  }

  /** The rules (by index) that read a cell of an edit, or the rows of a table whose rows changed. */
  touched(edits: readonly SheetEdit[], rowsChanged: ReadonlySet<string> = new Set()): number[] {
    return this.rules.flatMap((_, i) => (touches(this.reads[i], edits, rowsChanged) ? [i] : []));
  }

  /** The check after cells were edited in place; re-runs only the rules that read them. */
  update(edits: readonly SheetEdit[]): CheckResult {
    // 机构信息 decides the profile and business type, and a header what a sheet is: those start over.
    const refreshed = refreshRecognition(this.book, edits);
    if (!refreshed) return this.full();
    this.book = refreshed.book;
    const again = this.touched(edits, refreshed.rowsChanged);
    if (!again.length) return this.result;
    for (const [key, reads] of this.memoReads) {
      if (touches(reads, edits, refreshed.rowsChanged)) {
        this.memos.delete(key);
        this.memoReads.delete(key);
      }
    }
    const view = this.tracker.view(this.book);
    for (const i of again) this.run(i, view);
    return this.finish();
  }

  private run(i: number, view: RecognisedWorkbook): void {
    const reads = new Reads();
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
    const { profile, business, options } = this.setup;
    this.outcomes[i] = this.tracker.into(reads, () => runRule(this.rules[i], view, profile, business, options, this.memos, memo));
    this.reads[i] = reads;
  }

  private finish(): CheckResult {
    const findings = mergeOutcomes(this.outcomes, this.workbook.sheets.map((s) => s.name));
    this.result = { profile: this.setup.profile, business: this.setup.business, summary: countFindings(findings), findings };
    return this.result;
  }
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
