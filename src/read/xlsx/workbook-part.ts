import type { SheetState } from '../../model/workbook';
import { attrByLocalName, XmlHandler } from './xml';

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Relationship id of the sheet's part in the workbook's rels. */
  rid: string;
}

function xsdBoolean(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** xl/workbook.xml: the sheets in tab order, their state, and the date system. */
export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;
  private inSheets = false;

  open(name: string, a: Record<string, string>): void {
    if (name === 'sheets') this.inSheets = true;
    else if (name === 'sheet' && this.inSheets) {
      const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
      this.sheets.push({ name: a.name ?? '', state, rid: attrByLocalName(a, 'id') ?? '' });
    } else if (name === 'workbookPr') this.date1904 = xsdBoolean(a.date1904);
  }

  text(): void {}

  close(name: string): void {
    if (name === 'sheets') this.inSheets = false;
  }
}
