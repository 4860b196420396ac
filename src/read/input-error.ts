/** What kind of refusal an InputError is, for callers that branch on it (the batch, the exit code, the tests). */
export type InputReason =
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'csv'
  | 'not-xlsx'
  | 'too-large'
  | 'zip-bomb'
  | 'corrupt'
  | 'no-sheets'
  | 'not-found'
  | 'not-file'
  | 'unreadable'
  | 'too-many-rows'
  | 'limit';

/**
 * A file that cannot be checked. The message is one Chinese line for the
 * clerk; the CLI prints it and exits 2, never a stack trace. `detail` keeps
 * the library's or the system's own text for `--debug`. The lines are
 * catalogued in input-messages.ts.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly reason: InputReason,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
