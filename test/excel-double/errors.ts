/**
 * Errors as Office.js raises them: an OfficeExtension.Error with a `code`
 * (the strings of Excel.ErrorCodes / OfficeExtension.ErrorCodes) that
 * add-in code branches on.
 */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export const notLoaded = (property: string): OfficeError =>
  new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const valueNotLoaded = (): OfficeError =>
  new OfficeError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');

export const apiNotFound = (api: string, set: string): OfficeError => new OfficeError('ApiNotFound', `The API you are trying to use could not be found. It may be available in a newer version of Excel (${api}, ${set}).`, api);

export const itemNotFound = (what: string): OfficeError => new OfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`, what);

export const invalidArgument = (what: string): OfficeError => new OfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`, what);
