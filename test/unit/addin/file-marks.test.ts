import { annotateXlsx } from '../../../src/annotate';
import { CHANGE_FILL, combinedNote } from '../../../src/annotate/mark-plan';
import { checkBook, markMeta } from '../../../src/check';
import { parseA1 } from '../../../src/model/cell';
import { openWorkbook } from '../../../src/open';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { STORE_SHEET } from '../../../addin/office/store';
import { HOSTS, key } from '../../excel-double';
import { docToXlsx, doubleFromXlsx } from '../../excel-double/xlsx';
import type { DocWorkbook } from '../../excel-double/state';
import type { EtApplication } from '../../../addin/wps/et';
import { WpsHost } from '../../../addin/wps/wps-host';
import { wpsFromXlsx } from '../../wps-double/xlsx';
import { session, snapshot, TODAY } from './office/helpers';

/** A program the pane runs in: how it opens a workbook into a double, and a pane session on it. */
interface Program {
  name: string;
  open(bytes: Uint8Array): Promise<{ doc: DocWorkbook; pane(): { checkAndMark: ExcelPane['checkAndMark']; clearMarks(): Promise<number> } }>;
}
type ExcelPane = ReturnType<typeof session>;

const PROGRAMS: Program[] = [
  {
    name: 'Excel (Microsoft 365)',
    open: async (bytes) => {
      const d = await doubleFromXlsx(bytes, { host: HOSTS.m365 });
      return { doc: d.doc, pane: () => session(d) };
    },
  },
  {
    name: 'WPS 表格',
    open: async (bytes) => {
      const d = await wpsFromXlsx(bytes);
      return { doc: d.doc, pane: () => new WpsHost(d.Application as EtApplication, { today: () => TODAY }) };
    },
  },
];

/**
 * The annotated copy's marks and the add-in's are one kind of mark: both
 * keep the same restore data, so the add-in checking an annotated copy
 * (opened in Excel) replaces the copy's marks, 清除标记 takes them off, and
 * annotating a workbook the add-in marked (and Excel saved) replaces the
 * add-in's. Compared the way the Excel double shows a workbook: values,
 * fills, notes, sheets and their visibility, in the Excel double and the
 * WPS double.
 */

let sample: Uint8Array;
beforeAll(async () => {
  sample = await sampleBuffer();
});

/** The annotated copy of `bytes`, for the same day and file name the add-in's check uses. */
async function annotated(bytes: Uint8Array): Promise<Uint8Array> {
  const result = checkBook(await openWorkbook(bytes), { today: TODAY });
  return annotateXlsx(bytes, result.findings, markMeta('当前工作簿', result));
}

/** A snapshot without the store's rows (each program writes its own restore data), sheets by name. */
function seen(doc: DocWorkbook): unknown {
  return (snapshot(doc) as { name: string; rows: string }[])
    .map((s) => (s.name === STORE_SHEET ? { ...s, rows: '' } : s))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe.each(PROGRAMS)('the annotated copy and the add-in in $name replace each other’s marks', (program) => {
  it('the add-in checking an annotated copy replaces its marks; 清除标记 takes them off', async () => {
    const copy = await program.open(await annotated(sample));
    const view = await copy.pane().checkAndMark({}, () => undefined);
    const direct = await program.open(sample);
    await direct.pane().checkAndMark({}, () => undefined);
    expect(seen(copy.doc)).toEqual(seen(direct.doc));
    expect(copy.doc.sheets.map((s) => s.name).filter((n) => n.startsWith('检查结果'))).toEqual(['检查结果']);
    for (const m of view.plan.sheets.flatMap((s) => s.marks)) {
      const { row, col } = parseA1(m.address);
      expect(copy.doc.sheet(m.sheet)!.notes.get(key(row, col))).toBe(m.note);
    }
    // 清除标记 gives back the workbook as it was before either program marked it.
    const clean = await program.open(sample);
    await copy.pane().clearMarks();
    expect(seen(copy.doc)).toEqual(seen(clean.doc));
  });

  it('the add-in checking a copy with changed cells marked (标注变更的工作簿) takes the change marks off too', async () => {
    const result = checkBook(await openWorkbook(sample), { today: TODAY });
    const sheet = '考评员名册';
    // Two changed cells: one the check marks as well, one it does not.
    const problem = result.findings.find((f) => f.sheet === sheet && f.cell)!.cell!;
    const changes = [
      { sheet, cell: problem, before: '旧值' },
      { sheet, cell: 'A1', before: null },
    ];
    const copy = await program.open(await annotateXlsx(sample, result.findings, markMeta('当前工作簿', result), { changes }));
    const roster = copy.doc.sheet(sheet)!;
    expect(roster.fills.get(key(1, 1))?.color).toBe(`#${CHANGE_FILL.slice(2)}`);
    expect(roster.notes.get(key(parseA1(problem).row, parseA1(problem).col))).toContain('与上次备案相比已变更：原为“旧值”');
    await copy.pane().checkAndMark({}, () => undefined);
    const direct = await program.open(sample);
    await direct.pane().checkAndMark({}, () => undefined);
    // The restore sheet is laid out by its history (a blanked row for each mark taken off); every other sheet is compared.
    const sheets = (doc: DocWorkbook) => (seen(doc) as { name: string }[]).filter((x) => x.name !== STORE_SHEET);
    expect(sheets(copy.doc)).toEqual(sheets(direct.doc));
    const clean = await program.open(sample);
    await copy.pane().clearMarks();
    expect(seen(copy.doc)).toEqual(seen(clean.doc));
  });

  it('清除标记 in the add-in takes the annotated copy’s marks off, keeping a clerk’s note', async () => {
    const d = await program.open(sample);
    d.doc.sheet('考评员名册')!.notes.set(key(5, 3), '已电话核实');
    const bytes = await docToXlsx(d.doc);
    // As the double reads the file back (its writer and reader round some number formats): the workbook before marks.
    const before = seen((await program.open(bytes)).doc);
    const copy = await program.open(await annotated(bytes));
    expect(copy.doc.sheet('考评员名册')!.notes.get(key(5, 3))).toMatch(/^已电话核实\n\n【错误】/);
    await copy.pane().clearMarks();
    expect(seen(copy.doc)).toEqual(before);
    expect(copy.doc.sheet('检查结果')).toBeUndefined();
  });

  it('annotating a workbook the add-in marked replaces the add-in’s marks', async () => {
    const marked = await program.open(sample);
    marked.doc.sheet('考评员名册')!.notes.set(key(5, 3), '已电话核实');
    const cleanBytes = await docToXlsx(marked.doc);
    await marked.pane().checkAndMark({}, () => undefined);
    const again = await doubleFromXlsx(await annotated(await docToXlsx(marked.doc)));
    const reference = await doubleFromXlsx(await annotated(cleanBytes));
    expect(seen(again.doc)).toEqual(seen(reference.doc));
    const note = again.doc.sheet('考评员名册')!.notes.get(key(5, 3))!;
    expect(note.startsWith(combinedNote('已电话核实', '【错误】'))).toBe(true);
    expect(note.match(/已电话核实/g)).toHaveLength(1);
  });
});
