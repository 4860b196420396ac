/** The relationship types' namespace (transitional OOXML, as Word and exceljs write). */
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
