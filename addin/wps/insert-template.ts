import type ExcelJS from 'exceljs';
import { columnLetter } from '../../src/model/cell';
import type { BusinessType } from '../../src/model/schema';
import { Workbook } from '../../src/model/workbook';
import { profileById, type ProfileId } from '../../src/profiles/profiles';
import { recognise } from '../../src/recognise/recognise';
import type { InsertResult } from '../host';
import { STORE_SHEET } from '../office/store';
import { bgr, xl, type EtApplication, type EtRange, type EtWorkbook } from './et';
import { readSheets, scanWorkbook } from './read';
import { addSheet } from './store';

/**
 * 插入模板工作表 in WPS: the profile's template sheets the workbook lacks,
 * recreated cell by cell from the same exceljs template the CLI writes
 * (headers, text-formatted columns, drop-downs, column widths), and the
 * template's columns a recognised table lacks, in the first empty columns
 * after its header — never writing into a cell that holds anything.
 */

const HEAD_ROWS = 40;

const ALERTS: Record<string, number> = { stop: xl.alertStop, warning: xl.alertWarning, information: xl.alertInformation };

/** A list drop-down as ET's Validation.Add takes it; other kinds of validation are left to the clerk's WPS. */
function addValidation(range: EtRange, dv: ExcelJS.DataValidation): void {
  if (dv.type !== 'list') return;
  const source = String(dv.formulae?.[0] ?? '').replace(/^"|"$/g, '');
  range.Validation.Delete();
  range.Validation.Add(xl.validateList, ALERTS[dv.errorStyle ?? 'stop'] ?? xl.alertStop, xl.between, source);
}

const cellText = (v: ExcelJS.CellValue): string | number => (typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v));

function recreate(app: EtApplication, book: EtWorkbook, src: ExcelJS.Worksheet, rows: number): void {
  const ws = addSheet(app, book, src.name);
  const lastRow = Math.max(src.rowCount, rows);
  for (let c = 1; c <= src.columnCount; c++) {
    const { width, numFmt } = src.getColumn(c);
    if (width) ws.Range(`${columnLetter(c)}1`).ColumnWidth = width;
    if (numFmt) ws.Range(`${columnLetter(c)}1:${columnLetter(c)}${lastRow}`).NumberFormat = numFmt;
  }
  // Rows that hold something (eachRow skips the empty ones).
  src.eachRow((row, r) => {
    row.eachCell((cell, col) => {
      const target = ws.Range(`${columnLetter(col)}${r}`);
      if (cell.numFmt) target.NumberFormat = cell.numFmt;
      target.Value2 = cellText(cell.value);
      if (cell.font?.bold) target.Font.Bold = true;
      const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      if (fill) target.Interior.Color = bgr(fill);
      if (cell.alignment?.wrapText) target.WrapText = true;
    });
  });
  const validations = (src as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const [address, dv] of Object.entries(validations)) addValidation(ws.Range(address), dv);
}

export async function insertTemplate(app: EtApplication, book: EtWorkbook, profileId: ProfileId, business: BusinessType): Promise<InsertResult> {
  const profile = profileById(profileId);
  if (!profile) throw new Error(`unknown profile ${profileId}`);
  const tpl = await import('../../src/template');
  const scans = scanWorkbook(book).filter((s) => s.name !== STORE_SHEET);
  const heads = readSheets(
    book,
    scans.map((s) => ({ ...s, used: s.used && s.used.r1 <= HEAD_ROWS ? { ...s.used, r2: Math.min(s.used.r2, HEAD_ROWS) } : null })),
  );
  const wb = new Workbook();
  wb.sheets.push(...heads);
  const recognised = recognise(wb);
  const defs = tpl.templateSheets(profile, business);
  const taken = new Set(scans.map((s) => s.name.toLowerCase()));
  const result: InsertResult = { sheetsAdded: [], columnsAdded: [] };
  const missing = defs.filter((d) => !recognised.hasKind(d.kind) && !taken.has(d.name.toLowerCase()));
  if (missing.length) {
    const template = tpl.buildTemplate(profileId, business);
    for (const d of missing) {
      recreate(app, book, template.getWorksheet(d.name)!, tpl.TEMPLATE_ROWS + 2);
      result.sheetsAdded.push(d.name);
    }
  }
  const wanted = new Set(defs.map((d) => d.kind));
  for (const t of recognised.tables) {
    if (!wanted.has(t.kind) || !t.headerRow) continue;
    const fields = t.def.fields.filter((f) => !t.has(f.key)).map(tpl.businessField);
    if (!fields.length) continue;
    const scan = scans.find((s) => s.name === t.sheet.name)!;
    // After everything the sheet uses, so that no cell with content is written into.
    const start = (scan.used?.c2 ?? 0) + 1;
    const ws = book.Worksheets.Item(t.sheet.name);
    const first = t.headerRow + 1;
    const last = t.headerRow + tpl.TEMPLATE_ROWS;
    for (const [j, field] of fields.entries()) {
      const col = columnLetter(start + j);
      const head = ws.Range(`${col}${t.headerRow}`);
      head.Value2 = field.header;
      head.Font.Bold = true;
      if (field.required) head.Font.Color = bgr('#C00000');
      head.Interior.Color = bgr(tpl.HEADER_ARGB);
      head.WrapText = true;
      head.ColumnWidth = field.width ?? 14;
      const data = ws.Range(`${col}${first}:${col}${last}`);
      const fmt = tpl.numFmtFor(field);
      if (fmt) data.NumberFormat = fmt;
      const dv = tpl.validationFor(field);
      if (dv) addValidation(data, dv);
      result.columnsAdded.push({ sheet: t.sheet.name, header: field.header });
    }
  }
  return result;
}
