import { displayText, isoDate } from '../model/cell';
import { normaliseLabel } from '../model/label';
import type { Sheet, Workbook } from '../model/workbook';
import { parseDateValue } from '../validate/dates';

/** One organisation on the office's register of filed organisations (已备案机构). */
export interface RegisterRow {
  /** The row's number on the register's sheet, for the clerk to find it. */
  row: number;
  filingNo: string;
  name: string;
  creditCode: string;
  /** yyyy-mm-dd, or as written when it is no date. */
  validTo: string;
  city: string;
  contact: string;
  phone: string;
}

export type RegisterField = Exclude<keyof RegisterRow, 'row'>;

/** A column of the register: its header in the template, the other headers offices write, and what it holds. */
export interface RegisterColumn {
  key: RegisterField;
  header: string;
  variants: readonly string[];
  required: boolean;
  kind: 'text' | 'code' | 'date';
  /** What the 说明 sheet says of it. */
  note: string;
}

export const REGISTER_SHEET = '已备案机构';

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'filingNo', header: '备案号', variants: ['评价机构备案号', '备案编号', '备案证书编号'], required: true, kind: 'code', note: '备案回执上的评价机构备案号' },
  { key: 'name', header: '机构名称', variants: ['单位名称', '评价机构名称', '机构全称'], required: true, kind: 'text', note: '与营业执照或法人证书一致的全称' },
  { key: 'creditCode', header: '统一社会信用代码', variants: ['信用代码', '社会信用代码', '统一信用代码'], required: true, kind: 'code', note: '18 位代码，报送的工作簿按它与本表对应（没有时按备案号，再按机构名称）' },
  { key: 'validTo', header: '有效期止', variants: ['备案有效期止', '有效期至', '备案有效期至', '到期日期', '备案到期日期'], required: true, kind: 'date', note: '备案回执上的有效期限止日，填写为日期' },
  { key: 'city', header: '地市/师市', variants: ['地市', '师市', '所属地市', '所在地市', '所属师市', '地区'], required: false, kind: 'text', note: '可选；按它分地区列出名单，并判断按河南还是兵团的规定计算续期期限' },
  { key: 'contact', header: '联系人', variants: ['机构联系人'], required: false, kind: 'text', note: '可选；列入跟进名单，便于联系' },
  { key: 'phone', header: '联系电话', variants: ['联系人电话', '电话', '联系方式'], required: false, kind: 'code', note: '可选；同上' },
];

/** The register cannot be used: one Chinese line for the clerk. */
export class RegisterError extends Error {}

/** Rows searched for the header: a title and a note or two may stand above it. */
const HEADER_SEARCH_ROWS = 10;

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

function columnsOf(sheet: Sheet, row: number): Map<RegisterField, number> | undefined {
  const found = new Map<RegisterField, number>();
  sheet.someInRow(row, (v, col) => {
    const label = normaliseLabel(displayText(v));
    const c = REGISTER_COLUMNS.find((x) => [x.header, ...x.variants].some((h) => normaliseLabel(h) === label));
    if (c && !found.has(c.key)) found.set(c.key, col);
    return false;
  });
  return REGISTER_COLUMNS.some((c) => c.required && found.has(c.key)) ? found : undefined;
}

function cellText(sheet: Sheet, row: number, col: number | undefined, kind: RegisterColumn['kind']): string {
  if (col === undefined) return '';
  const v = sheet.value(row, col);
  if (kind === 'date') {
    const d = parseDateValue(v).date;
    if (d) return isoDate(d);
  }
  const t = displayText(v).trim();
  return kind === 'code' ? fold(t) : t;
}

/**
 * The register's rows: the first sheet whose header (within its first rows)
 * names the register's columns; every required column must be there.
 */
export function readRegister(book: Workbook): RegisterRow[] {
  const sheets = [...book.sheets].sort((a, b) => Number(b.name === REGISTER_SHEET) - Number(a.name === REGISTER_SHEET));
  for (const sheet of sheets) {
    if (sheet.state !== 'visible') continue;
    const headerRow = sheet.rowNumbers().filter((r) => r <= HEADER_SEARCH_ROWS).find((r) => columnsOf(sheet, r));
    if (headerRow === undefined) continue;
    const cols = columnsOf(sheet, headerRow)!;
    const missing = REGISTER_COLUMNS.filter((c) => c.required && !cols.has(c.key)).map((c) => c.header);
    if (missing.length) throw new RegisterError(`已备案机构名单的工作表“${sheet.name}”缺少 ${missing.join('、')} 列`);
    const rows: RegisterRow[] = [];
    for (const r of sheet.rowNumbers()) {
      if (r <= headerRow) continue;
      const get = (c: RegisterColumn) => cellText(sheet, r, cols.get(c.key), c.kind);
      const row = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, get(c)])) as Record<RegisterField, string>;
      if (row.name || row.creditCode || row.filingNo) rows.push({ row: r, ...row });
    }
    return rows;
  }
  throw new RegisterError(`已备案机构名单中没有含 ${REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.header).join('、')} 列的工作表，请按已备案机构名单模板填写`);
}
