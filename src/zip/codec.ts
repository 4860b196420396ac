import { inflateSync } from 'fflate';
import { concat } from './bytes';

/** Raw deflate data and the CRC-32 of what it holds, as a zip entry needs them. */
export interface Deflated {
  raw: Uint8Array;
  crc: number;
}

/**
 * The compression a host provides to the zip layer, plugged in once per
 * process with {@link useCodec}. The default runs anywhere: fflate for
 * small inflates, the Compression Streams API (Node 18+, every current
 * browser and Web Worker) for deflate. The CLI plugs in Node's zlib, native
 * and synchronous, several times cheaper in a short-lived process
 * (docs/performance.md).
 */
export interface ZipCodec {
  /**
   * Inflates a whole raw deflate stream into at most `max` bytes; a longer
   * stream comes back as `max` bytes, for the caller to refuse.
   */
  inflateWhole(data: Uint8Array, max: number): Uint8Array;
  deflate(data: Uint8Array): Promise<Deflated>;
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

export const portableCodec: ZipCodec = {
  // fflate stops writing at the end of a given buffer but counts on, so a longer stream comes back filling it.
  inflateWhole(data, max) {
    try {
      return inflateSync(data, { out: new Uint8Array(max) });
    } catch (e) {
      // A stored block copied past the end of the buffer.
      if (e instanceof RangeError) return new Uint8Array(max);
      throw e;
    }
  },
  async deflate(data) {
    const gzip = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
    const chunks: Uint8Array[] = [];
    const reader = gzip.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    return fromGzip(concat(chunks));
  },
};

let current: ZipCodec = portableCodec;

/** Plugs in a host's codec for every zip read and written from now on (the CLI's process entry and workers do). */
export function useCodec(codec: ZipCodec): void {
  current = codec;
}

export function codec(): ZipCodec {
  return current;
}
