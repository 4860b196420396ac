import type { FormDef } from '../forms/common';
import type { MaterialsTable } from '../materials/types';
import type { Profile } from '../profiles/profile';
import type { Coverage } from '../rules/coverage';
import type { RulePack } from '../rules/rule';
import type { Source } from '../sources/source';

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
  /** The official forms only this document asks for; the common ones are in src/forms. */
  forms: readonly FormDef[];
}
