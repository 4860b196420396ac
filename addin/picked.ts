import { inputError } from '../src/read/input-messages';

/**
 * Bytes of a picked file, or of a slice of it. The browser
 * reads a picked file from disk only when asked, and refuses once the file
 * was moved or changed since it was picked: that is one Chinese line.
 */
export async function readPicked(file: Blob, start = 0, end = file.size): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(start, end).arrayBuffer());
  } catch {
    throw inputError('picked-file-changed');
  }
}
