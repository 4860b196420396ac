/** Damage found in one part's content; the part reader words it with the part's name. */
export class PartDamage extends Error {
  constructor(
    /** Chinese, e.g. XML 不完整. */
    readonly kind: string,
    /** The underlying library's or our own English detail, for --debug. */
    readonly detail: string,
  ) {
    super(detail);
  }
}
