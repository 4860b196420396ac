import { InputError } from '../read/input-error';
import { CheckSetupError } from '../check';
import { TemplateError } from '../render/template-error';
import { actionOf, fsErrorMessage, isFsError } from './fs-errors';

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

/** A failure the user caused and can fix; exit 2 with one Chinese line. `detail` is the system's own text, shown with --debug. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;

/** What the user reads when beian itself failed: no library text, a way to report it. */
export const INTERNAL_ERROR = '内部错误，未能完成处理；请加 --debug 重新运行，并按 docs/security.md 所述报告问题';

/** Known failures print their own line; file-system errors are named in Chinese; anything else is an internal error, never a stack trace. */
export function describeFailure(e: unknown): string {
  if (e instanceof InputError || e instanceof UsageError || e instanceof CheckSetupError || e instanceof TemplateError) return e.message;
  if (isFsError(e)) {
    const message = fsErrorMessage(e.code, e.path ?? (e as { dest?: string }).dest ?? '', actionOf(e.syscall));
    if (message) return message;
  }
  return INTERNAL_ERROR;
}

/** Everything a developer needs to see with --debug: the library's text, the stack, the causes. */
export function failureDetail(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur !== undefined && depth < 5; depth++) {
    const err = cur as { detail?: unknown; stack?: unknown; message?: unknown; cause?: unknown };
    if (typeof err?.detail === 'string' && err.detail) parts.push(err.detail);
    parts.push(typeof err?.stack === 'string' ? err.stack : String(err?.message ?? cur));
    cur = err?.cause;
  }
  return parts.join('\n');
}

/**
 * Text from a workbook or a file name as the terminal shows it: control,
 * line-separating and direction-changing characters are written visibly
 * (\n, \x1b, \u202e), so a name can neither forge a line of the report
 * nor drive the user's terminal, and the clerk still sees they are there.
 */
export function forTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, (c) => {
    const named = TERMINAL_NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const TERMINAL_NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
