import { inputError } from '../input-messages';
import { StringItem } from './text';
import type { XmlHandler } from './xml';

/** xl/sharedStrings.xml: each <si> as its plain text, in order; the declared counts are ignored. */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private readonly item: StringItem;
  private inItem = false;

  constructor(
    maxLength: number,
    private readonly maxStrings: number,
  ) {
    this.item = new StringItem(maxLength);
  }

  open(name: string): void {
    if (name === 'si') {
      if (this.strings.length >= this.maxStrings) throw inputError('too-many-strings', { limit: this.maxStrings });
      this.inItem = true;
      this.item.reset();
    } else if (this.inItem) this.item.open(name);
  }

  text(t: string): void {
    if (this.inItem) this.item.text(t);
  }

  close(name: string): void {
    if (name === 'si') {
      this.inItem = false;
      this.strings.push(this.item.value());
    } else if (this.inItem) this.item.close(name);
  }
}
