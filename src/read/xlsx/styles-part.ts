import { isDateFormat, numberFormatCode } from '../../model/number-format';
import type { XmlHandler } from './xml';

/**
 * xl/styles.xml, as far as values need it: the number format of each cell
 * style (cellXfs, indexed by a cell's s attribute), resolved through the
 * shared number-format module so every host decides dates alike.
 */
export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfIds: number[] = [];
  private inNumFmts = false;
  private inCellXfs = false;
  /** Format code per style index; null for General or an unknown id. */
  formats: (string | null)[] = [];
  /** Whether the style shows numbers as dates. */
  dates: boolean[] = [];

  open(name: string, a: Record<string, string>): void {
    if (name === 'numFmts') this.inNumFmts = true;
    else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'numFmt' && this.inNumFmts) {
      const id = parseInt(a.numFmtId, 10);
      if (Number.isFinite(id) && a.formatCode !== undefined) this.custom.set(id, a.formatCode);
    } else if (name === 'xf' && this.inCellXfs) this.xfIds.push(parseInt(a.numFmtId ?? '0', 10) || 0);
  }

  text(): void {}

  close(name: string): void {
    if (name === 'numFmts') this.inNumFmts = false;
    else if (name === 'cellXfs') {
      this.inCellXfs = false;
      this.formats = this.xfIds.map((id) => numberFormatCode(id, this.custom));
      this.dates = this.formats.map((f) => isDateFormat(f));
    }
  }
}
