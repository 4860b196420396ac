/**
 * A template that cannot be rendered; the message names the tag and where it
 * is, `detail` keeps docxtemplater's own text for --debug. Its own module, so
 * that reporting one loads no renderer.
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}
