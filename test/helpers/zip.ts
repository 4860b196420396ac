import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { entryData, readDirectory } from '../../src/zip/directory';

/**
 * The tests' one zip writer, for archives of every kind: well-formed ones,
 * names stored in GBK as Chinese Windows tools do, and damaged and lying
 * ones. No library writes a central directory that disagrees with its local
 * headers, so this small one lets every field be overridden. Archives are
 * read back with beian's own zip layer.
 */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored when they are not UTF-8 (GBK, say); the UTF-8 flag is then left clear. */
  nameBytes?: Uint8Array;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default), anything else written as given. */
  method?: number;
  /** Compressed bytes to write instead of compressing `data`. */
  raw?: Uint8Array;
  /** Field lies: what the local header and the central directory claim. */
  lie?: {
    crc?: number;
    localName?: string;
    localSize?: number;
    localCompressed?: number;
    cdSize?: number;
    cdCompressed?: number;
    flags?: number;
    /** Sizes and CRC only in a trailing data descriptor (bit 3), zero in the local header. */
    descriptor?: boolean;
  };
}

export interface ZipOptions {
  /** Extra central-directory records pointing at an earlier entry's local header (overlapping entries). */
  alias?: { of: number; name: string }[];
  /** Entry count the end record claims. */
  eocdCount?: number;
  /** Offset the end record gives for the central directory, relative to the true one. */
  cdOffsetDelta?: number;
  /** Bytes written before the first local header (a self-extractor's stub, or junk). */
  prefix?: Uint8Array;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

const nameOf = (e: ZipEntry): Buffer => Buffer.from(e.nameBytes ?? e.name);

export function deflate(data: Uint8Array): Buffer {
  return deflateRawSync(data, { level: 6 });
}

export function writeZip(entries: ZipEntry[], opts: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = opts.prefix?.length ?? 0;
  if (opts.prefix) parts.push(Buffer.from(opts.prefix));
  const locals: { offset: number; crc: number; method: number; csize: number; size: number; flags: number }[] = [];
  const record = (e: ZipEntry, n: Buffer, at: (typeof locals)[number]) => {
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(at.flags),
        u16(at.method),
        u16(0),
        u16(0x21),
        u32(e.lie?.crc ?? at.crc),
        u32(e.lie?.cdCompressed ?? at.csize),
        u32(e.lie?.cdSize ?? at.size),
        u16(n.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(at.offset),
        n,
      ]),
    );
  };
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = Buffer.from(e.raw ?? (method === 8 ? deflate(e.data) : e.data));
    const crc = crc32(e.data);
    const flags = (e.lie?.flags ?? 0) | (e.lie?.descriptor ? 8 : 0) | (e.nameBytes ? 0 : 0x800);
    const name = e.lie?.localName !== undefined ? Buffer.from(e.lie.localName) : nameOf(e);
    const d = e.lie?.descriptor;
    const header = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(flags),
      u16(method),
      u16(0),
      u16(0x21),
      u32(d ? 0 : (e.lie?.crc ?? crc)),
      u32(d ? 0 : (e.lie?.localCompressed ?? body.length)),
      u32(d ? 0 : (e.lie?.localSize ?? e.data.length)),
      u16(name.length),
      u16(0),
      name,
    ]);
    const at = { offset, crc, method, csize: body.length, size: e.data.length, flags };
    locals.push(at);
    parts.push(header, body);
    offset += header.length + body.length;
    if (d) {
      const desc = Buffer.concat([u32(0x08074b50), u32(e.lie?.crc ?? crc), u32(body.length), u32(e.data.length)]);
      parts.push(desc);
      offset += desc.length;
    }
    record(e, nameOf(e), at);
  }
  for (const a of opts.alias ?? []) record(entries[a.of], Buffer.from(a.name), locals[a.of]);
  const cd = Buffer.concat(central);
  const count = opts.eocdCount ?? central.length;
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(offset + (opts.cdOffsetDelta ?? 0)), u16(0)]);
  return Buffer.concat([...parts, cd, eocd]);
}

/** The entries of a well-formed zip, in order, with their inflated bytes (folders left out). */
export function readZip(buf: Uint8Array): ZipEntry[] {
  return readDirectory(buf)
    .entries.filter((e) => !e.name.endsWith('/'))
    .map((e) => {
      const raw = entryData(buf, e);
      return { name: e.name, data: e.method === 8 ? new Uint8Array(inflateRawSync(raw)) : new Uint8Array(raw) };
    });
}

/**
 * A raw deflate stream that inflates to `repeat` × `chunk` bytes of `fill`
 * after `head`, built without ever holding the inflated bytes: sync-flushed
 * blocks concatenate into one valid stream.
 */
export function deflateRepeated(head: Uint8Array, fill: number, chunk: number, repeat: number, tail: Uint8Array = new Uint8Array()): Buffer {
  const sync = { finishFlush: zlibConstants.Z_SYNC_FLUSH };
  const parts = [deflateRawSync(head, sync)];
  const block = deflateRawSync(Buffer.alloc(chunk, fill), sync);
  for (let i = 0; i < repeat; i++) parts.push(block);
  parts.push(deflateRawSync(tail));
  return Buffer.concat(parts);
}

/** An entry as a test describes it: its name (text, or bytes as stored), its content, stored unless `deflate`. */
export interface ZipItem {
  name: string | Uint8Array;
  data: Uint8Array | string;
  deflate?: boolean;
  /** What the local header and the directory declare as its size, for lying archives. */
  declaredSize?: number;
  flags?: number;
  method?: number;
}

/** A .zip of the given entries, as an office receives one from a clerk's zip tool. */
export function zipBytes(items: readonly ZipItem[]): Uint8Array {
  return writeZip(
    items.map((it) => {
      const data = typeof it.data === 'string' ? Buffer.from(it.data) : it.data;
      const name = typeof it.name === 'string' ? { name: it.name } : { name: Buffer.from(it.name).toString('latin1'), nameBytes: it.name };
      const size = it.declaredSize === undefined ? {} : { cdSize: it.declaredSize, localSize: it.declaredSize };
      return { ...name, data, method: it.method ?? (it.deflate ? 8 : 0), lie: { ...size, flags: it.flags } };
    }),
  );
}

let gbkTable: Map<string, number[]> | undefined;

/** Text in GBK, as Chinese Windows zip tools store entry names (Node has a GBK decoder but no encoder). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gbkTable.set(d.decode(Uint8Array.of(a, b)), [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : gbkTable.get(ch)!));
  return Uint8Array.from(out);
}
