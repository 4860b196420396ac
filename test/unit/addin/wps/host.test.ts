import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { EtApplication } from '../../../../addin/wps/et';
import { formsDownload } from '../../../../addin/outputs';
import { WpsHost, type WpsHostOptions } from '../../../../addin/wps/wps-host';
import { SEVERITY_FILL as FILL } from '../../../../src/model/severity';
import { checkBook } from '../../../../src/check';
import { parseA1 } from '../../../../src/model/cell';
import { openWorkbook } from '../../../../src/open';
import { sampleBuffer } from '../../../../src/sample/sample-workbook';
import { key, type DocWorkbook } from '../../../excel-double/state';
import { docToXlsx } from '../../../excel-double/xlsx';
import { xlsxBuffer } from '../../../helpers/book';
import { validId } from '../../../helpers/people';
import { WpsDouble, type WpsDoubleOptions } from '../../../wps-double';
import { wpsFromXlsx } from '../../../wps-double/xlsx';
import { open as openExcel, session as excelPane, snapshot, TODAY, values } from '../office/helpers';

/**
 * The pane's host inside WPS 表格, against the WPS double: the same
 * findings as the CLI, the same marks, the restore data in the very hidden
 * sheet (read back after the workbook was saved and reopened), the live
 * re-check on SheetChange, and the fallbacks where a WPS build lacks
 * events or the save dialog.
 */

const STORE = 'beian_restore';

function pane(d: WpsDouble, opts: WpsHostOptions = {}): WpsHost {
  return new WpsHost(d.Application as EtApplication, { today: () => TODAY, debounceMs: 5, ...opts });
}

async function openWps(bytes: Uint8Array, opts: WpsDoubleOptions = {}): Promise<WpsDouble> {
  return wpsFromXlsx(bytes, opts);
}

const settle = (ms = 40) => new Promise((r) => setTimeout(r, ms));

function fillAt(doc: DocWorkbook, sheet: string, address: string): string | null {
  const { row, col } = parseA1(address);
  return doc.sheet(sheet)!.fills.get(key(row, col))?.color ?? null;
}

function noteAt(doc: DocWorkbook, sheet: string, address: string): string | null {
  const { row, col } = parseA1(address);
  return doc.sheet(sheet)!.notes.get(key(row, col)) ?? null;
}

describe('WPS host on the WPS double', () => {
  it('names the forms’ .zip after the workbook WPS has open (Workbook.Name)', async () => {
    const d = await openWps(await sampleBuffer(), { name: '郑州某培训学校备案.xlsx' });
    const templates = (id: string) => readFile(path.join(__dirname, '../../../../templates', `${id}.docx`)).then((b) => new Uint8Array(b));
    const p = pane(d, { fetchFormTemplate: templates });
    await p.checkAndMark({}, () => undefined);
    expect(formsDownload(await p.buildDocuments(['check-report', 'team'], { maskIds: false }))?.name).toBe('备案表格-郑州某培训学校备案.zip');
  });

  it('checks the open workbook with the CLI’s findings and marks every finding’s cell', async () => {
    const bytes = await sampleBuffer();
    const expected = checkBook(await openWorkbook(bytes), { today: TODAY });
    const d = await openWps(bytes);
    const active = d.doc.activeSheetId;
    const before = values(d.doc) as unknown[];
    const view = await pane(d).checkAndMark({}, () => undefined);
    expect(view.findings).toEqual(expected.findings);
    expect((values(d.doc) as unknown[]).slice(0, before.length)).toEqual(before);
    for (const m of view.plan.sheets.flatMap((s) => s.marks)) {
      expect(fillAt(d.doc, m.sheet, m.address)).toBe(`#${FILL[m.severity].slice(2)}`);
      expect(noteAt(d.doc, m.sheet, m.address)).toContain(m.note);
    }
    const result = d.doc.sheet('检查结果')!;
    expect(result.value(view.plan.result.headerRow + 1, 6)).toBe(view.findings[0].message);
    expect([...result.hyperlinks.values()].length).toBe(view.findings.filter((f) => f.sheet && f.cell).length);
    expect(d.doc.sheet(STORE)!.visibility).toBe('VeryHidden');
    // The clerk stays on the sheet they were on.
    expect(d.doc.activeSheetId).toBe(active);
  });

  it('清除标记 puts back every value, fill and note, a clerk’s own note and patterned fill included', async () => {
    const d = await openWps(await sampleBuffer());
    const roster = d.doc.sheet('考评员名册')!;
    const first = (await pane(d).checkAndMark({}, () => undefined)).plan.sheets.find((s) => s.sheet === '考评员名册')!.marks[0];
    await pane(d).clearMarks();
    roster.notes.set(key(first.row, first.col), '张科长：请核对');
    roster.fills.set(key(first.row, first.col), { color: '#FFFF00', pattern: 'Gray50', patternColor: '#0000FF' });
    const original = snapshot(d.doc);
    const host = pane(d);
    await host.checkAndMark({}, () => undefined);
    expect(noteAt(d.doc, '考评员名册', first.address)).toMatch(/^张科长：请核对\n\n【/);
    const restored = await host.clearMarks();
    expect(restored).toBeGreaterThan(0);
    expect(snapshot(d.doc)).toEqual(original);
  });

  it('clears after the marked workbook was saved, closed and opened again', async () => {
    const bytes = await sampleBuffer();
    // The double's own save and open, without our marks, is the baseline (exceljs normalises a few formats on the way).
    const original = snapshot((await openWps(await docToXlsx((await openWps(bytes)).doc))).doc);
    const d = await openWps(bytes);
    await pane(d).checkAndMark({}, () => undefined);
    const reopened = await openWps(await docToXlsx(d.doc));
    expect(reopened.doc.sheet(STORE)!.visibility).toBe('VeryHidden');
    await pane(reopened).clearMarks();
    expect(snapshot(reopened.doc)).toEqual(original);
  });

  it('a workbook marked in Excel and saved is cleared in WPS, and the other way round', async () => {
    const bytes = await sampleBuffer();
    const original = snapshot((await openWps(await docToXlsx((await openWps(bytes)).doc))).doc);
    const excel = await openExcel(bytes);
    await excelPane(excel).checkAndMark({}, () => undefined);
    const inWps = await openWps(await docToXlsx(excel.doc));
    expect(await pane(inWps).clearMarks()).toBeGreaterThan(0);
    expect(snapshot(inWps.doc)).toEqual(original);

    const wps = await openWps(bytes);
    await pane(wps).checkAndMark({}, () => undefined);
    const inExcel = await openExcel(await docToXlsx(wps.doc));
    expect(await excelPane(inExcel).clearMarks()).toBeGreaterThan(0);
    expect(snapshot(inExcel.doc)).toEqual(original);
  });

  it('jumps to a finding’s cell, and explains a hidden sheet instead of failing', async () => {
    const d = await openWps(await sampleBuffer());
    const host = pane(d);
    await host.select('考评员名册', 'C5');
    expect(d.doc.selection).toEqual({ sheetId: d.doc.sheet('考评员名册')!.id, address: 'C5' });
    expect(d.doc.activeSheetId).toBe(d.doc.sheet('考评员名册')!.id);
    d.doc.sheet('题库')!.visibility = 'Hidden';
    await expect(host.select('题库', 'D5')).rejects.toThrow('工作表“题库”已隐藏');
  });

  it('re-checks live when the clerk edits a cell: a fixed cell loses its mark, a new mistake gets one', async () => {
    const d = await openWps(await sampleBuffer());
    const host = pane(d);
    let view = await host.checkAndMark({}, () => undefined);
    const updates: number[] = [];
    const stop = await host.watch((v) => {
      view = v;
      updates.push(v.findings.length);
    });
    expect(d.listening('SheetChange')).toBe(1);
    // Our own writes to 检查结果 and the restore sheet raise SheetChange too, and start no re-check.
    await settle();
    expect(updates).toEqual([]);
    const roster = view.plan.sheets.find((s) => s.sheet === '考评员名册')!;
    const idMark = roster.marks.find((m) => m.rules.some((r) => r.startsWith('id.')))!;
    const fixed = validId('19800101', 7, '650102');
    d.type('考评员名册', idMark.address, fixed);
    await settle();
    expect(updates.length).toBe(1);
    expect(view.findings.some((f) => f.sheet === '考评员名册' && f.cell === idMark.address && f.rule.startsWith('id.'))).toBe(false);
    const stillMarked = view.plan.sheets.flatMap((s) => s.marks).some((m) => m.sheet === '考评员名册' && m.address === idMark.address);
    expect(fillAt(d.doc, '考评员名册', idMark.address) !== null).toBe(stillMarked);
    d.type('考评员名册', idMark.address, '12345');
    await settle();
    expect(updates.length).toBe(2);
    expect(view.findings.some((f) => f.sheet === '考评员名册' && f.cell === idMark.address && f.severity === 'error')).toBe(true);
    expect(fillAt(d.doc, '考评员名册', idMark.address)).toBe(`#${FILL.error.slice(2)}`);
    expect(noteAt(d.doc, '考评员名册', idMark.address)).toContain('【错误】');
    const rows = view.plan.result.rows.length;
    expect(d.doc.sheet('检查结果')!.value(view.plan.result.headerRow + rows, 1)).toBe(rows);
    stop();
    expect(d.listening('SheetChange')).toBe(0);
  });

  it('without add-in events (older builds) checks without live re-checking; without the save dialog explains 另存为', async () => {
    const d = await openWps(await sampleBuffer(), { events: false, saveDialog: false });
    const host = pane(d);
    expect(host.features).toMatchObject({ sheetEvents: false, saveCopy: false });
    await host.checkAndMark({}, () => undefined);
    const stop = await host.watch(() => undefined);
    stop();
    await expect(host.saveMarkedCopy()).rejects.toThrow('文件→另存为');
  });

  it('saves the marked copy where the clerk chooses, leaving the open workbook as it is', async () => {
    const d = await openWps(await sampleBuffer(), { name: '新疆机构备案.xlsx' });
    const host = pane(d);
    await host.checkAndMark({}, () => undefined);
    const path = await host.saveMarkedCopy();
    expect(path).toMatch(/新疆机构备案-检查标注\.xlsx$/);
    expect(d.savedCopies).toEqual([{ path, fills: expect.any(Number) }]);
    expect(d.savedCopies[0].fills).toBeGreaterThan(0);
    const cancelled = await openWps(await sampleBuffer(), { savePath: false });
    expect(await pane(cancelled).saveMarkedCopy()).toBeNull();
    expect(cancelled.savedCopies).toEqual([]);
  });

  it('inserts the template sheets a workbook lacks, without touching a cell that holds anything', async () => {
    const d = await openWps(await xlsxBuffer({ 机构信息: [['项目', '内容'], ['单位名称', '某某公司'], ['适用规则', 'xj-xcert']] }));
    const before = values(d.doc);
    const r = await pane(d).insertTemplateSheets('xj-xcert', '首次备案');
    expect(r.sheetsAdded.length).toBeGreaterThan(2);
    for (const name of r.sheetsAdded) expect(d.doc.sheet(name)).toBeDefined();
    expect((values(d.doc) as unknown[]).slice(0, 1)).toEqual((before as unknown[]).slice(0, 1));
    const view = await pane(d).checkAndMark({}, () => undefined);
    expect(view.sheets).toEqual(expect.arrayContaining(r.sheetsAdded));
  });

  it('reads the defaults from 机构信息', async () => {
    const d = await openWps(await sampleBuffer());
    expect(await pane(d).readDefaults()).toEqual({ profile: 'xj-xcert', business: '首次备案' });
  });

  it('a workbook with no filing sheet gets one Chinese line, and nothing is written', async () => {
    const d = await openWps(await xlsxBuffer({ Sheet1: [['a', 'b'], [1, 2]] }));
    await expect(pane(d).checkAndMark({}, () => undefined)).rejects.toThrow('工作簿中没有可识别的备案工作表');
    expect(d.doc.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('the WPS double is strict', () => {
  it('answers as ET does: 1-based Item, Value2 shapes, BGR colours, COM enums; an unknown member throws', async () => {
    const d = new WpsDouble(await import('../../../excel-double/state').then(({ DocWorkbook }) => {
      const doc = new DocWorkbook();
      const s = doc.addSheet('表一');
      s.put(1, 1, { value: '甲' });
      s.put(2, 2, { value: 45000, numFmt: 'yyyy-mm-dd' });
      s.put(3, 1, { formula: '1/0', error: '#DIV/0!' });
      s.fills.set(key(1, 1), { color: '#FF0000', pattern: 'Solid', patternColor: null });
      return doc;
    }));
    const app = d.Application as EtApplication;
    const ws = app.ActiveWorkbook!.Worksheets.Item(1);
    expect(ws.Name).toBe('表一');
    expect(() => app.ActiveWorkbook!.Worksheets.Item(2)).toThrow('下标越界');
    expect(ws.Range('A1').Value2).toBe('甲');
    expect(ws.Range('A1:B2').Value2).toEqual([
      ['甲', undefined],
      [undefined, 45000],
    ]);
    expect(ws.Range('A3').Value2).toBe(-2146826281);
    expect(ws.Range('A3').Text).toBe('#DIV/0!');
    expect(ws.Range('A1').Interior.Color).toBe(0x0000ff);
    expect(ws.Range('B1').Interior.Pattern).toBe(-4142);
    expect(ws.Range('B2').NumberFormat).toBe('yyyy-mm-dd');
    expect(ws.Range('A1:B2').NumberFormat).toBeNull();
    expect(ws.Visible).toBe(-1);
    expect(() => (ws as unknown as { getRange(): void }).getRange()).toThrow('不在 API.md 的表中');
    expect(() => ((ws.Range('A1') as unknown as { Row: number }).Row = 3)).toThrow('只读');
    expect(() => ws.Delete()).toThrow('DisplayAlerts');
  });
});
