import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../read/input-error';
import { UsageError } from './io';

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputError(`需要 .xlsx 文件，但“${file}”是目录`, 'not-found');
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`找不到文件：${file}`, 'not-found');
    throw e;
  }
}

/** Refuses, before any work is done, to replace an existing file without `force`. */
export async function assertWritable(file: string, force: boolean): Promise<void> {
  if (force) return;
  const exists = await fs.access(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new UsageError(`文件已存在：${file}（如需覆盖请加 --force）`);
}

/** Writes a file the user asked for; never replaces an existing one unless `force`. */
export async function writeOutput(file: string, data: Uint8Array | string, force: boolean): Promise<void> {
  await assertWritable(file, force);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, data);
}
