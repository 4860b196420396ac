import { z } from 'zod';
import type { CheckResult } from '../check';
import type { BusinessType } from '../model/schema';
import type { RecognisedWorkbook, Table } from '../model/table';
import type { ProfileId } from '../profiles/profiles';
import { maskId } from '../validate/gb11643-id';
import type { FieldKey } from '../model/schema';

export const DRAFT_MARK = '草稿（存在未通过的检查项）';

export interface FormOptions {
  /** Show ID numbers as their first 6 and last 4 digits. */
  maskIds?: boolean;
}

export interface FormInput {
  /** Name of the checked workbook, as the check report cites it. */
  file: string;
  book: RecognisedWorkbook;
  result: CheckResult;
  options: FormOptions;
}

/**
 * One official document: its data schema (the type of what the template
 * may use), the function that derives that data from the checked workbook,
 * and who needs it. All derivations happen here, none in templates.
 */
export interface FormDef<S extends z.ZodTypeAny = z.ZodTypeAny> {
  id: string;
  /** Document title; also the output file name. */
  title: string;
  /** Profiles whose filing includes this document ('all' for every profile). */
  profiles: readonly ProfileId[] | 'all';
  business?: readonly BusinessType[];
  schema: S;
  build(input: FormInput): z.infer<S>;
  /** For documents issued once per item (a letter per assessment site): each item's name and data. */
  each?(input: FormInput): { name: string; data: z.infer<S> }[];
  /** Why a form issued per item gives no file when the workbook lists no item, in the clerk's words. */
  noItems?: string;
}

export const headerSchema = {
  orgName: z.string(),
  draft: z.string(),
};

export function header(input: FormInput): { orgName: string; draft: string } {
  return { orgName: input.book.org?.text('orgName') ?? '', draft: input.result.summary.errors ? DRAFT_MARK : '' };
}

export { maskId };

export function idText(t: Table, row: number, options: FormOptions): string {
  const id = t.text(row, 'idNumber');
  return options.maskIds ? maskId(id) : id;
}

/** Non-empty text of the first field present, for columns clerks fill under different headers. */
export function firstText(t: Table, row: number, ...fields: FieldKey[]): string {
  for (const f of fields) {
    const v = t.text(row, f);
    if (v) return v;
  }
  return '';
}
