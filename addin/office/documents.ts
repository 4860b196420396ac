import type { CheckResult } from '../../src/check';
import type { RecognisedWorkbook } from '../../src/model/table';
import type { FormFiles } from '../host';

/**
 * The Word forms of the last check, rendered in the pane. The forms,
 * docxtemplater and the shared output helpers (addin/outputs.ts, also used by
 * file mode) are loaded here, on demand, so that the pane's first load does
 * not carry them.
 */
export async function buildDocuments(
  input: { file: string; book: RecognisedWorkbook; result: CheckResult },
  formIds: readonly string[],
  maskIds: boolean,
  template?: (formId: string) => Promise<Uint8Array>,
): Promise<FormFiles> {
  const [{ formById }, { fetchFormTemplate, renderForms }] = await Promise.all([import('../../src/forms'), import('../outputs')]);
  const forms = formIds.map((id) => {
    const f = formById(id);
    if (!f) throw new Error(`未知的表格“${id}”`);
    return f;
  });
  return renderForms(forms, { ...input, options: { maskIds } }, template ?? ((id) => fetchFormTemplate(document.baseURI, id)));
}
