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
