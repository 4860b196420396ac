/**
 * When two file names are the same file to a clerk and to the file systems
 * they use: without regard to case (Windows, macOS) or to how an accented
 * letter is composed (macOS stores NFD, Windows and Linux what was typed).
 * The form planner and the CLI's output check compare names by it alike.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
