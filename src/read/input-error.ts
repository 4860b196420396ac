/**
 * A file that cannot be checked. The message is one Chinese line for the
 * clerk; the CLI prints it and exits 2, never a stack trace. `detail` keeps
 * the underlying library's own text (for a --debug flag), never shown by
 * default.
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
      | 'too-many-rows'
      | 'limit',
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
