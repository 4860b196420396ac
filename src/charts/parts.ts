import { appendInto, escapeAttr, rootElement } from '../annotate/xml';
import { DEFAULT_READ_LIMITS } from '../read/limits';
import { unzipEntries, zipEntries } from '../render/zip';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * A document beian just wrote (the Word report, the results workbook),
 * opened to add parts: every entry in memory, written back with the
 * documents' own deterministic zip, so every host gives the same bytes.
 */
export class Parts {
  private readonly entries: Map<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    // Our own output: only the reader's overall ceiling bounds it.
    this.entries = new Map(unzipEntries(bytes, DEFAULT_READ_LIMITS.maxUncompressedBytes));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  text(name: string): string {
    return decoder.decode(this.entries.get(name));
  }

  set(name: string, content: string | Uint8Array): void {
    this.entries.set(name, typeof content === 'string' ? encoder.encode(content) : content);
  }

  /** Appends a relationship from the part whose .rels this is (creating the file), with the id given. */
  addRel(relsPart: string, id: string, type: string, target: string): void {
    const xml = this.has(relsPart)
      ? this.text(relsPart)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    this.set(relsPart, appendInto(xml, rootElement(xml), `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`));
  }

  /** Declares a part's content type with an Override, or an extension's with a Default. */
  declare(entry: { part: string } | { extension: string }, contentType: string): void {
    const name = '[Content_Types].xml';
    const xml = this.text(name);
    const el = 'part' in entry ? `<Override PartName="/${escapeAttr(entry.part)}" ContentType="${contentType}"/>` : `<Default Extension="${entry.extension}" ContentType="${contentType}"/>`;
    if (!xml.includes(el)) this.set(name, appendInto(xml, rootElement(xml), el));
  }

  bytes(): Uint8Array {
    return zipEntries(this.entries);
  }
}
