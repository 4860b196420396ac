/**
 * Namespaces, relationship types and content types the annotator writes.
 * A workbook saved as strict OOXML gets strict names in the parts we add,
 * so that its parts stay of one kind.
 */

export interface Flavour {
  strict: boolean;
  /** SpreadsheetML main namespace. */
  main: string;
  /** Namespace of r:id attributes. */
  rel: string;
  /** Relationship type for a kind (worksheet, comments, vmlDrawing, styles). */
  relType(kind: 'worksheet' | 'comments' | 'vmlDrawing' | 'styles'): string;
}

const TRANSITIONAL: Flavour = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  relType: (kind) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`,
};

const STRICT: Flavour = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  relType: (kind) => `http://purl.oclc.org/ooxml/officeDocument/relationships/${kind}`,
};

/** The flavour of a package, from its workbook part's root tag. */
export function flavourOf(workbookRootTag: string): Flavour {
  return workbookRootTag.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

export const OFFICE_DOCUMENT = 'officeDocument';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  person: 'application/vnd.ms-excel.person+xml',
} as const;

/**
 * The workbook part's content type of a template, and of the workbook it
 * becomes: the annotated copy is a workbook (Excel will not open a file
 * named .xlsx whose workbook part says template), macros kept.
 */
export const TEMPLATE_TO_WORKBOOK: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
};

/** Excel's threaded comments (Office 365), the same in both flavours. */
export const THREADED = {
  ns: 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments',
  commentRel: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
  personRel: 'http://schemas.microsoft.com/office/2017/10/relationships/person',
} as const;

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
] as const;

/** CT_Stylesheet's children in schema order (18.8.39). */
export const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;

/** CT_Workbook's children in schema order (18.2.27). */
export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;
