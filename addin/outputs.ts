import type { FormDef, FormInput } from '../src/forms';
import { planDocuments, renderDocument, unwrittenForms } from '../src/forms/documents';
import { zipEntries } from '../src/render/zip';
import type { FormFiles, OutputFile } from './host';

/**
 * Files the pane hands out, built the same way in file mode (in the worker)
 * and in Excel: Word forms rendered from the templates the build copies to
 * the add-in's own templates/ folder, and several files as one .zip.
 */

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  json: 'application/json',
} as const;

/** A form's template from the add-in's own origin (`base` is the page's URL); never from another host. */
export async function fetchFormTemplate(base: string, formId: string): Promise<Uint8Array> {
  const res = await fetch(new URL(`templates/${formId}.docx`, base).href);
  if (!res.ok) throw new Error(`无法载入表格模板 ${formId}.docx（HTTP ${res.status}），请联系管理员检查加载项的部署`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The chosen forms' files, and the forms that gave none with why. */
export async function renderForms(forms: readonly FormDef[], input: FormInput, template: (formId: string) => Promise<Uint8Array>): Promise<FormFiles> {
  const docs = planDocuments(forms, input);
  const files: OutputFile[] = [];
  for (const doc of docs) {
    files.push({ name: doc.fileName, bytes: renderDocument(doc, await template(doc.form.id)), mime: MIME.docx });
  }
  return { files, unwritten: unwrittenForms(forms, docs), workbook: input.file };
}

/** Several files as one deterministic .zip (fixed entry dates, UTF-8 names flagged, entries made on Unix). */
export function zipFiles(name: string, files: readonly OutputFile[]): OutputFile {
  return { name, bytes: zipEntries(files.map((f) => [f.name, f.bytes]), 'unix'), mime: MIME.zip };
}

/** The .zip of a workbook's Word forms, named after the workbook as its other outputs are. */
export function formsZipName(workbook: string): string {
  return `备案表格-${fileStem(workbook)}.zip`;
}

/** What 生成 Word hands out in Excel and WPS: one form as itself, several as one .zip; null when no form gave a file. */
export function formsDownload(forms: FormFiles): OutputFile | null {
  if (forms.files.length <= 1) return forms.files[0] ?? null;
  return zipFiles(formsZipName(forms.workbook), forms.files);
}

/** "roster.xlsx" → "roster": the stem output names are built from. */
export function fileStem(name: string): string {
  return name.replace(/\.[^.]+$/, '') || '工作簿';
}
