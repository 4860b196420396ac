/**
 * How a file that stopped its worker is listed, the same on every host (the
 * CLI's worker threads, the web page's Web Workers): one Chinese line, and
 * the batch goes on.
 */

/** The time one file may take to be read and checked before its worker is stopped. */
export const FILE_DEADLINE_MS = 120_000;

export const DEADLINE_REASON = `读取和检查超过 ${FILE_DEADLINE_MS / 1000} 秒仍未完成，已停止（文件可能异常）`;

export const OUT_OF_MEMORY_REASON = '读取时所需内存超过上限，已停止（文件可能异常）';

/** A fault in beian itself while checking one file (not the file's fault), named with its short message. */
export function internalReason(message: string): string {
  return `内部错误：${message}`;
}
