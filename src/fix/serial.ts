const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, for the dates a fix writes (all after 1900-03-01). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The Excel serial number of a UTC-midnight date. */
export function excelSerial(date: Date): number {
  return Math.round((date.getTime() - EXCEL_EPOCH) / DAY_MS);
}
