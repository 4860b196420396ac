/**
 * A file that cannot be checked. The message is one Chinese line for the
 * clerk; the CLI prints it and exits 2, never a stack trace. `detail` keeps
 * the library's or the system's own text for `--debug`.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly reason:
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
      | 'limit',
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
