/** The WPS test double: see double.ts. Opening .xlsx goes through the Excel double's loader (exceljs), kept apart so a page can bundle the double without it. */
export { CVERR, toBgr, toHex, WpsDouble, WpsError, XL, type WpsDoubleOptions } from './double';
