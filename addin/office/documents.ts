import type { CheckResult } from '../../src/check';
import type { RecognisedWorkbook } from '../../src/model/table';
import type { OutputFile } from '../host';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A form's template from the add-in's own origin (the build copies templates/ beside the pane): no other host is asked. */
export async function fetchTemplate(formId: string): Promise<Uint8Array> {
  const res = await fetch(new URL(`templates/${formId}.docx`, document.baseURI).href);
  if (!res.ok) throw new Error(`找不到表格模板 ${formId}.docx（${res.status}），请联系管理员检查加载项的部署`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * The Word forms of the last check, rendered in the pane. The forms and
 * docxtemplater are loaded here, on demand, so that the pane's first load
 * does not carry them.
 */
export async function buildDocuments(
  input: { file: string; book: RecognisedWorkbook; result: CheckResult },
  formIds: readonly string[],
  maskIds: boolean,
  template: (formId: string) => Promise<Uint8Array>,
): Promise<OutputFile[]> {
  const [{ formById }, { planDocuments, renderDocument }] = await Promise.all([import('../../src/forms'), import('../../src/forms/documents')]);
  const forms = formIds.map((id) => {
    const f = formById(id);
    if (!f) throw new Error(`未知的表格“${id}”`);
    return f;
  });
  const out: OutputFile[] = [];
  for (const doc of planDocuments(forms, { ...input, options: { maskIds } })) {
    out.push({ name: doc.fileName, bytes: renderDocument(doc, await template(doc.form.id)), mime: DOCX_MIME });
  }
  return out;
}
