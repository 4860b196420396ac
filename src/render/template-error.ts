/**
 * A template that cannot be rendered; the message names the tag and where it
 * is. Its own module, so that reporting one loads no renderer.
 */
export class TemplateError extends Error {}
