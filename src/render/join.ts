import { DEFAULT_READ_LIMITS } from '../read/limits';
import { unzipEntries, zipEntries } from './zip';

/** These are documents beian rendered itself, so only the reader's overall ceiling bounds them. */
const unzipOwn = (doc: Uint8Array) => unzipEntries(doc, DEFAULT_READ_LIMITS.maxUncompressedBytes);

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A document body split into its content and its closing section properties. */
function body(xml: string): { content: string; sectPr: string } {
  const open = xml.indexOf('<w:body>');
  const close = xml.lastIndexOf('</w:body>');
  const inner = xml.slice(open + '<w:body>'.length, close);
  const at = inner.lastIndexOf('<w:sectPr');
  return { content: inner.slice(0, at), sectPr: inner.slice(at) };
}

/** Section properties whose page numbers start again at 1. */
function restartNumbers(sectPr: string): string {
  // In the schema's order: after pgMar, before cols and docGrid.
  if (sectPr.includes('<w:pgNumType')) return sectPr;
  const at = ['<w:cols', '<w:docGrid', '</w:sectPr>'].map((t) => sectPr.indexOf(t)).find((i) => i >= 0)!;
  return `${sectPr.slice(0, at)}<w:pgNumType w:start="1"/>${sectPr.slice(at)}`;
}

/** Content that ends its section: the section's properties go into its last paragraph, or a paragraph of their own after a table. */
function endSection(content: string, sectPr: string): string {
  if (!content.endsWith('</w:p>')) return `${content}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  const start = Math.max(content.lastIndexOf('<w:p>'), content.lastIndexOf('<w:p '));
  const p = content.slice(start);
  const withProps = p.includes('</w:pPr>') ? p.replace('</w:pPr>', `${sectPr}</w:pPr>`) : p.replace(/^<w:p( [^>]*)?>/, (m) => `${m}<w:pPr>${sectPr}</w:pPr>`);
  return content.slice(0, start) + withProps;
}

/**
 * Documents made from templates of one builder (the same styles, footers
 * and relationships) as one file: each keeps its own section, so its page
 * size and orientation, and its page numbers start at 1 on its first page.
 * One document is returned as it is.
 */
export function joinDocx(docs: readonly Uint8Array[]): Uint8Array {
  if (docs.length === 1) return docs[0];
  const entries = unzipOwn(docs[0]);
  const bodies = docs.map((d) => body(decoder.decode(unzipOwn(d).find(([n]) => n === 'word/document.xml')![1])));
  const content = bodies.map((b, i) => (i < bodies.length - 1 ? endSection(b.content, restartNumbers(b.sectPr)) : b.content + restartNumbers(b.sectPr))).join('');
  return zipEntries(
    entries.map(([name, data]): [string, Uint8Array] => {
      if (name !== 'word/document.xml') return [name, data];
      const xml = decoder.decode(data);
      return [name, encoder.encode(xml.slice(0, xml.indexOf('<w:body>') + '<w:body>'.length) + content + xml.slice(xml.lastIndexOf('</w:body>')))];
    }),
  );
}
