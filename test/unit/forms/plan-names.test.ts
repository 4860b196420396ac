import { planDocuments } from '../../../src/forms/documents';
import type { FormDef, FormInput } from '../../../src/forms/common';
import { nameKey } from '../../../src/model/file-name';

/** A form issued per 考核点, whose sites are named as the workbook names them. */
function perSite(names: string[]): FormDef {
  return { id: 'site', title: '考核点函', profiles: 'all', schema: undefined as never, build: () => ({}), each: () => names.map((name) => ({ name, data: {} })) };
}

describe('document names of one run', () => {
  it('two sites named Café, composed and decomposed, are two documents, the second numbered', () => {
    const nfc = 'Caf\u00e9';
    const nfd = 'Cafe\u0301';
    const names = planDocuments([perSite([nfc, nfd])], {} as FormInput).map((d) => d.fileName);
    expect(names).toEqual(['考核点函-Café.docx', '考核点函-Café(2).docx']);
    // The CLI's output check compares by the same key, so it sees two different files.
    expect(new Set(names.map(nameKey)).size).toBe(2);
  });
});
