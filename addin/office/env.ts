/// <reference types="office-js" />

/**
 * The Office.js globals the add-in runs against. Passed in rather than read
 * from `window` everywhere, so that tests (and the pane's Office-mode page)
 * can hand in the Excel test double, and two sessions can share one workbook.
 */
export interface OfficeEnv {
  excel: typeof Excel;
  office: typeof Office;
}

export function globalEnv(): OfficeEnv {
  const g = globalThis as unknown as { Excel?: typeof Excel; Office?: typeof Office };
  if (!g.Excel || !g.Office) throw new Error('office.js is not loaded');
  return { excel: g.Excel, office: g.Office };
}

/**
 * What this Excel can do beyond the manifest's ExcelApi 1.7, decided once
 * with isSetSupported. Office 2019 stops at 1.8; LTSC/volume-licensed builds
 * have comments (1.10) but no notes (1.18).
 */
export type Features = {
  /** Data validation (drop-downs) through the API: ExcelApi 1.8. */
  dataValidation: boolean;
  /** worksheet.getRanges (RangeAreas) and Range.getCellProperties: 1.9. */
  rangeAreas: boolean;
  /** worksheets.onChanged for the whole workbook: 1.9. */
  workbookEvents: boolean;
  /** Threaded comments: 1.10. */
  comments: boolean;
  /** insertWorksheetsFromBase64 and getMergedAreasOrNullObject: 1.13. */
  insertSheets: boolean;
  mergedAreas: boolean;
  /** event.triggerSource tells our own writes apart: 1.14. */
  triggerSource: boolean;
  /** Notes (the classic cell note): 1.18, missing on LTSC and volume-licensed builds. */
  notes: boolean;
  /** A dialog the pane can send data to (messageChild): DialogApi 1.2. */
  dialogMessages: boolean;
};

export function detectFeatures(office: typeof Office): Features {
  const excel = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  return {
    dataValidation: excel('1.8'),
    rangeAreas: excel('1.9'),
    workbookEvents: excel('1.9'),
    comments: excel('1.10'),
    insertSheets: excel('1.13'),
    mergedAreas: excel('1.13'),
    triggerSource: excel('1.14'),
    notes: excel('1.18'),
    dialogMessages: office.context.requirements.isSetSupported('DialogApi', '1.2'),
  };
}

/** How the finding text reaches a marked cell on this Excel. */
export type NoteKind = 'note' | 'comment' | 'none';

export function noteKind(f: Features): NoteKind {
  return f.notes ? 'note' : f.comments ? 'comment' : 'none';
}
