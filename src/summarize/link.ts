/** A '/'-separated relative path as a hyperlink target ('%', '#' and spaces escaped, Chinese kept as Excel writes it). */
export function relativeLink(path: string): string {
  return path.replace(/%/g, '%25').replace(/#/g, '%23').replace(/ /g, '%20');
}
