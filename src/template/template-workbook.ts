import ExcelJS from 'exceljs';
import { BUSINESS_TYPES, BusinessType, FieldDef, SHEETS, SheetDef, SheetKind, SKILL_LEVELS, TITLE_LEVELS, XCERT_LEVELS, YES_NO } from '../model/schema';
import { PROFILES, profileById, profileFields, Profile, ProfileId } from '../profiles/profiles';
import { jurisdictionOf } from '../jurisdictions';
import { SOURCES } from '../sources';
import { requiredMaterials } from '../materials';

/**
 * Data rows that carry drop-downs and formats. exceljs expands every
 * validation range cell by cell when it reads a file, so a whole-column rule
 * would cost a second and 100 MB on every check; a few thousand rows is more
 * than any roster a clerk types by hand.
 */
export const TEMPLATE_ROWS = 2000;
const FIRST_DATA_ROW = 3;
const LAST_DATA_ROW = FIRST_DATA_ROW + TEMPLATE_ROWS - 1;

/** Excel's limit for an inline drop-down list; a test keeps every vocabulary under it. */
export const INLINE_LIST_MAX = 255;

/** Header cells' fill (ARGB); the add-in gives columns it adds the same. */
export const HEADER_ARGB = 'FFD9E1F2';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_ARGB } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Sheets beyond the required ones that a profile's documents still ask about. */
function extraSheets(profile: Profile, business: BusinessType): SheetKind[] {
  const extra: SheetKind[] = [...jurisdictionOf(profile).templateSheets];
  // A termination reports the period's evaluations too: HA 附件8 asks whether the organisation evaluated and issued certificates.
  if (business === '备案续期' || business === '终止备案') extra.push('evaluations');
  return extra;
}

/** The data sheets of a profile's template, in the order of src/model/schema.ts. */
export function templateSheets(profile: Profile, business: BusinessType): SheetDef[] {
  const kinds = new Set<SheetKind>(['org', ...profile.requiredSheets(business), ...extraSheets(profile, business)]);
  return SHEETS.filter((s) => kinds.has(s.kind) && s.kind !== 'summary').map((s) => ({ ...s, fields: profileFields(profile, s) }));
}

/** exceljs has data validations on worksheets but leaves them out of its typings. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

function addValidation(ws: ExcelJS.Worksheet, address: string, dv: ExcelJS.DataValidation): void {
  (ws as WithValidations).dataValidations.add(address, dv);
}

/** The profiles by their Chinese names: a clerk's document shows no rule ids (parseProfile reads the names, and older templates' ids). */
const PROFILE_VALUES: readonly string[] = PROFILES.map((p) => p.name);

/** The drop-down (or number rule) a field's cells get, if any. */
export function validationFor(field: FieldDef): ExcelJS.DataValidation | null {
  const list = (values: readonly string[], strict: boolean): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: strict,
    errorStyle: 'warning',
    errorTitle: '不在可选值中',
    error: `请从下拉列表中选择：${values.join('、')}`.slice(0, 220),
  });
  switch (field.type) {
    case 'enum':
      return list(field.values ?? [], true);
    case 'yesNo':
      return list(YES_NO, true);
    case 'skillLevel':
      return list(SKILL_LEVELS, true);
    case 'skillLevelRange':
      return list(SKILL_LEVELS, false);
    case 'xcertLevelRange':
      return list(XCERT_LEVELS, false);
    case 'title':
      return list(TITLE_LEVELS, false);
    case 'profile':
      return list(PROFILE_VALUES, true);
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '应为非负整数', error: '请填写 0 或正整数，不带单位' };
    default:
      return null;
  }
}

/** Column formats that keep Excel from mangling what clerks type. */
export function numFmtFor(field: FieldDef): string | null {
  if (field.type === 'id' || field.type === 'creditCode' || field.type === 'occupationCode' || field.type === 'phone') return '@';
  if (field.type === 'date') return 'yyyy-mm-dd';
  return null;
}

export function businessField(field: FieldDef): FieldDef {
  return field.key === 'business' ? { ...field, values: BUSINESS_TYPES } : field;
}

function orgSheet(wb: ExcelJS.Workbook, def: SheetDef, profile: Profile, business: BusinessType): void {
  const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ['项目', '内容', '变更前', '填写说明'].forEach((h, i) => {
    const c = ws.getCell(1, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.border = THIN;
  });
  def.fields.forEach((raw, i) => {
    const field = businessField(raw);
    const r = i + 2;
    const label = ws.getCell(r, 1);
    label.value = field.header;
    label.border = THIN;
    if (field.required) label.font = { bold: true, color: { argb: 'FFC00000' } };
    const value = ws.getCell(r, 2);
    value.border = THIN;
    ws.getCell(r, 3).border = THIN;
    const fmt = numFmtFor(field);
    if (fmt) {
      value.numFmt = fmt;
      ws.getCell(r, 3).numFmt = fmt;
    }
    if (field.key === 'profile') value.value = profile.name;
    if (field.key === 'business') value.value = business;
    if (field.key === 'orgType') value.value = profile.orgType;
    const dv = validationFor(field);
    if (dv) {
      addValidation(ws, `B${r}`, dv);
      addValidation(ws, `C${r}`, dv);
    }
    ws.getCell(r, 4).value = [field.required ? '必填' : '', field.note ?? ''].filter(Boolean).join('；');
  });
  [24, 44, 24, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const TITLES: Partial<Record<SheetKind, string>> = {
  staff: '工作人员名册',
  examiners: '考评人员名册',
  experts: '专家队伍名册',
  supervisors: '内部质量督导员名册',
  equipment: '场地、设施设备清单',
  questionBank: '题库清单',
  xcertData: '“X证书”评价数据汇总表',
  materials: '申请材料清单',
  sites: '考核点名单',
};

function tableSheet(wb: ExcelJS.Workbook, def: SheetDef): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  const n = def.fields.length;
  const title = ws.getCell(1, 1);
  title.value = TITLES[def.kind] ?? def.name;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(1, 1, 1, n);
  def.fields.forEach((field, i) => {
    const col = i + 1;
    const h = ws.getCell(2, col);
    h.value = field.header;
    h.font = { bold: true, color: field.required ? { argb: 'FFC00000' } : undefined };
    h.fill = HEADER_FILL;
    h.border = THIN;
    h.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const column = ws.getColumn(col);
    column.width = field.width ?? 14;
    const fmt = numFmtFor(field);
    // A column format (not one per cell) so that every row a clerk adds gets it too.
    if (fmt) column.numFmt = fmt;
    const dv = validationFor(field);
    if (dv) addValidation(ws, `${column.letter}${FIRST_DATA_ROW}:${column.letter}${LAST_DATA_ROW}`, dv);
  });
  ws.getRow(2).height = 32;
  return ws;
}

function materialsRows(ws: ExcelJS.Worksheet, profile: Profile, business: BusinessType): void {
  requiredMaterials(profile.id, business).forEach((m, i) => {
    const r = FIRST_DATA_ROW + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = m.name;
    ws.getCell(r, 5).value = m.note ?? (m.required ? '必须提供' : '按需提供');
  });
}

function instructions(wb: ExcelJS.Workbook, profile: Profile, business: BusinessType, sheets: SheetDef[]): void {
  const ws = wb.addWorksheet('说明');
  const lines: string[] = [
    `${profile.name} 职业技能等级评价机构备案工作簿（${business}）`,
    '',
    `本工作簿按${SOURCES[profile.source].full}的要求制作，用于整理备案材料中的名册、清单和数据，可经备案检查后生成备案表格。`,
    '填写方法：',
    '1. 每张表第 2 行为表头，请勿修改表头文字；可以增加列，列的顺序可以调整。红色表头为必填列。',
    '2. 身份证件号、统一社会信用代码、职业编码列已设为文本格式，请直接输入完整号码，不要改为数值格式，否则 18 位号码的后几位会丢失。',
    '3. 日期请按日期格式填写，如“2026-06-15”；只知道月份的可写“2018.09”或“2019年9月”，检查时按该月的每一天核对，只有部分日期满足条件时给出提醒。',
    '4. 技能等级请从下拉列表选择“五级/初级工”“四级/中级工”“三级/高级工”“二级/技师”“一级/高级技师”，也可写成“三级（高级工）”；等级范围可写“五级至三级”或“五级至三级（初级工至高级工）”。',
    '5. 专业技术职称可从下拉列表选择“初级”“中级”“副高级”“正高级”，也可直接填写职称名称，如“高级工程师”“副教授”。',
    '6. 职业编码按《中华人民共和国职业分类大典（2022年版）》填写，格式为 d-dd-dd-dd，如“4-04-05-05”；同一编码下申报几个工种的，每个工种一行，在工种名称列填写工种，名册中可直接写工种名称。',
    '7. 是/否列填写“是”或“否”，也可使用 Excel 的复选框（勾选即为是）。',
    '8. 几个职业（工种）共用的场地、设备，职业（工种）列可填写“全部申报职业（工种）”“通用”或“共用”。',
    '9. 同一职业的人员、设备可以合并单元格填写职业（工种）和职业编码；表格下方的合计、注、填表说明行不计入数据。',
    '',
    '各工作表：',
    ...sheets.map((s, i) => `${i + 1}. ${s.name}：${s.layout === 'kv' ? '逐项填写“内容”列；信息变更时在“变更前”列填写原内容。' : `每行一条，需填写的列有 ${s.fields.filter((f) => f.required).map((f) => f.header).join('、') || '（无必填列）'}。`}${s.note ? s.note : ''}`),
    '',
    '检查方法：在 Excel 中打开“备案检查”加载项，或在浏览器中打开备案检查页面并选择本工作簿；有问题的单元格会被标出并附上说明。',
  ];
  writeInstructions(ws, lines);
}

/** A 说明 sheet's lines, one a row, the first a title. */
export function writeInstructions(ws: ExcelJS.Worksheet, lines: readonly string[]): void {
  lines.forEach((l, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = l;
    if (i === 0) c.font = { bold: true, size: 14 };
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.getColumn(1).width = 110;
}

/** The template workbook for one profile and business type. */
export function buildTemplate(profileId: ProfileId, business: BusinessType): ExcelJS.Workbook {
  const profile = profileById(profileId);
  if (!profile) throw new Error(`unknown profile ${profileId}`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'beian';
  wb.created = wb.modified = FIXED_DATE;
  const sheets = templateSheets(profile, business);
  instructions(wb, profile, business, sheets);
  for (const def of sheets) {
    if (def.layout === 'kv') orgSheet(wb, def, profile, business);
    else {
      const ws = tableSheet(wb, def);
      if (def.kind === 'materials') materialsRows(ws, profile, business);
    }
  }
  return wb;
}

export async function templateBuffer(profileId: ProfileId, business: BusinessType): Promise<Uint8Array> {
  return new Uint8Array(await buildTemplate(profileId, business).xlsx.writeBuffer());
}
