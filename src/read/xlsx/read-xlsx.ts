import { Sheet, Workbook } from '../../model/workbook';
import { gate } from '../gate';
import { inputError } from '../input-messages';
import { DEFAULT_READ_LIMITS, inflateBudget, ReadLimits } from '../limits';
import type { ZipDirectory, ZipEntry } from '../../zip/directory';
import { ZipError } from '../../zip/error';
import { InflateBudget, Inflater } from '../../zip/inflate';
import { partKey, relsPartOf } from '../../zip/opc';
import { applyMerges } from './merges';
import { Relationship, RelsHandler } from './opc';
import { PartDamage } from './part-damage';
import { SharedStringsHandler } from './shared-strings-part';
import { StylesHandler } from './styles-part';
import { WorkbookHandler } from './workbook-part';
import { SheetContext, WorksheetHandler } from './worksheet-part';
import { parsePart, XmlHandler } from './xml';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Which inflater to use; the runtime's fastest by default (tests run both). */
  inflater?: Inflater;
}

/** How a part is named to the clerk: 工作表“考评人员”（xl/worksheets/sheet3.xml）. */
type PartLabel = string;

class Package {
  private readonly byKey = new Map<string, ZipEntry>();

  constructor(
    private readonly buf: Uint8Array,
    dir: ZipDirectory,
    private readonly budget: InflateBudget,
    private readonly inflater: Inflater | undefined,
  ) {
    for (const e of dir.entries) if (!this.byKey.has(partKey(e.name))) this.byKey.set(partKey(e.name), e);
  }

  /** A part by name, found as OPC compares part names. */
  entry(part: string): ZipEntry | undefined {
    return this.byKey.get(partKey(part));
  }

  /** Reads a part into a handler `make` returns (it may be called twice: see {@link parsePart}). */
  async parse<H extends XmlHandler>(part: string, label: PartLabel, make: () => H): Promise<H> {
    const entry = this.entry(part);
    if (!entry) throw inputError('part-absent', { label }, `missing part ${part}`);
    try {
      return await parsePart(this.buf, entry, this.budget, make, this.inflater);
    } catch (e) {
      if (e instanceof PartDamage || e instanceof ZipError) throw inputError('part-broken', { label, kind: e.kind }, e.detail);
      throw e;
    }
  }

  async rels(part: string, label: PartLabel): Promise<RelsHandler> {
    const relsPart = relsPartOf(part);
    const make = () => new RelsHandler(part);
    return this.entry(relsPart) ? this.parse(relsPart, `${label}的关系表（${relsPart}）`, make) : make();
  }
}

/** The workbook part a package names, else the conventional one. */
function officeDocument(root: RelsHandler): string {
  return root.firstOfType('officeDocument')?.part ?? 'xl/workbook.xml';
}

/** A part the workbook relates to by type, else its conventional name. */
function related(rels: RelsHandler, type: string, fallback: string): string {
  return rels.firstOfType(type)?.part ?? fallback;
}

/**
 * beian's .xlsx reader: the input gate, then each part it needs streamed
 * through inflate and a SAX parser straight into the model, in the
 * workbook's tab order. Runs in Node and in browsers (no Node APIs).
 */
export async function readXlsx(buf: Uint8Array, options: ReadOptions = {}): Promise<Workbook> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const dir = gate(buf, limits);
  const pkg = new Package(buf, dir, inflateBudget(limits, buf.length), options.inflater);

  const root = pkg.entry('_rels/.rels') ? await pkg.parse('_rels/.rels', '包关系表（_rels/.rels）', () => new RelsHandler('')) : new RelsHandler('');
  const workbookPart = officeDocument(root);
  const bookLabel = `工作簿结构（${workbookPart}）`;
  const book = await pkg.parse(workbookPart, bookLabel, () => new WorkbookHandler());
  if (book.sheets.length > limits.maxSheets) throw inputError('too-many-sheets', { count: book.sheets.length, limit: limits.maxSheets });
  const rels = await pkg.rels(workbookPart, '工作簿');

  const stylesPart = related(rels, 'styles', 'xl/styles.xml');
  const styles = pkg.entry(stylesPart) ? await pkg.parse(stylesPart, `样式表（${stylesPart}）`, () => new StylesHandler()) : new StylesHandler();

  const stringsPart = related(rels, 'sharedStrings', 'xl/sharedStrings.xml');
  const newStrings = () => new SharedStringsHandler(limits.maxStringLength, limits.maxSharedStrings);
  const strings = pkg.entry(stringsPart) ? await pkg.parse(stringsPart, `共享字符串表（${stringsPart}）`, newStrings) : newStrings();

  const ctx: SheetContext = {
    strings: strings.strings,
    formats: styles.formats,
    dates: styles.dates,
    date1904: book.date1904,
    maxRows: limits.maxRows,
    maxStringLength: limits.maxStringLength,
    cellsLeft: limits.maxCells,
    maxCells: limits.maxCells,
    mergesLeft: limits.maxMerges,
    maxMerges: limits.maxMerges,
  };

  const model = new Workbook();
  for (const s of book.sheets) {
    const rel: Relationship | undefined = rels.byId(s.rid);
    // Chart sheets, dialog sheets and macro sheets hold no cells.
    if (rel && rel.type !== 'worksheet') continue;
    if (!rel || rel.external) throw inputError('sheet-part-missing', { book: bookLabel, sheet: s.name }, `no worksheet relationship ${s.rid}`);
    const handler = await pkg.parse(rel.part, `工作表“${s.name}”（${rel.part}）`, () => new WorksheetHandler(new Sheet(s.name, s.state), ctx));
    model.add(handler.sheet);
    ctx.cellsLeft -= handler.cells;
    ctx.mergesLeft -= handler.merges.length;
    applyMerges(handler.sheet, handler.merges);
  }
  return model;
}
