import type { HolidayData } from '../calendar';
import type { BusinessType, FieldKey, SheetKind } from '../model/schema';
import type { RecognisedWorkbook, Table } from '../model/table';
import type { Profile, ProfileId } from '../profiles/profiles';
import type { Severity } from '../model/severity';
import type { Basis } from './basis';
import type { Finding } from './finding';

/** What a rule supplies when it reports; the engine fills in the rest from the rule. */
export interface FindingInput {
  message: string;
  /** Defaults to the rule's id; a rule that runs validators reports under their codes. */
  rule?: string;
  severity?: Severity;
  sheet?: string | null;
  cell?: string | null;
  row?: number | null;
  column?: string | null;
  basis?: string;
  hint?: string | null;
  range?: string;
}

export interface CheckOptions {
  /** The day the check is made (UTC midnight); deadlines and ages count from it. */
  today: Date;
  /** Extra holiday data in chinese-days' shape, for years the package does not cover yet. */
  holidays?: HolidayData;
}

export interface RuleContext {
  readonly book: RecognisedWorkbook;
  readonly profile: Profile;
  readonly business: BusinessType;
  readonly options: CheckOptions;
  report(f: FindingInput): void;
  /** Where a finding about one cell of a table points. */
  at<K extends SheetKind>(table: Table<K>, row: number, field: FieldKey<K>): Pick<Finding, 'sheet' | 'cell' | 'row' | 'column'>;
  /** Derived data shared by several rules (e.g. parsed rosters), computed once per check. */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Derived data of each data row of a table, by row, computed once per
   * check; `each` gives a table's function of one row, which reads that row
   * alone, so that a live check computes only edited rows again.
   */
  rowMemo<T>(key: string, table: Table, each: RowFunction<T>): ReadonlyMap<number, T>;
  /**
   * A table's data rows grouped by a key of each row (rows ascending within
   * a group; rows keyed '' left out), computed once per check; a live check
   * moves only edited rows between groups. Groups come in no set order.
   */
  rowGroups(key: string, table: Table, keyOf: RowFunction<string>): ReadonlyMap<string, readonly number[]>;
}

/** For a table, the function of one of its rows (set up once per table). */
export type RowFunction<T> = (table: Table) => (row: number) => T;

/** A row-wise rule's check of one table: what it derived from the whole table, and the check of one row. */
export interface RowCheck {
  /** What the check took from the table as a whole (for example which columns it requires); a live check starts over when it changes. */
  key: string;
  /** Reports the findings of one data row, each at that row. */
  row(row: number): void;
}

/**
 * A rule whose findings about a table's row depend on that row's cells
 * (and on shared data): per table its row check, and the findings about
 * the rest of the workbook (机构信息). A live re-check after cells of a
 * few rows changed runs the row check over those rows only.
 */
export interface RowWise {
  table(ctx: RuleContext, table: Table): RowCheck | null;
  rest?(ctx: RuleContext): void;
}

/**
 * A rule is data plus one small function: the catalogue (`beian rules`,
 * docs/rules.md) is printed from the data, the engine runs the function.
 */
export interface Rule {
  id: string;
  /** Short Chinese name for the catalogue. */
  title: string;
  /** Profiles it applies to; 'all' for the generic rules. */
  profiles: readonly ProfileId[] | 'all';
  /** Business types it applies to; absent means every type. */
  business?: readonly BusinessType[];
  severity: Severity;
  /** The clause findings cite; per document or profile when each filing must cite its own. */
  basis: Basis;
  hint?: string;
  /**
   * Other rule ids the function may report under, for the catalogue: validator
   * codes by id (the validator catalogue describes them), the rule's own
   * variants with their description.
   */
  emits?: readonly (string | EmittedCode)[];
  /** Every finding carries one of `emits`, never the rule's own id, so the catalogue lists only those. */
  umbrella?: true;
  check(ctx: RuleContext): void;
  /** Set by {@link rowWiseRule}: the same check, table by table and row by row. */
  rowWise?: RowWise;
}

/** A rule checked row by row: its `check` runs every table's row check over every data row, then the rest. */
export function rowWiseRule(rule: Omit<Rule, 'check' | 'rowWise'>, rowWise: RowWise): Rule {
  return {
    ...rule,
    rowWise,
    check(ctx) {
      for (const t of ctx.book.tables) {
        const c = rowWise.table(ctx, t);
        if (c) for (const row of t.rows) c.row(row);
      }
      rowWise.rest?.(ctx);
    },
  };
}

/** A finding id a rule reports under besides its own, as the catalogue lists it. */
export interface EmittedCode {
  id: string;
  title: string;
  severity: Severity;
  basis: Basis;
}

/** A jurisdiction's (or the generic) set of rules. Adding a jurisdiction is adding a pack. */
export interface RulePack {
  id: string;
  title: string;
  rules: readonly Rule[];
}
