import { InputError } from '../read/input-error';
import { CheckSetupError } from '../check';
import { TemplateError } from '../render/template-error';

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colours, progress bars). */
  tty: boolean;
  /** Current directory for resolving relative paths. */
  cwd: string;
  /** Fixed "today" for reproducible runs (BEIAN_TODAY=yyyy-mm-dd); otherwise the real date. */
  today?: Date;
}

/** A failure the user caused and can fix; exit 2 with one Chinese line. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

/** Known failures print one line; anything else is still one line, never a stack trace. */
export function describeFailure(e: unknown): string {
  if (e instanceof InputError || e instanceof UsageError || e instanceof CheckSetupError || e instanceof TemplateError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return `找不到文件：${err.path ?? ''}`;
  if (err && err.code === 'EACCES') return `没有权限访问：${err.path ?? ''}`;
  if (err && err.code === 'EISDIR') return `需要文件，但给出的是目录：${err.path ?? ''}`;
  return `内部错误：${err?.message ?? String(e)}`;
}
