/**
 * Damage in a zip archive or in one of its entries. The zip layer knows no
 * file or part names a clerk would recognise, so each caller words it at its
 * edge: `kind` says what is wrong in a few Chinese words (压缩数据损坏),
 * `detail` keeps the English particulars for --debug.
 */
export class ZipError extends Error {
  constructor(
    readonly kind: string,
    readonly detail: string,
    /** What the caller's refusal is about: damage, a bomb, or something it does not read. */
    readonly reason: 'corrupt' | 'zip-bomb' | 'encrypted' | 'unsupported' = 'corrupt',
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}
