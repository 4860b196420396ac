import type { CellValue } from '../model/cell';
import { RecognisedWorkbook, Table } from '../model/table';
import { Sheet } from '../model/workbook';

/** A column number standing for every cell of a sheet (a rule that walks whole rows). */
export const EVERY_COLUMN = -1;
/** A column number standing for a table's rows: which are data, empty or totals. */
export const TABLE_ROWS = -2;

/**
 * What a rule (or a shared memo) read: per sheet, the columns whose cells
 * it looked at, EVERY_COLUMN and TABLE_ROWS as above; `all` when it looked
 * past the tables (the workbook's sheet list, unrecognised sheets).
 */
export class Reads {
  all = false;
  readonly sheets = new Map<string, Set<number>>();

  columnsOf(sheet: string): Set<number> {
    let s = this.sheets.get(sheet);
    if (!s) this.sheets.set(sheet, (s = new Set()));
    return s;
  }

  addAll(other: Reads): void {
    if (other.all) this.all = true;
    for (const [sheet, cols] of other.sheets) {
      const mine = this.columnsOf(sheet);
      for (const c of cols) mine.add(c);
    }
  }
}

/**
 * Gives rules a view of a recognised workbook that notes what they read,
 * into whichever Reads is current (a rule's, or a memo's while it computes).
 */
export class ReadTracker {
  current = new Reads();

  /** Runs `f` noting its reads into `reads`, then restores the previous target. */
  into<T>(reads: Reads, f: () => T): T {
    const saved = this.current;
    this.current = reads;
    try {
      return f();
    } finally {
      this.current = saved;
    }
  }

  /*
   * Views are new objects of the model's classes holding the same data, not
   * objects whose prototype is the viewed one: V8 turns an object used as a
   * prototype into a slow dictionary, which would slow every later read of
   * the real sheet (a 100,000-row check went from 1 to 17 s).
   */

  /** The tracked view of a recognition: its tables' sheets note the columns read. */
  view(book: RecognisedWorkbook): RecognisedWorkbook {
    const tables = book.tables.map((t) => this.table(t));
    const view = Object.create(RecognisedWorkbook.prototype) as RecognisedWorkbook;
    const tracker = this;
    Object.defineProperty(view, 'tables', { value: tables });
    Object.defineProperty(view, 'org', { value: book.org });
    Object.defineProperty(view, 'workbook', {
      get() {
        tracker.current.all = true;
        return book.workbook;
      },
    });
    Object.defineProperty(view, 'unrecognised', {
      get() {
        tracker.current.all = true;
        return book.unrecognised;
      },
    });
    return view;
  }

  private table(t: Table): Table {
    const view = Object.create(Table.prototype) as Table;
    const name = t.sheet.name;
    const tracker = this;
    const rows = (key: 'rows' | 'emptyRows' | 'totalRows' | 'headerRow') => ({
      get() {
        tracker.note(name, TABLE_ROWS);
        return t[key];
      },
    });
    Object.defineProperties(view, {
      // Every field the table holds (its merges and vocabularies included), then the tracked ones over them.
      ...Object.getOwnPropertyDescriptors(t),
      sheet: { value: this.sheet(t.sheet) },
      rows: rows('rows'),
      emptyRows: rows('emptyRows'),
      totalRows: rows('totalRows'),
      headerRow: rows('headerRow'),
    });
    return view;
  }

  private sheet(s: Sheet): Sheet {
    const view = Object.create(Sheet.prototype) as Sheet;
    const name = s.name;
    const tracker = this;
    // The last target and its column set, so that a rule walking a column pays one Set.add per cell.
    let target: Reads | null = null;
    let cols: Set<number> = new Set();
    const note = (col: number) => {
      if (target !== tracker.current) {
        target = tracker.current;
        cols = target.columnsOf(name);
      }
      cols.add(col);
    };
    Object.assign(view, {
      name: s.name,
      state: s.state,
      merges: s.merges,
      rowCount: s.rowCount,
      colCount: s.colCount,
      value(row: number, col: number): CellValue {
        note(col);
        return s.value(row, col);
      },
      isFormula(row: number, col: number): boolean {
        note(col);
        return s.isFormula(row, col);
      },
      numFmt(row: number, col: number): string | null {
        note(col);
        return s.numFmt(row, col);
      },
      cell(row: number, col: number) {
        note(col);
        return s.cell(row, col);
      },
      rowValues(row: number) {
        note(EVERY_COLUMN);
        return s.rowValues(row);
      },
      someInRow(row: number, fn: (value: CellValue, col: number) => boolean) {
        note(EVERY_COLUMN);
        return s.someInRow(row, fn);
      },
      columns(row: number) {
        note(EVERY_COLUMN);
        return s.columns(row);
      },
      rowNumbers() {
        note(EVERY_COLUMN);
        return s.rowNumbers();
      },
      isRowEmpty(row: number) {
        note(EVERY_COLUMN);
        return s.isRowEmpty(row);
      },
    });
    return view;
  }

  private note(sheet: string, col: number): void {
    this.current.columnsOf(sheet).add(col);
  }
}
