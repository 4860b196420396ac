/**
 * How a file that stopped its worker is listed, the same on every host (the
 * CLI's worker threads, the web page's Web Workers): one Chinese line, and
 * the batch goes on.
 */

/** The time one file may take to be read and checked before its worker is stopped. */
export const FILE_DEADLINE_MS = 120_000;

export const DEADLINE_REASON = `读取和检查超过 ${FILE_DEADLINE_MS / 1000} 秒仍未完成，已停止（文件可能异常）`;

export const OUT_OF_MEMORY_REASON = '读取时所需内存超过上限，已停止（文件可能异常）';

/** A fault in beian itself while checking one file (not the file's fault); the error's own (English) text is no help to an office. */
export const INTERNAL_REASON = '内部错误，未能检查此文件（请按 docs/security.md 所述报告问题）';
