import { PartDamage } from './part-damage';

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Excel writes characters XML cannot carry (control characters) as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19). */
export function unescapeXstring(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of one string item (a shared string or an inline
 * string): plain <t>, or rich-text runs <r><t>, never phonetic runs <rPh>.
 */
export class StringItem {
  private parts: string[] = [];
  private length = 0;
  private inT = false;
  private inPhonetic = false;
  seen = false;

  constructor(private readonly maxLength: number) {}

  reset(): void {
    this.parts = [];
    this.length = 0;
    this.inT = false;
    this.inPhonetic = false;
    this.seen = false;
  }

  open(name: string): void {
    if (name === 't' && !this.inPhonetic) {
      this.inT = true;
      this.seen = true;
    } else if (name === 'rPh') this.inPhonetic = true;
  }

  text(t: string): void {
    if (!this.inT) return;
    this.length += t.length;
    if (this.length > this.maxLength) throw new PartDamage(`有超过 ${this.maxLength} 个字符的文字`, `string longer than ${this.maxLength}`);
    this.parts.push(t);
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }

  value(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    return unescapeXstring(s);
  }
}
