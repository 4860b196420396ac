/// <reference types="office-js" />
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../src/model/cell';
import type { BusinessType, FieldDef, SheetDef } from '../../src/model/schema';
import { Workbook } from '../../src/model/workbook';
import { profileById, type ProfileId } from '../../src/profiles/profiles';
import { recognise } from '../../src/recognise/recognise';
import type { InsertResult } from '../host';
import { RequestBudget, OP_BYTES } from './request-budget';
import type { Features } from './env';
import { jsonBytes } from './payload';
import { readSheets, scanWorkbook } from './read';
import { STORE_SHEET } from './store';

/**
 * 插入模板工作表: the profile's template sheets the workbook lacks, and the
 * template's columns a recognised table lacks, with headers, drop-downs,
 * text formats and frozen headers — never writing into a cell that holds
 * anything. The template comes from src/template (built with exceljs, which
 * is loaded only here, on demand): inserted whole where Excel can take a
 * workbook (insertWorksheetsFromBase64, ExcelApi 1.13), otherwise recreated
 * through the API from the same exceljs sheets.
 */

/** Header rows lie near the top: recognising a table needs no more than this. */
const HEAD_ROWS = 40;

const OPERATORS: Record<string, string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

/** An exceljs data validation as Office.js wants it. */
export function officeValidation(dv: ExcelJS.DataValidation): { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert; ignoreBlanks: boolean } | null {
  const alert = {
    showAlert: Boolean(dv.showErrorMessage),
    style: (dv.errorStyle === 'information' ? 'Information' : dv.errorStyle === 'warning' ? 'Warning' : 'Stop') as Excel.DataValidationAlertStyle,
    title: dv.errorTitle ?? '',
    message: dv.error ?? '',
  };
  const f = dv.formulae ?? [];
  let rule: Excel.DataValidationRule;
  if (dv.type === 'list') rule = { list: { inCellDropDown: true, source: String(f[0] ?? '').replace(/^"|"$/g, '') } };
  else if (dv.type === 'whole' || dv.type === 'decimal') {
    const basic = { formula1: f[0] as number, formula2: f[1] as number | undefined, operator: (OPERATORS[dv.operator ?? 'between'] ?? 'Between') as Excel.DataValidationOperator };
    rule = dv.type === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  } else return null;
  return { rule, errorAlert: alert, ignoreBlanks: dv.allowBlank ?? true };
}

function applyValidation(range: Excel.Range, dv: ExcelJS.DataValidation): void {
  const v = officeValidation(dv);
  if (!v) return;
  range.dataValidation.rule = v.rule;
  range.dataValidation.errorAlert = v.errorAlert;
  range.dataValidation.ignoreBlanks = v.ignoreBlanks;
}

const hex = (argb: string | undefined): string | null => (argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null);

/** Points per character of column width, as Excel's default font measures it. */
const POINTS_PER_CHAR = 6;

/** Recreates an exceljs template sheet through the API (hosts without insertWorksheetsFromBase64). */
async function recreate(context: Excel.RequestContext, budget: RequestBudget, features: Features, src: ExcelJS.Worksheet, rows: number): Promise<void> {
  const ws = context.workbook.worksheets.add(src.name);
  const lastRow = Math.max(src.rowCount, rows);
  for (let c = 1; c <= src.columnCount; c++) {
    const { width, numFmt } = src.getColumn(c);
    await budget.room(OP_BYTES * 2 + lastRow * 8);
    const range = ws.getRange(`${columnLetter(c)}1:${columnLetter(c)}${lastRow}`);
    if (width) range.format.columnWidth = width * POINTS_PER_CHAR;
    // A column's format covers the rows a clerk will fill, not the whole column: Office.js writes formats cell by cell.
    if (numFmt) range.numberFormat = Array.from({ length: lastRow }, () => [numFmt]);
  }
  // Rows that hold something, in order (eachRow skips the empty ones); collected first, since writing them awaits.
  const filled: ExcelJS.Row[] = [];
  src.eachRow((row) => filled.push(row));
  for (const row of filled) {
    const r = row.number;
    const cells: { col: number; cell: ExcelJS.Cell }[] = [];
    row.eachCell((cell, col) => cells.push({ col, cell }));
    const width = Math.max(...cells.map((c) => c.col));
    const values: (string | number)[] = Array.from({ length: width }, () => '');
    for (const { col, cell } of cells) values[col - 1] = typeof cell.value === 'number' ? cell.value : cell.value === null || cell.value === undefined ? '' : String(cell.value);
    await budget.room(OP_BYTES * (cells.length * 3 + 2) + jsonBytes(values) * 2);
    const line = ws.getRange(`A${r}:${columnLetter(width)}${r}`);
    line.numberFormat = [values.map((_, i) => (cells.find((c) => c.col === i + 1)?.cell.numFmt as string | undefined) ?? src.getColumn(i + 1).numFmt ?? 'General')];
    line.values = [values];
    for (const { col, cell } of cells) {
      const target = ws.getRange(`${columnLetter(col)}${r}`);
      if (cell.font?.bold) target.format.font.bold = true;
      if (cell.font?.size) target.format.font.size = cell.font.size;
      const color = hex(cell.font?.color?.argb);
      if (color) target.format.font.color = color;
      const fill = cell.fill?.type === 'pattern' ? hex(cell.fill.fgColor?.argb) : null;
      if (fill) target.format.fill.color = fill;
      if (cell.alignment?.wrapText) target.format.wrapText = true;
    }
  }
  for (const m of src.model.merges ?? []) {
    await budget.room(OP_BYTES);
    ws.getRange(m).merge(false);
  }
  if (features.dataValidation) {
    for (const [address, dv] of Object.entries((src as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model)) {
      await budget.room(OP_BYTES * 4 + jsonBytes(dv));
      applyValidation(ws.getRange(address), dv);
    }
  }
  const frozen = (src.views?.[0] as { state?: string; ySplit?: number } | undefined)?.ySplit;
  if (frozen) {
    await budget.room(OP_BYTES);
    ws.freezePanes.freezeRows(frozen);
  }
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function insertTemplate(context: Excel.RequestContext, features: Features, profileId: ProfileId, business: BusinessType): Promise<InsertResult> {
  const profile = profileById(profileId);
  if (!profile) throw new Error(`unknown profile ${profileId}`);
  const tpl = await import('../../src/template');
  const scans = (await scanWorkbook(context, features)).filter((s) => s.name !== STORE_SHEET);
  // The top rows of each sheet are enough to recognise its table and header.
  const heads = await readSheets(
    context,
    scans.map((s) => ({ ...s, regions: s.regions.filter((r) => r.r1 <= HEAD_ROWS).map((r) => ({ ...r, r2: Math.min(r.r2, HEAD_ROWS) })) })),
  );
  const wb = new Workbook();
  wb.sheets.push(...heads);
  const book = recognise(wb);
  const defs = tpl.templateSheets(profile, business);
  const missing = defs.filter((d) => !book.hasKind(d.kind));
  const taken = new Set(scans.map((s) => s.name.toLowerCase()));
  const result: InsertResult = { sheetsAdded: [], columnsAdded: [] };
  const budget = new RequestBudget(context);

  if (missing.length) {
    const template = tpl.buildTemplate(profileId, business);
    const names = missing.map((d) => d.name).filter((n) => !taken.has(n.toLowerCase()));
    if (features.insertSheets && names.length) {
      const bytes = new Uint8Array(await template.xlsx.writeBuffer());
      const data = base64(bytes);
      await budget.room(OP_BYTES + data.length);
      context.workbook.insertWorksheetsFromBase64(data, { sheetNamesToInsert: names, positionType: 'End' as Excel.WorksheetPositionType });
    } else {
      for (const name of names) await recreate(context, budget, features, template.getWorksheet(name)!, tpl.TEMPLATE_ROWS + 2);
    }
    result.sheetsAdded.push(...names);
  }

  // Columns of the template that recognised tables lack: after everything in use on the sheet's header row.
  const wanted = new Set(defs.map((d) => d.kind));
  const extra: { def: SheetDef; sheet: string; headerRow: number; fields: FieldDef[]; after: number; usedCol: number }[] = [];
  for (const t of book.tables) {
    if (!wanted.has(t.kind) || !t.headerRow) continue;
    const fields = t.def.fields.filter((f) => !t.has(f.key)).map(tpl.businessField);
    if (!fields.length) continue;
    const header = t.sheet.rowValues(t.headerRow);
    let after = 0;
    header.forEach((v, i) => v !== undefined && v !== null && v !== '' && (after = i + 1));
    const scan = scans.find((s) => s.name === t.sheet.name)!;
    extra.push({ def: t.def, sheet: t.sheet.name, headerRow: t.headerRow, fields, after, usedCol: scan.used?.c2 ?? after });
  }
  // A column is ours only if nothing at all is in it: check the columns we mean to use, in one sync.
  const probes: Excel.Range[] = [];
  for (const x of extra) {
    await budget.room(OP_BYTES, OP_BYTES);
    probes.push(context.workbook.worksheets.getItem(x.sheet).getRangeByIndexes(0, x.after, 1048576, x.fields.length).getUsedRangeOrNullObject(true).load('address'));
  }
  await budget.flush();
  for (const [i, x] of extra.entries()) {
    const start = (probes[i].isNullObject ? x.after : x.usedCol) + 1;
    const ws = context.workbook.worksheets.getItem(x.sheet);
    const first = x.headerRow + 1;
    const last = x.headerRow + tpl.TEMPLATE_ROWS;
    for (const [j, field] of x.fields.entries()) {
      const col = columnLetter(start + j);
      await budget.room(OP_BYTES * 8 + tpl.TEMPLATE_ROWS * 8);
      const head = ws.getRange(`${col}${x.headerRow}`);
      head.values = [[field.header]];
      head.format.font.bold = true;
      if (field.required) head.format.font.color = '#C00000';
      head.format.fill.color = hex(tpl.HEADER_ARGB)!;
      head.format.wrapText = true;
      ws.getRange(`${col}:${col}`).format.columnWidth = (field.width ?? 14) * POINTS_PER_CHAR;
      const data = ws.getRange(`${col}${first}:${col}${last}`);
      const fmt = tpl.numFmtFor(field);
      if (fmt) data.numberFormat = Array.from({ length: last - first + 1 }, () => [fmt]);
      const dv = tpl.validationFor(field);
      if (dv && features.dataValidation) applyValidation(data, dv);
      result.columnsAdded.push({ sheet: x.sheet, header: field.header });
    }
  }
  await budget.flush();
  return result;
}
