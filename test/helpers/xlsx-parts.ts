import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Hand-built .xlsx packages for reader tests: exact XML, part names and zip
 * layout that no writer library would produce on request (strict OOXML,
 * prefixed elements, odd part names, lying directories).
 */

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export type Parts = Record<string, string | Uint8Array>;

/** Zips parts in the given order (deflated unless `level: 0`). */
export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = [typeof data === 'string' ? strToU8(data) : data, { level }];
  return zipSync(files, { mtime: new Date(Date.UTC(2026, 0, 1)) });
}

export function unzipParts(buf: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(buf);
}

export interface SheetSpec {
  name: string;
  /** Inner XML of <sheetData>. */
  rows: string;
  /** XML after </sheetData> (mergeCells, dataValidations, …). */
  after?: string;
  /** XML before <sheetData> (dimension, cols, …). */
  before?: string;
  state?: 'hidden' | 'veryHidden';
  /** Part name, default xl/worksheets/sheetN.xml. */
  part?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** <si> items, raw XML inside each. */
  strings?: string[];
  /** Inner XML of <styleSheet>. */
  styles?: string;
  date1904?: boolean;
  /** Namespaces: transitional (default) or strict OOXML. */
  strict?: boolean;
  /** Element prefix for SpreadsheetML elements, e.g. 'x'. */
  prefix?: string;
}

/** A minimal but complete package as Excel lays it out. */
export function buildXlsx(spec: BookSpec): Parts {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const relType = spec.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${main}"` : `xmlns="${main}"`;
  const parts: Parts = {};
  parts['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEls = spec.sheets
    .map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rIdS${i + 1}"/>`)
    .join('');
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${rel}">` +
    (spec.date1904 ? `<${p}workbookPr date1904="1"/>` : '') +
    `<${p}sheets>${sheetEls}</${p}sheets></${p}workbook>`;
  const rels = spec.sheets.map((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    return `<Relationship Id="rIdS${i + 1}" Type="${relType}/worksheet" Target="${part.startsWith('xl/') ? part.slice(3) : '/' + part}"/>`;
  });
  if (spec.strings) rels.push(`<Relationship Id="rIdSS" Type="${relType}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles) rels.push(`<Relationship Id="rIdST" Type="${relType}/styles" Target="styles.xml"/>`);
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
  if (spec.styles) parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}>${spec.styles}</${p}styleSheet>`;
  if (spec.strings) {
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${spec.strings.length}">` + spec.strings.map((s) => `<${p}si>${s}</${p}si>`).join('') + `</${p}sst>`;
  }
  spec.sheets.forEach((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    parts[part] = `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns} xmlns:r="${rel}">${s.before ?? ''}<${p}sheetData>${s.rows}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`;
  });
  return parts;
}

export function xlsx(spec: BookSpec): Uint8Array {
  return zipParts(buildXlsx(spec));
}

/** A plain inline-string cell, for terse sheet XML. */
export function str(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}
