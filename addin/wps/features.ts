import type { EtApplication } from './et';

/**
 * What this WPS offers beyond reading and writing cells, decided once:
 * WPS builds differ (older 2019 builds and some Linux/信创 builds lack the
 * add-in events or the save dialog), and the host falls back instead of
 * failing: no live re-check (检查 again after editing), 另存标注副本 replaced
 * by WPS's own 另存为.
 */
export type WpsFeatures = {
  /** Application.ApiEvent with SheetChange: live re-check. */
  sheetEvents: boolean;
  /** Application.GetSaveAsFilename and Workbook.SaveCopyAs: the marked copy saved where the clerk chooses. */
  saveCopy: boolean;
  /** Cell notes (ET's Comment): always; listed so the pane's feature notes read alike for both hosts. */
  notes: boolean;
  /** Drop-downs (Range.Validation) in inserted template sheets. */
  dataValidation: boolean;
};

/** A member WPS may lack: present when reading it neither throws nor gives undefined. */
function has(read: () => unknown): boolean {
  try {
    return read() !== undefined && read() !== null;
  } catch {
    return false;
  }
}

export function detectWpsFeatures(app: EtApplication): WpsFeatures {
  const book = app.ActiveWorkbook;
  return {
    sheetEvents: has(() => app.ApiEvent?.AddApiEventListener),
    saveCopy: has(() => app.GetSaveAsFilename) && (book === null || has(() => book.SaveCopyAs)),
    notes: true,
    dataValidation: true,
  };
}
