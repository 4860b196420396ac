/** The Excel test double: see double.ts. from-xlsx.ts (exceljs) is kept apart so that a page can bundle the double without it. */
export { ExcelDouble, HOSTS, type ChangedEvent, type DoubleOptions, type HostProfile, type SyncStats } from './double';
export { OfficeError } from './errors';
export { DocSheet, DocWorkbook, NO_FILL, type Fill, type Scalar, type Visibility } from './state';
