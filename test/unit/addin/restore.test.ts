import type { EtApplication } from '../../../addin/wps/et';
import { WpsHost } from '../../../addin/wps/wps-host';
import { RESULT_HEADERS } from '../../../src/annotate/mark-plan';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import type { DocWorkbook } from '../../excel-double/state';
import { wpsFromXlsx } from '../../wps-double/xlsx';
import { open as openExcel, session as excelPane, snapshot, TODAY } from './office/helpers';

/**
 * 清除标记 gives the workbook back as it was before the check, in Excel
 * (the Excel double, Office.js) and in WPS (the WPS double, the ET API):
 * fills the clerk picked from the theme or the palette, the size of the
 * clerk's note boxes, and our 检查结果 however old the version that wrote it.
 */

interface Pane {
  doc: DocWorkbook;
  check(): Promise<unknown>;
  clear(): Promise<number>;
}

const HOSTS: [string, (bytes: Uint8Array) => Promise<Pane>][] = [
  [
    'Excel',
    async (bytes) => {
      const d = await openExcel(bytes);
      return { doc: d.doc, check: () => excelPane(d).checkAndMark({}, () => undefined), clear: () => excelPane(d).clearMarks() };
    },
  ],
  [
    'WPS',
    async (bytes) => {
      const d = await wpsFromXlsx(bytes);
      const pane = () => new WpsHost(d.Application as EtApplication, { today: () => TODAY, debounceMs: 5 });
      return { doc: d.doc, check: () => pane().checkAndMark({}, () => undefined), clear: () => pane().clearMarks() };
    },
  ],
];

let sample: Uint8Array;
beforeAll(async () => {
  sample = await sampleBuffer();
});

const sheetNames = (doc: DocWorkbook) => doc.sheets.map((s) => s.name);

/** The row of 检查结果 holding its column headers. */
function headerRow(doc: DocWorkbook, name: string): number {
  const s = doc.sheet(name)!;
  for (let r = 1; r <= 12; r++) if (s.value(r, 1) === RESULT_HEADERS[0] && s.value(r, 2) === RESULT_HEADERS[1]) return r;
  throw new Error('no header row');
}

describe.each(HOSTS)('%s: our 检查结果, as any version wrote it', (_, open) => {
  it('an earlier version’s 检查结果 (its last column headed 规则) is ours: written over, and removed by 清除标记', async () => {
    const p = await open(sample);
    const before = snapshot(p.doc);
    await p.check();
    const r = headerRow(p.doc, '检查结果');
    p.doc.sheet('检查结果')!.put(r, RESULT_HEADERS.length, { value: '规则' });
    await p.check();
    expect(sheetNames(p.doc).filter((n) => n.startsWith('检查结果'))).toEqual(['检查结果']);
    expect(p.doc.sheet('检查结果')!.value(headerRow(p.doc, '检查结果'), RESULT_HEADERS.length)).toBe('检查项');
    p.doc.sheet('检查结果')!.put(r, RESULT_HEADERS.length, { value: '规则' });
    await p.clear();
    expect(snapshot(p.doc)).toEqual(before);
  });

  it('a clerk’s own 检查结果, even under the name the restore data gives ours, is never replaced or removed', async () => {
    const p = await open(sample);
    await p.check();
    // The clerk deletes our sheet and makes their own of that name.
    p.doc.sheets.splice(p.doc.sheets.indexOf(p.doc.sheet('检查结果')!), 1);
    const own = p.doc.addSheet('检查结果', 'Visible', 0);
    own.put(1, 1, { value: '序号' });
    own.put(1, 2, { value: '规则' });
    own.put(1, 3, { value: '处理人' });
    own.put(2, 3, { value: '王五' });
    const mine = JSON.stringify(own.rows);
    await p.check();
    expect(JSON.stringify(p.doc.sheet('检查结果')!.rows)).toBe(mine);
    expect(sheetNames(p.doc)).toContain('检查结果(2)');
    await p.clear();
    expect(JSON.stringify(p.doc.sheet('检查结果')!.rows)).toBe(mine);
    expect(sheetNames(p.doc)).not.toContain('检查结果(2)');
  });
});
