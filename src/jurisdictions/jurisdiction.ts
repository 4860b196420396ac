import type { BusinessType, SheetKind } from '../model/schema';
import type { Severity } from '../model/severity';
import type { MaterialsTable } from '../materials/types';
import type { Profile } from '../profiles/profile';
import type { Basis } from '../rules/basis';
import type { Coverage } from '../rules/coverage';
import type { RulePack } from '../rules/rule';
import type { Source } from '../sources/source';
import type { ProfileId } from '.';

/**
 * Everything beian knows of one document and the place it governs, kept in
 * the document's own folder: the registry (index.ts) lists these, and the
 * rest of beian reads them from there.
 */
export interface Jurisdiction {
  source: Source;
  profiles: readonly Profile[];
  /** The document's own rules, run beside the generic ones. */
  rules: RulePack;
  /** Every requirement of the document a workbook could show, and which rule checks it. */
  coverage: Coverage;
  /** The 申请材料 list per profile and business type. */
  materials: MaterialsTable;
  /** The clause that says what a filing consists of, for findings about the materials and sheets as a whole. */
  materialsBasis: Basis;
  /** Where the document lists other materials for a later business type. */
  materialsBasisByBusiness?: Partial<Record<BusinessType, string>>;
  /** Sheets beyond the required ones that the template still carries, because the document asks about them. */
  templateSheets: readonly SheetKind[];
  /**
   * Where the document limits occupations to the 大典's skill categories 3–6,
   * and how much an occupation outside them weighs; absent when its
   * certificates are named by their own standards, not by 大典 occupations.
   */
  skillScope?: { basis: Basis; severity: Severity };
  /** Clauses of this document behind rules every filing runs, by rule id. */
  genericBasis?: Readonly<Record<string, Basis>>;
  /** What an office's batch checks across the filings this document governs. */
  batch?: BatchRules;
}

/** Rules an office's batch applies across the workbooks it received. */
export interface BatchRules {
  /** 原则上 no more than `cap` organisations of `profile` per occupation in one `area` (a city or 师市). */
  cap?: { profile: ProfileId; cap: number; rule: string; basis: string; area: string };
  /** A filing is renewed `days` before it ends (`ahead` says so as the clause does). */
  renewal?: { days: number; ahead: string; basis: string };
  /** The clause naming the lending of one's filing (租借备案资质) as a ground for termination. */
  lending?: string;
  /** The clause ending a filing after a year without evaluations. */
  inactivity?: string;
  /**
   * The clause by which the office cancels a filing whose period ended with
   * no renewal applied for, or that evaluated nobody for a year: the office
   * documents then list it for cancellation.
   */
  cancellation?: string;
  /** At renewal, occupations in which nobody was evaluated leave the filing's scope. */
  dropIdleAtRenewal?: boolean;
}
