import { inflateRawSync } from 'node:zlib';
import { useWholeInflate } from '../read/xlsx/inflate';

/**
 * Small parts of a workbook inflated by Node's zlib rather than fflate's
 * JavaScript, which runs cold in a short-lived check (docs/performance.md).
 * A stream longer than `max` comes back as `max` bytes, as the reader
 * expects.
 */
export function useNodeInflate(): void {
  useWholeInflate((data, max) => {
    try {
      return inflateRawSync(data, { maxOutputLength: max });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return new Uint8Array(max);
      throw e;
    }
  });
}
