import ExcelJS from 'exceljs';
import type { EtApplication } from '../../../addin/wps/et';
import { WpsHost } from '../../../addin/wps/wps-host';
import { RESULT_HEADERS } from '../../../src/annotate/mark-plan';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { annotateXlsx } from '../../../src/annotate';
import { parseA1 } from '../../../src/model/cell';
import { profileById } from '../../../src/profiles/profiles';
import { HOSTS as EXCELS } from '../../excel-double';
import { key, type DocWorkbook, type Fill } from '../../excel-double/state';
import { docToXlsx, doubleFromXlsx } from '../../excel-double/xlsx';
import { partText } from '../../helpers/package';
import { THEMED_CELLS, themeBook, TINT } from '../../helpers/theme-book';
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

/** Cells of 考评员名册 that the sample's check marks (C5, C9, H16), filled as the clerk filled them. */
function themedScene(doc: DocWorkbook, fills: Record<string, Fill>): void {
  const staff = doc.sheet('考评员名册')!;
  for (const [address, fill] of Object.entries(fills)) {
    const { row, col } = parseA1(address);
    staff.fills.set(key(row, col), fill);
  }
}

const fillAt = (doc: DocWorkbook, sheet: string, address: string) => {
  const { row, col } = parseA1(address);
  return doc.sheet(sheet)!.fills.get(key(row, col));
};

/** Accent 1 lightened 40 % (Office's theme gives #4472C4); palette entry 43 (#FFFF99). */
const ACCENT: Fill = { color: '#4472C4', pattern: 'Solid', patternColor: null, theme: 4, tintAndShade: 0.4 };
const PALETTE: Fill = { color: '#FFFF99', pattern: 'Solid', patternColor: null, indexed: 43 };
const PATTERNED: Fill = { color: '#ED7D31', pattern: 'Gray50', patternColor: '#000000', theme: 5, tintAndShade: -0.25 };

describe('fills from the theme or the palette', () => {
  it('Excel (Office.js): 清除标记 puts back the colour and its tint — never white; Office.js cannot name the theme colour or palette entry', async () => {
    const d = await openExcel(sample);
    themedScene(d.doc, { C5: ACCENT, C9: PALETTE });
    const view = await excelPane(d).checkAndMark({}, () => undefined);
    expect(view.plan.sheets.flatMap((s) => s.marks.map((m) => `${s.sheet}!${m.address}`))).toEqual(expect.arrayContaining(['考评员名册!C5', '考评员名册!C9']));
    expect(fillAt(d.doc, '考评员名册', 'C5')!.color).not.toBe(ACCENT.color);
    await excelPane(d).clearMarks();
    // What Office.js reports (color, pattern, tintAndShade) is as it was; the theme and palette links are what it cannot set.
    expect(fillAt(d.doc, '考评员名册', 'C5')).toEqual({ color: '#4472C4', pattern: 'Solid', patternColor: null, tintAndShade: 0.4 });
    expect(fillAt(d.doc, '考评员名册', 'C9')).toEqual({ color: '#FFFF99', pattern: 'Solid', patternColor: null });
  });

  it('Excel: a patterned theme fill comes back with its pattern, colours and tint', async () => {
    const d = await openExcel(sample);
    themedScene(d.doc, { C5: PATTERNED });
    await excelPane(d).checkAndMark({}, () => undefined);
    await excelPane(d).clearMarks();
    expect(fillAt(d.doc, '考评员名册', 'C5')).toEqual({ color: '#ED7D31', pattern: 'Gray50', patternColor: '#000000', tintAndShade: -0.25 });
  });

  it('WPS (ET): 清除标记 puts back the theme colour itself, with its tint; a palette colour as the colour it shows', async () => {
    const d = await wpsFromXlsx(sample);
    themedScene(d.doc, { C5: ACCENT, C9: PALETTE, H16: PATTERNED });
    const pane = () => new WpsHost(d.Application as EtApplication, { today: () => TODAY, debounceMs: 5 });
    const view = await pane().checkAndMark({}, () => undefined);
    const marked = view.plan.sheets.flatMap((s) => s.marks.map((m) => `${s.sheet}!${m.address}`));
    expect(marked).toEqual(expect.arrayContaining(['考评员名册!C5', '考评员名册!C9', '考评员名册!H16']));
    await pane().clearMarks();
    expect(fillAt(d.doc, '考评员名册', 'C5')).toEqual(ACCENT);
    expect(fillAt(d.doc, '考评员名册', 'C9')).toEqual({ color: '#FFFF99', pattern: 'Solid', patternColor: null });
    expect(fillAt(d.doc, '考评员名册', 'H16')).toEqual(PATTERNED);
  });

  it('after the marked workbook was saved, closed and opened again, in Excel and then in WPS', async () => {
    const excel = await openExcel(sample);
    themedScene(excel.doc, { C5: ACCENT });
    await excelPane(excel).checkAndMark({}, () => undefined);
    const inExcel = await doubleFromXlsx(await docToXlsx(excel.doc), { host: EXCELS.m365 });
    await excelPane(inExcel).clearMarks();
    expect(fillAt(inExcel.doc, '考评员名册', 'C5')).toEqual({ color: '#4472C4', pattern: 'Solid', patternColor: null, tintAndShade: 0.4 });

    const wps = await wpsFromXlsx(sample);
    themedScene(wps.doc, { C5: ACCENT });
    await new WpsHost(wps.Application as EtApplication, { today: () => TODAY }).checkAndMark({}, () => undefined);
    const reopened = await wpsFromXlsx(await docToXlsx(wps.doc));
    await new WpsHost(reopened.Application as EtApplication, { today: () => TODAY }).clearMarks();
    expect(fillAt(reopened.doc, '考评员名册', 'C5')).toEqual(ACCENT);
  });

  it.each(HOSTS)('%s: an annotated copy’s theme and palette fills come back from its restore data', async (host) => {
    const findings = THEMED_CELLS.map((cell) => ({ rule: 'id.checksum', severity: 'error' as const, sheet: '名册', cell, row: null, column: null, message: '校验位不对', basis: 'GB 11643-1999', hint: null }));
    const meta = { file: '名册.xlsx', profile: profileById('ha-employer')!, business: '首次备案' as const, summary: { errors: 4, warnings: 0, infos: 0 }, titles: {} };
    const copy = await annotateXlsx(themeBook(), findings, meta, { now: new Date(Date.UTC(2026, 0, 2)) });
    const tint = Number(TINT);
    if (host === 'Excel') {
      const d = await doubleFromXlsx(copy, { host: EXCELS.m365 });
      await excelPane(d).clearMarks();
      // The colours the workbook's own theme and palette give, by value.
      expect(fillAt(d.doc, '名册', 'A1')).toEqual({ color: '#2E8B57', pattern: 'Solid', patternColor: null, tintAndShade: tint });
      expect(fillAt(d.doc, '名册', 'B1')).toEqual({ color: '#C0504D', pattern: 'Solid', patternColor: null });
      expect(fillAt(d.doc, '名册', 'C1')).toEqual({ color: '#FFFF99', pattern: 'Solid', patternColor: null });
      expect(fillAt(d.doc, '名册', 'D1')).toEqual({ color: '#008080', pattern: 'Solid', patternColor: null });
    } else {
      const d = await wpsFromXlsx(copy);
      await new WpsHost(d.Application as EtApplication, { today: () => TODAY }).clearMarks();
      // Theme colours and palette entries by reference (the double's workbook shows Office's theme and palette).
      expect(fillAt(d.doc, '名册', 'A1')).toMatchObject({ pattern: 'Solid', theme: 4, tintAndShade: tint });
      expect(fillAt(d.doc, '名册', 'B1')).toMatchObject({ pattern: 'Solid', theme: 5 });
      expect(fillAt(d.doc, '名册', 'C1')).toMatchObject({ pattern: 'Solid', indexed: 43 });
      expect(fillAt(d.doc, '名册', 'D1')).toMatchObject({ pattern: 'Solid', indexed: 10 });
    }
  });
});

describe.each(HOSTS)('%s: the clerk’s note box', (_, open) => {
  it('grown by an annotated copy to hold our text, gets its own size back with its own text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.getCell('B2').value = '张三';
    ws.getCell('B2').note = '原有批注';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const size = (vml: string) => /width:([\d.]+)pt;height:([\d.]+)pt/.exec(vml)!.slice(1).map(Number);
    expect(size(partText(bytes, 'xl/drawings/vmlDrawing1.vml'))).toEqual([97.8, 59.1]);
    const finding = { rule: 'id.checksum', severity: 'error' as const, sheet: '名册', cell: 'B2', row: null, column: null, message: '校验位不对，'.repeat(20), basis: 'GB 11643-1999', hint: null };
    const meta = { file: '名册.xlsx', profile: profileById('ha-employer')!, business: '首次备案' as const, summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
    const copy = await annotateXlsx(bytes, [finding], meta, { now: new Date(Date.UTC(2026, 0, 2)) });
    const [width, height] = size(partText(copy, 'xl/drawings/vmlDrawing1.vml'));
    expect(width * height).toBeGreaterThan(97.8 * 59.1);
    const p = await open(copy);
    // The program shows the box the copy grew.
    const k = key(2, 2);
    p.doc.sheet('名册')!.noteBoxes.set(k, { width, height });
    await p.clear();
    expect(p.doc.sheet('名册')!.notes.get(k)).toBe('原有批注');
    expect(p.doc.sheet('名册')!.noteBoxes.get(k)).toEqual({ width: 97.8, height: 59.1 });
  });
});

describe.each(HOSTS)('%s: a fill 清除标记 could not put back is never replaced', (_, open) => {
  it('a marked cell the clerk refilled after the check keeps the clerk’s fill', async () => {
    const p = await open(sample);
    await p.check();
    themedScene(p.doc, { C5: { color: '#92D050', pattern: 'Solid', patternColor: null } });
    await p.clear();
    expect(fillAt(p.doc, '考评员名册', 'C5')).toEqual({ color: '#92D050', pattern: 'Solid', patternColor: null });
    expect(fillAt(p.doc, '考评员名册', 'C9')).toBeUndefined();
  });

  it('a gradient (which neither Office.js nor ET can set) is left as it is: the cell is marked by its note and 检查结果 row', async () => {
    const p = await open(sample);
    const gradient: Fill = { color: '#FFFFFF', pattern: 'LinearGradient', patternColor: '#5B9BD5' };
    themedScene(p.doc, { C5: gradient });
    await p.check();
    expect(fillAt(p.doc, '考评员名册', 'C5')).toEqual(gradient);
    expect(p.doc.sheet('考评员名册')!.notes.get(key(5, 3))).toContain('【');
    expect(fillAt(p.doc, '考评员名册', 'C9')).toBeDefined();
    await p.check();
    expect(fillAt(p.doc, '考评员名册', 'C5')).toEqual(gradient);
    await p.clear();
    expect(fillAt(p.doc, '考评员名册', 'C5')).toEqual(gradient);
    expect(p.doc.sheet('考评员名册')!.notes.has(key(5, 3))).toBe(false);
  });
});
