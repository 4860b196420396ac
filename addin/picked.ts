import { InputError } from '../src/read/input-error';

/**
 * Bytes of a picked file, or of a slice of it, read in a worker. The browser
 * reads a picked file from disk only when asked, and refuses once the file
 * was moved or changed since it was picked: that is one Chinese line.
 */
export async function readPicked(file: Blob, start = 0, end = file.size): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(start, end).arrayBuffer());
  } catch {
    throw new InputError('无法读取文件：选择后文件已被移动、删除或修改，请重新选择', 'corrupt');
  }
}
