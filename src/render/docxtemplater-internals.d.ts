/**
 * The few docxtemplater internals the fast row module reuses, so that row
 * values are escaped and cleaned by docxtemplater's own functions.
 */
declare module 'docxtemplater/js/doc-utils.js' {
  export function utf8ToWord(value: unknown): string;
  export function removeCorruptCharacters(value: unknown): string;
  export function hasCorruptCharacters(value: string): boolean;
}

declare module 'docxtemplater/js/join-uncorrupt.js' {
  function joinUncorrupt(parts: string[], options: object): string[];
  export = joinUncorrupt;
}

declare module 'docxtemplater/js/filetypes.js' {
  export const docx: string[];
}
