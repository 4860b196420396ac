import { inputError } from '../read/input-messages';
import { renderDocx } from '../render/render';
import type { FormDef, FormInput } from './common';
import { nameKey } from '../model/file-name';
import type { UnwrittenForm } from './unwritten';

export { unwrittenText, type UnwrittenForm } from './unwritten';

/** One Word file to produce: which form, its data, and its file name (no folder). */
export interface PlannedDocument {
  form: FormDef;
  data: unknown;
  fileName: string;
}

/**
 * A site or person name as part of a file name: no path separators,
 * characters Windows forbids, control or direction-changing characters, or
 * half a surrogate pair; at most 60 characters, none cut in half, and no
 * trailing dot or space (which Windows drops).
 */
export function safeName(name: string): string {
  const clean = name.replace(/[\\/:*?"<>|\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_');
  return Array.from(clean.normalize('NFC')).slice(0, 60).join('').replace(/[. ]+$/, '');
}

/**
 * The files a set of forms gives for one checked workbook, named in Chinese
 * after the form (and the item, for forms issued per item such as one letter
 * per 考核点). Names that clean up to the same text are numbered, so no file
 * of a run replaces another.
 */
/**
 * Table rows one Word form may hold, and documents one run may give. Filings
 * list hundreds or a few thousand people; a 200,000-row roster would take a
 * minute and over a gigabyte to render into a document no one can print.
 */
export const MAX_FORM_ROWS = 20_000;
export const MAX_DOCUMENTS = 1_000;

/** Items in every list of a form's data: the rows of its tables. */
function rowsIn(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((n: number, x) => n + 1 + rowsIn(x), 0);
  if (data && typeof data === 'object') return Object.values(data).reduce((n: number, x) => n + rowsIn(x), 0);
  return 0;
}

export function planDocuments(forms: readonly FormDef[], input: FormInput): PlannedDocument[] {
  const used = new Set<string>();
  const unique = (base: string): string => {
    let name = `${base}.docx`;
    for (let i = 2; used.has(nameKey(name)); i++) name = `${base}(${i}).docx`;
    used.add(nameKey(name));
    return name;
  };
  const docs = forms.flatMap((form) =>
    form.each
      ? form.each(input).map(({ name, data }) => ({ form, data, fileName: unique(`${form.title}-${safeName(name)}`) }))
      : [{ form, data: form.build(input), fileName: unique(form.title) }],
  );
  if (docs.length > MAX_DOCUMENTS) throw inputError('too-many-documents', { count: docs.length, limit: MAX_DOCUMENTS });
  for (const d of docs) {
    const rows = rowsIn(d.data);
    if (rows > MAX_FORM_ROWS) throw inputError('form-too-long', { title: d.form.title, rows, limit: MAX_FORM_ROWS });
  }
  return docs;
}

/** The chosen forms that `docs` (their plan) has no file of: a form issued per item, for a workbook listing none. */
export function unwrittenForms(forms: readonly FormDef[], docs: readonly PlannedDocument[]): UnwrittenForm[] {
  const written = new Set(docs.map((d) => d.form.id));
  return forms.filter((f) => !written.has(f.id)).map((f) => ({ id: f.id, title: f.title, reason: f.noItems ?? '工作簿中没有这份表格所需的内容' }));
}

/** Renders a planned document with its template; the data is parsed by the form's schema first. */
export function renderDocument(doc: PlannedDocument, template: Uint8Array, templateName = `表格模板 ${doc.form.id}.docx `): Uint8Array {
  return renderDocx(template, doc.form.schema.parse(doc.data) as object, templateName);
}
