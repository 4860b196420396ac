import { InputError } from '../read/input-error';
import { concat } from './zip';

/** Raw deflate data and the CRC-32 of what it holds, as a zip entry needs them. */
export interface Deflated {
  raw: Uint8Array;
  crc: number;
}

/**
 * Inflate and deflate for zip entries. The default runs on the Compression
 * Streams API, which Node (18+) and every current browser and Web Worker
 * provide natively; a host with a faster codec (Node's zlib, whose level can
 * be chosen) passes its own.
 */
export interface ZipCodec {
  /** Inflates an entry that declares `size` bytes; more than that is a corrupt (or hostile) entry. */
  inflate(raw: Uint8Array, size: number): Promise<Uint8Array>;
  deflate(data: Uint8Array): Promise<Deflated>;
}

export function corruptEntry(): InputError {
  return new InputError('工作簿内部文件已损坏，无法解压', 'corrupt');
}

/**
 * Splits a gzip member into its raw deflate data and CRC-32: gzip computes
 * the CRC alongside the deflate, so no hand-written CRC is needed.
 */
export function fromGzip(member: Uint8Array): Deflated {
  const flags = member[3];
  let p = 10;
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength);
  if (flags & 4) p += 2 + view.getUint16(p, true);
  if (flags & 8) while (member[p++] !== 0);
  if (flags & 16) while (member[p++] !== 0);
  if (flags & 2) p += 2;
  return { raw: member.subarray(p, member.length - 8), crc: view.getUint32(member.length - 8, true) };
}

/** `data` piped through a (de)compression stream. */
function through(data: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  // The DOM typings declare the writable side as BufferSource, which a Uint8Array stream satisfies.
  return new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>);
}

export const streamsCodec: ZipCodec = {
  async inflate(raw, size) {
    const reader = through(raw, new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        // Stop a lying entry as soon as it passes its declared size, before it fills memory.
        if (total > size) throw corruptEntry();
        chunks.push(value);
      }
    } catch {
      await reader.cancel().catch(() => undefined);
      throw corruptEntry();
    }
    if (total !== size) throw corruptEntry();
    return concat(chunks);
  },
  async deflate(data) {
    return fromGzip(new Uint8Array(await new Response(through(data, new CompressionStream('gzip'))).arrayBuffer()));
  },
};
