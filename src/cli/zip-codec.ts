import { promisify } from 'node:util';
import { gzip, gzipSync, inflateRawSync } from 'node:zlib';
import { fromGzip, useCodec, type ZipCodec } from '../zip/codec';

const gzipAsync = promisify(gzip);

/** Above this size a part is deflated at zlib's fastest level: a clerk waits for it, and it still shrinks about 8×. */
const FAST_ABOVE_BYTES = 1 << 20;

/**
 * Node's zlib for every zip the CLI reads and writes: native, several
 * times cheaper than fflate's JavaScript in a short-lived process
 * (docs/performance.md), and its level can be chosen. Small parts are
 * deflated synchronously; big ones on zlib's thread, so that the process
 * hears Ctrl-C meanwhile.
 */
export const nodeCodec: ZipCodec = {
  inflateWhole(data, max) {
    try {
      // One output buffer of the largest size spares zlib gathering and joining 16 KB chunks.
      return inflateRawSync(data, { maxOutputLength: max, chunkSize: Math.max(64, Math.min(max, 1 << 22)) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(max);
      throw e;
    }
  },
  async deflate(data) {
    if (data.length <= FAST_ABOVE_BYTES) return fromGzip(gzipSync(data, { level: 6 }));
    // memLevel 9 and large output chunks measured about a third faster on a 40 MB sheet, for the same size.
    return fromGzip(await gzipAsync(data, { level: 1, memLevel: 9, chunkSize: FAST_ABOVE_BYTES }));
  },
};

/** Plugs Node's zlib into the zip layer; the process entry and each worker thread call it once. */
export function useNodeCodec(): void {
  useCodec(nodeCodec);
}
