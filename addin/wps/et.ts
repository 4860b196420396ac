/**
 * The part of WPS 表格's JavaScript object model (window.Application inside
 * a WPS 加载项) that the WPS host uses, as WPS documents it: the ET object
 * model mirrors Excel's VBA one — 1-based Item, Value2 as a scalar for one
 * cell and rows of values for several, COM enum numbers, colours as BGR
 * numbers. Every member here is listed with its documentation in API.md;
 * the test double (test/wps-double) implements exactly these.
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  /** Sheet deletion asks the user to confirm unless alerts are off. */
  DisplayAlerts: boolean;
  /** Add-in events (SheetChange…); missing on builds without them. */
  readonly ApiEvent?: EtApiEvent;
  /** Key–value storage shared by the add-in's pages (the ribbon's entry page and the pane). */
  readonly PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  /** The save-as dialog: the chosen path, or false when cancelled. */
  GetSaveAsFilename?(InitialFilename?: string, FileFilter?: string): string | false;
}

export interface EtApiEvent {
  AddApiEventListener(name: string, handler: (...args: unknown[]) => void): void;
  RemoveApiEventListener(name: string, handler: (...args: unknown[]) => void): void;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  /** Saves a copy of the workbook as it is now, leaving the open one as it is. */
  SaveCopyAs?(Filename: string): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index, or a sheet name. */
  Item(index: number | string): EtWorksheet;
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null, Count?: number, Type?: number): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** XlSheetVisibility (read with sheetState). */
  Visible: number | boolean;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Hyperlinks: EtHyperlinks;
  Activate(): void;
  Delete(): void;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Worksheet: EtWorksheet;
  /** One cell: its value; several: rows of values. Dates are serial numbers, errors CVErr numbers. */
  Value2: unknown;
  /** As Value2, with formulas as "=…" text. */
  readonly Formula: unknown;
  /** The format code, or null when the cells differ. */
  NumberFormat: string | null;
  /** The cell's text as shown. */
  readonly Text: string;
  /** True when every cell is merged, false when none, null when some. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: { Bold: boolean | null; Color: number | null; Underline: number | null };
  ColumnWidth: number | null;
  WrapText: boolean | null;
  /** The cell's comment (WPS's classic cell note), or null. */
  readonly Comment: EtComment | null;
  AddComment(Text?: string): EtComment;
  readonly Validation: EtValidation;
  Select(): void;
  Clear(): void;
}

export interface EtInterior {
  /** BGR: red + green × 256 + blue × 65536. */
  Color: number;
  /** XlPattern; xlNone when the cell has no fill. */
  Pattern: number;
  PatternColor: number;
  /** XlThemeColor of a theme-coloured fill; reading it where the fill is not a theme colour fails. */
  ThemeColor: number;
  /** −1 (darkest) to 1 (lightest), 0 the colour itself. */
  TintAndShade: number;
  /** 1–56, an entry of the workbook's palette (set only: reading answers the nearest entry for any colour). */
  ColorIndex: number;
}

export interface EtComment {
  /** Reads the text; with an argument, replaces it. */
  Text(Text?: string): string;
  Delete(): void;
  /** The note's box; Width and Height in points. */
  readonly Shape: { Width: number; Height: number };
}

export interface EtHyperlinks {
  Add(Anchor: EtRange, Address: string, SubAddress?: string, ScreenTip?: string, TextToDisplay?: string): unknown;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
}

/** The COM enum values the host uses (XlSheetVisibility, XlPattern/Constants, XlDVType…). */
export const xl = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  none: -4142,
  solid: 1,
  underlineSingle: 2,
  validateList: 3,
  validateWholeNumber: 1,
  validateDecimal: 2,
  alertStop: 1,
  alertWarning: 2,
  alertInformation: 3,
  between: 1,
} as const;

/**
 * A sheet's Visible as the model's state. ET answers XlSheetVisibility
 * numbers; its documentation's examples also set true/false, so a boolean
 * answer is read too (true visible, false hidden).
 */
export function sheetState(visible: unknown): 'visible' | 'hidden' | 'veryHidden' {
  if (visible === xl.sheetVeryHidden) return 'veryHidden';
  if (visible === xl.sheetHidden || visible === false) return 'hidden';
  return 'visible';
}

/** XlPattern ↔ the pattern names the restore data keeps (Office.js names, shared with the Excel host). */
export const PATTERNS: Record<string, number> = {
  Solid: 1,
  Gray75: -4126,
  Gray50: -4125,
  Gray25: -4124,
  Gray16: 17,
  Gray8: 18,
  Horizontal: -4128,
  Vertical: -4166,
  Down: -4121,
  Up: -4162,
  Checker: 9,
  SemiGray75: 10,
  LightHorizontal: 11,
  LightVertical: 12,
  LightDown: 13,
  LightUp: 14,
  Grid: 15,
  CrissCross: 16,
  // Gradient fills read as these (never set back: see restorable()).
  LinearGradient: 4000,
  RectangularGradient: 4001,
};

const PATTERN_NAMES = new Map(Object.entries(PATTERNS).map(([k, v]) => [v, k]));
export const patternName = (n: number): string | null => PATTERN_NAMES.get(n) ?? null;

/**
 * A theme colour as the restore data numbers it (SpreadsheetML's index:
 * 0 背景 1, 1 文字 1, 2 背景 2, 3 文字 2, 4– accents and links) → ET's
 * XlThemeColor (xlThemeColorDark1 1, Light1 2, Dark2 3, Light2 4,
 * Accent1 5 … FollowedHyperlink 12); undefined outside both.
 */
export function xlThemeColor(theme: number): number | undefined {
  if (!Number.isInteger(theme) || theme < 0 || theme > 11) return undefined;
  return theme < 4 ? [2, 1, 4, 3][theme] : theme + 1;
}

/** ET's XlThemeColor → the restore data's theme index; undefined for anything else (msoNotThemeColor 0 …). */
export function themeIndex(xlTheme: unknown): number | undefined {
  if (typeof xlTheme !== 'number' || !Number.isInteger(xlTheme) || xlTheme < 1 || xlTheme > 12) return undefined;
  return xlTheme <= 4 ? [1, 0, 3, 2][xlTheme - 1] : xlTheme - 1;
}

/** "#RRGGBB" → the BGR number ET takes. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace('#', '').slice(-6), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** ET's BGR number → "#RRGGBB". */
export function hexOf(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/**
 * Error values as Value2 gives them: COM's CVErr codes (xlErrDiv0 2007 …
 * as the HRESULT 0x800A0000 + code). A cell holding one of these numbers is
 * confirmed by its Text.
 */
export const ERROR_CODES: Record<number, string> = {
  [-2146826281]: '#DIV/0!',
  [-2146826246]: '#N/A',
  [-2146826259]: '#NAME?',
  [-2146826288]: '#NULL!',
  [-2146826252]: '#NUM!',
  [-2146826265]: '#REF!',
  [-2146826273]: '#VALUE!',
};
