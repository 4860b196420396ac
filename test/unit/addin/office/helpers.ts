import { ExcelHost, type OfficeHostOptions } from '../../../../addin/office/office-host';
import type { OfficeEnv } from '../../../../addin/office/env';
import { HOSTS, type ExcelDouble, type HostProfile } from '../../../excel-double';
import { doubleFromXlsx } from '../../../excel-double/xlsx';
import type { DocWorkbook } from '../../../excel-double/state';

export const TODAY = new Date(Date.UTC(2026, 5, 1));

export function envOf(d: ExcelDouble): OfficeEnv {
  return { excel: d.Excel as unknown as typeof Excel, office: d.Office as unknown as typeof Office };
}

/** A new pane session over a double (a second call is the pane reopened on the same workbook). */
export function session(d: ExcelDouble, opts: OfficeHostOptions = {}): ExcelHost {
  return new ExcelHost({ env: envOf(d), today: () => TODAY, ...opts });
}

export async function open(bytes: Uint8Array, host: HostProfile = HOSTS.m365): Promise<ExcelDouble> {
  return doubleFromXlsx(bytes, { host });
}

/** Everything a mark could touch, per sheet, for before/after comparisons. */
export function snapshot(doc: DocWorkbook): unknown {
  return doc.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    rows: JSON.stringify(s.rows),
    formulas: [...s.formulas],
    errors: [...s.errors],
    numFmts: [...s.numFmts].sort((a, b) => a[0] - b[0]),
    fills: [...s.fills].sort((a, b) => a[0] - b[0]),
    notes: [...s.notes].sort((a, b) => a[0] - b[0]),
    comments: [...s.comments].sort((a, b) => a[0] - b[0]).map(([k, c]) => [k, c.content]),
  }));
}

/** Values only: what checking must never change. */
export function values(doc: DocWorkbook): unknown {
  return doc.sheets.map((s) => [s.name, JSON.stringify(s.rows), [...s.formulas], [...s.errors]]);
}
