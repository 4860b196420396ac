/** The Excel test double: see double.ts. Opening and saving .xlsx (xlsx.ts, with exceljs) is kept apart so that a page can bundle the double without it. */
export { ExcelDouble, HOSTS, type ChangedEvent, type DoubleOptions, type HostProfile, type SyncStats } from './double';
export { OfficeError } from './errors';
export { DocSheet, DocWorkbook, key, NO_FILL, type Fill, type Scalar, type Visibility } from './state';
