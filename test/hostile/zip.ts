import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import PizZip from 'pizzip';

/**
 * A zip writer for building damaged and lying archives. No library writes a
 * central directory that disagrees with its local headers, so this small one
 * lets every field be overridden.
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

export function deflate(data: Uint8Array): Buffer {
  return deflateRawSync(data, { level: 6 });
}

export function writeZip(entries: ZipEntry[], opts: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = opts.prefix?.length ?? 0;
  if (opts.prefix) parts.push(Buffer.from(opts.prefix));
  const locals: { offset: number; crc: number; method: number; csize: number; size: number; flags: number }[] = [];
  const record = (e: ZipEntry, name: string, at: (typeof locals)[number]) => {
    const n = Buffer.from(name);
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
    const flags = (e.lie?.flags ?? 0) | (e.lie?.descriptor ? 8 : 0) | 0x800;
    const name = Buffer.from(e.lie?.localName ?? e.name);
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
    record(e, e.name, at);
  }
  for (const a of opts.alias ?? []) record(entries[a.of], a.name, locals[a.of]);
  const cd = Buffer.concat(central);
  const count = opts.eocdCount ?? central.length;
  const eocd = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(offset + (opts.cdOffsetDelta ?? 0)), u16(0)]);
  return Buffer.concat([...parts, cd, eocd]);
}

/** The entries of a well-formed zip, in order, with their inflated bytes. */
export function readZip(buf: Uint8Array): ZipEntry[] {
  const zip = new PizZip(buf);
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => ({ name: f.name, data: f.asUint8Array() }));
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
