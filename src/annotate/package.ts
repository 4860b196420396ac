import { nextSlice } from '../model/slices';
import { inputError } from '../read/input-messages';
import { DEFAULT_READ_LIMITS, inflateBudget, PART_LIMITS } from '../read/limits';
import { concat } from '../zip/bytes';
import { codec } from '../zip/codec';
import { readDirectory, type ZipEntry } from '../zip/directory';
import { ZipError } from '../zip/error';
import { inflateToBytes, type InflateBudget } from '../zip/inflate';
import { partKey, relativeTarget, relsPartOf, resolveTarget } from '../zip/opc';
import { writeZip, type OutEntry, type ZipArchive } from '../zip/write';
import { appendInto, attr, children, escapeAttr, rootElement, setAttr, splice, tagOf } from './xml';

/**
 * An OOXML package opened for patching: parts are inflated only when asked
 * for, and saving copies every part nobody changed byte for byte (its
 * compressed data as stored), deflating only the changed and new ones.
 */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the relationship points to, resolved against its source (none for external targets). */
  part?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Characters encoded at a time: a results sheet of 30,000 findings is about
 * 20 million. A slice of 16 million takes some tens of milliseconds, well
 * inside a turn; smaller slices cost a copy of every part they split.
 */
const ENCODE_SLICE = 1 << 24;

/** UTF-8 of a big text a slice at a time, never splitting a surrogate pair. */
async function encodeInSlices(text: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + ENCODE_SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(encoder.encode(text.slice(at, end)));
    at = end;
    await nextSlice();
  }
  return concat(parts);
}

/** The last segment of a relationship type, the same in transitional and strict OOXML. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

function extensionOf(part: string): string {
  const dot = part.lastIndexOf('.');
  return dot < part.lastIndexOf('/') + 1 ? '' : part.slice(dot + 1).toLowerCase();
}

export const CONTENT_TYPES = '[Content_Types].xml';

export class Package {
  private readonly zip: ZipArchive;
  private readonly byName = new Map<string, ZipEntry>();
  /** Bytes inflated over every part read, bounded as the reader bounds a workbook. */
  private readonly budget: InflateBudget;
  /** New contents by part key: text is encoded only when saved, in slices. */
  private readonly changed = new Map<string, string | Uint8Array>();
  private readonly texts = new Map<string, string>();
  /** Parts that are new, by lower-case key, with their names as written. */
  private readonly added = new Map<string, string>();
  /** Time stamp (DOS time, date) for new entries: the package's own, so the output does not depend on the clock. */
  private readonly stamp: { time: number; date: number };

  /** `bytes` passed the reader's gate, which refuses duplicate part names: each name is one entry. */
  constructor(bytes: Uint8Array) {
    this.zip = { bytes, dir: readDirectory(bytes) };
    this.budget = inflateBudget(DEFAULT_READ_LIMITS, bytes.length);
    for (const e of this.zip.dir.entries) this.byName.set(partKey(e.name), e);
    const first = this.zip.dir.entries[0];
    this.stamp = first ? { time: first.central.time, date: first.central.date } : { time: 0, date: 0x21 };
  }

  /** The entry of a part, matched as OPC compares part names. */
  private entry(part: string): ZipEntry | undefined {
    return this.byName.get(partKey(part));
  }

  has(part: string): boolean {
    return this.changed.has(partKey(part)) || this.entry(part) !== undefined;
  }

  /**
   * A part's bytes, held whole: refused before inflating when the zip
   * directory declares more than its kind may hold (a worksheet, scanned
   * as bytes, or any other part, edited as text).
   */
  async bytes(part: string, kind: keyof typeof PART_LIMITS = 'textBytes'): Promise<Uint8Array> {
    const own = this.changed.get(partKey(part));
    if (own !== undefined) return typeof own === 'string' ? encoder.encode(own) : own;
    const e = this.entry(part);
    if (!e) throw inputError('part-missing', { part });
    const limit = PART_LIMITS[kind];
    if (e.size > limit) throw inputError('part-too-large-to-copy', { part, size: e.size, limit });
    try {
      return await inflateToBytes(this.zip.bytes, e, this.budget);
    } catch (err) {
      if (err instanceof ZipError) throw inputError('part-damaged', { part, kind: err.kind }, err.detail);
      throw err;
    }
  }

  async text(part: string): Promise<string> {
    const key = partKey(part);
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const bytes = await this.bytes(part);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw inputError('part-utf16', { part });
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw inputError('part-not-utf8', { part });
    }
    this.texts.set(key, text);
    return text;
  }

  /** Replaces (or adds) a part. */
  set(part: string, content: string | Uint8Array): void {
    const key = partKey(part);
    // Text that comes back unchanged leaves the part's stored bytes as they are.
    if (typeof content === 'string' && !this.changed.has(key) && this.texts.get(key) === content) return;
    if (typeof content === 'string') this.texts.set(key, content);
    else this.texts.delete(key);
    this.changed.set(key, content);
    if (!this.entry(part)) this.added.set(key, part);
  }

  /** The first free part name of the form made by `name(n)`, n = 1, 2, … */
  freeName(name: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(name(n))) return name(n);
  }

  async rels(part: string): Promise<Relationship[]> {
    const relsPart = relsPartOf(part);
    if (!this.has(relsPart)) return [];
    const xml = await this.text(relsPart);
    return children(xml, rootElement(xml)).map((el) => {
      const tag = tagOf(xml, el);
      const target = attr(tag, 'Target') ?? '';
      const external = attr(tag, 'TargetMode') === 'External';
      return { id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target, external, part: external ? undefined : resolveTarget(part, target) };
    });
  }

  /** Adds a relationship from `source` to `part` and returns its id, unique among the source's relationships. */
  async addRel(source: string, type: string, part: string): Promise<string> {
    const relsPart = relsPartOf(source);
    const existing = await this.rels(source);
    const taken = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(relativeTarget(source, part))}"/>`;
    const xml = this.has(relsPart)
      ? await this.text(relsPart)
      : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    this.set(relsPart, appendInto(xml, rootElement(xml), rel));
    return id;
  }

  /** The content type entries that decide a part's type: its Override and its extension's Default. */
  private async typeEntries(part: string): Promise<{ override?: string; byDefault?: string }> {
    const xml = await this.text(CONTENT_TYPES);
    const name = partKey(`/${part}`);
    const ext = extensionOf(part);
    const found: { override?: string; byDefault?: string } = {};
    for (const el of children(xml, rootElement(xml))) {
      const tag = tagOf(xml, el);
      if (el.local === 'Override' && partKey(attr(tag, 'PartName') ?? '') === name) found.override = attr(tag, 'ContentType');
      if (el.local === 'Default' && attr(tag, 'Extension')?.toLowerCase() === ext) found.byDefault = attr(tag, 'ContentType');
    }
    return found;
  }

  /** The content type a part has: its Override, else its extension's Default. */
  async typeOf(part: string): Promise<string | undefined> {
    const t = await this.typeEntries(part);
    return t.override ?? t.byDefault;
  }

  /** Gives a part another content type through an Override of its own (replacing the one it has). */
  async retype(part: string, contentType: string): Promise<void> {
    const name = partKey(`/${part}`);
    let xml = await this.text(CONTENT_TYPES);
    const own = children(xml, rootElement(xml)).find((el) => el.local === 'Override' && partKey(attr(tagOf(xml, el), 'PartName') ?? '') === name);
    if (own) xml = splice(xml, own.start, own.openEnd, setAttr(tagOf(xml, own), 'ContentType', contentType));
    else xml = appendInto(xml, rootElement(xml), `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`);
    this.set(CONTENT_TYPES, xml);
  }

  /**
   * Declares a new part's content type: an Override, or with `byExtension`
   * a Default for its extension (as Excel does for .vml) unless that
   * extension already defaults to another type.
   */
  async declare(part: string, contentType: string, byExtension = false): Promise<void> {
    const t = await this.typeEntries(part);
    if ((t.override ?? t.byDefault) === contentType) return;
    const useDefault = byExtension && t.byDefault === undefined && t.override === undefined;
    const entry = useDefault
      ? `<Default Extension="${escapeAttr(extensionOf(part))}" ContentType="${escapeAttr(contentType)}"/>`
      : `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
    const xml = await this.text(CONTENT_TYPES);
    this.set(CONTENT_TYPES, appendInto(xml, rootElement(xml), entry));
  }

  /** Deflates what changed and writes the archive; untouched entries keep their bytes and order, new parts come last. */
  async save(): Promise<Uint8Array> {
    const out: OutEntry[] = [];
    const deflate = async (name: string, content: string | Uint8Array): Promise<OutEntry> => {
      // A turn before each part, and between encoding and deflating a big one: each is a slice of work of its own.
      await nextSlice();
      const data = typeof content === 'string' ? await encodeInSlices(content) : content;
      await nextSlice();
      const { raw, crc } = await codec().deflate(data);
      return { name, raw, crc, size: data.length, ...this.stamp };
    };
    for (const e of this.zip.dir.entries) {
      const data = this.changed.get(partKey(e.name));
      out.push(data !== undefined ? await deflate(e.name, data) : { copy: e });
    }
    for (const [key, name] of this.added) out.push(await deflate(name, this.changed.get(key)!));
    try {
      return writeZip(this.zip, out);
    } catch (e) {
      if (e instanceof ZipError) throw inputError(e.reason === 'unsupported' ? 'annotated-too-large' : 'annotated-unwritable', { kind: e.kind }, e.detail);
      throw e;
    }
  }
}
