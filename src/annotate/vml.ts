import type { CellMark } from './mark-plan';
import type { NoteBox } from './restore-data';
import { attr, escapeAttr, prefixFor, qname, rootStart, setAttr, splice } from './xml';

/**
 * The legacy drawing (VML) that gives each note its box. Excel, WPS and
 * LibreOffice all draw notes from it. A drawing numbers its shapes in blocks
 * of 1024 listed in <o:idmap data>, and blocks must not repeat across the
 * workbook's drawings, so new shapes draw from blocks no drawing uses yet.
 */

const NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
} as const;

const BLOCK = 1024;

/** The prefixes a drawing binds to VML's three namespaces on its root (openpyxl writes ns0:, ns1:…); the usual ones where it binds none. */
interface Prefixes {
  v: string;
  o: string;
  x: string;
}

function prefixesOf(vml: string): Prefixes {
  let tag = '';
  try {
    const root = rootStart(vml);
    tag = vml.slice(root.start, root.openEnd);
  } catch {
    // Not XML enough to have a root: the usual prefixes, for the shape ids only.
  }
  return { v: prefixFor(tag, NS.v) ?? 'v', o: prefixFor(tag, NS.o) ?? 'o', x: prefixFor(tag, NS.x) ?? 'x' };
}

/** Where each start tag `<name` (not a longer name) begins, scanning once. */
function* startTags(xml: string, name: string, from = 0): Generator<number> {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const next = xml[at + open.length];
    if (next === '>' || next === '/' || next === ' ' || next === '\t' || next === '\n' || next === '\r') yield at;
  }
}

/** The start tag of the drawing's <o:idmap>, with where it is. */
function idmapTag(vml: string, p: Prefixes): { at: number; tag: string } | undefined {
  for (const at of startTags(vml, qname(p.o, 'idmap'))) {
    const end = vml.indexOf('>', at);
    return end < 0 ? undefined : { at, tag: vml.slice(at, end + 1) };
  }
  return undefined;
}

/** Shape ids in use (_x0000_s1025 → 1025), scanning once. */
function shapeIds(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/_x0000_s(\d{1,15})/g)) out.push(Number(m[1]));
  return out;
}

/** Blocks of shape ids in use across the workbook's drawings. */
export class ShapeBlocks {
  private readonly used = new Set<number>();

  /** Records the blocks a drawing declares and those its shape ids fall in. */
  note(vml: string): void {
    for (const b of idmapBlocks(vml, prefixesOf(vml))) this.used.add(b);
    for (const id of shapeIds(vml)) this.used.add(Math.floor(id / BLOCK));
  }

  take(): number {
    let b = 1;
    while (this.used.has(b)) b++;
    this.used.add(b);
    return b;
  }
}

function idmapBlocks(vml: string, p: Prefixes): number[] {
  const found = idmapTag(vml, p);
  const data = found && attr(found.tag, 'data');
  return data ? data.split(/[\s,]+/).filter(Boolean).map(Number).filter((n) => n >= 0) : [];
}

/** Hands out shape ids within a drawing's blocks, taking a new block when they run out. */
class ShapeIds {
  private next: number;
  constructor(
    private readonly blocks: number[],
    private readonly shared: ShapeBlocks,
    after: number,
  ) {
    this.next = after + 1;
  }

  id(): number {
    const block = Math.floor(this.next / BLOCK);
    if (!this.blocks.includes(block) || this.next % BLOCK === 0) {
      const fresh = this.shared.take();
      this.blocks.push(fresh);
      this.next = fresh * BLOCK + 1;
    }
    return this.next++;
  }

  get data(): string {
    return this.blocks.join(',');
  }
}

const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export function emptyDrawing(): string {
  return (
    `<xml xmlns:v="${NS.v}" xmlns:o="${NS.o}" xmlns:x="${NS.x}">` +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data=""/></o:shapelayout>' +
    `${NOTE_SHAPE_TYPE}</xml>`
  );
}

/** How many rows and columns a note's box spans: wide enough for its text at Excel's 9 pt. */
function boxSize(note: string): { cols: number; rows: number } {
  const perLine = 24;
  const lines = note.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / perLine)), 0);
  return { cols: 4, rows: Math.min(40, Math.ceil(lines * 0.85) + 1) };
}

function anchorPattern(p: Prefixes): RegExp {
  const x = (local: string) => qname(p.x, local).replace(/\./g, '\\.');
  return new RegExp(`(<${x('Anchor')}>)([^<]*)(</${x('Anchor')}>)`);
}

/** A length of the shape's style in points ("width:96pt" → 96), or undefined where it gives none in points. */
function stylePoints(shapeXml: string, name: 'width' | 'height'): number | undefined {
  const m = new RegExp(`\\b${name}:\\s*([\\d.]+)pt`).exec(shapeXml);
  const n = m ? parseFloat(m[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function withStylePoints(shapeXml: string, name: 'width' | 'height', points: (was: number) => number): string {
  return shapeXml.replace(new RegExp(`(\\b${name}:\\s*)[\\d.]+pt`), (all, k: string) => `${k}${points(parseFloat(all.slice(k.length)))}pt`);
}

/**
 * A clerk's note box grown to hold the text we append to it (its place and
 * the rest of the shape stay as they were); notes are hidden until hovered,
 * and Excel clips what does not fit. `before` gets, by cell ("row,column",
 * 0-based), each grown box as it was, for the restore data.
 */
export function growNoteBoxes(vml: string, notes: readonly { mark: CellMark; text: string }[], before?: Map<string, NoteBox>): string {
  const wanted = new Map(notes.map((n) => [`${n.mark.row - 1},${n.mark.col - 1}`, boxSize(n.text)]));
  const p = prefixesOf(vml);
  const anchorRe = anchorPattern(p);
  const grow = (shapeXml: string): string => {
    const cell = noteCell(shapeXml, p);
    const size = cell === undefined ? undefined : wanted.get(cell);
    const anchor = anchorRe.exec(shapeXml);
    if (!size || !anchor) return shapeXml;
    const a = anchor[2].split(',').map((v) => Number(v.trim()));
    if (a.length !== 8 || a.some(Number.isNaN)) return shapeXml;
    const [c1, , r1, , c2, , r2] = a;
    if (c2 - c1 >= size.cols && r2 - r1 >= size.rows) return shapeXml;
    a[4] = Math.max(c2, c1 + size.cols);
    a[6] = Math.max(r2, r1 + size.rows);
    const grown = a.join(', ');
    const width = stylePoints(shapeXml, 'width');
    const height = stylePoints(shapeXml, 'height');
    before?.set(cell!, { anchor: anchor[2], grown, ...(width ? { width } : {}), ...(height ? { height } : {}) });
    return withStylePoints(withStylePoints(shapeXml.replace(anchor[0], `${anchor[1]}${grown}${anchor[3]}`), 'width', (w) => Math.max(w, size.cols * 48)), 'height', (h) => Math.max(h, size.rows * 15));
  };
  return eachShape(vml, p, grow);
}

/**
 * Note boxes we grew given back their place and size, by cell ("row,column",
 * 0-based): only a box still exactly as we left it (one the clerk moved or
 * resized since is theirs).
 */
export function restoreNoteBoxes(vml: string, boxes: ReadonlyMap<string, NoteBox>): string {
  if (!boxes.size) return vml;
  const p = prefixesOf(vml);
  const anchorRe = anchorPattern(p);
  return eachShape(vml, p, (shapeXml) => {
    const cell = noteCell(shapeXml, p);
    const box = cell === undefined ? undefined : boxes.get(cell);
    const anchor = anchorRe.exec(shapeXml);
    if (!box || !anchor || anchor[2].replace(/\s+/g, '') !== box.grown.replace(/\s+/g, '')) return shapeXml;
    let out = shapeXml.replace(anchor[0], `${anchor[1]}${box.anchor}${anchor[3]}`);
    if (box.width) out = withStylePoints(out, 'width', () => box.width!);
    if (box.height) out = withStylePoints(out, 'height', () => box.height!);
    return out;
  });
}

/**
 * Rewrites each <v:shape> of a drawing with `f` (an empty string removes
 * it): each shape from its start tag to the first end tag after it, found
 * by scanning forward once (a regex would rescan to the end of the part
 * from every unclosed start tag).
 */
function eachShape(vml: string, p: Prefixes, f: (shapeXml: string) => string): string {
  const close = `</${qname(p.v, 'shape')}>`;
  const parts: string[] = [];
  let done = 0;
  for (const start of startTags(vml, qname(p.v, 'shape'))) {
    if (start < done) continue;
    const end = vml.indexOf(close, start);
    if (end < 0) break;
    parts.push(vml.slice(done, start), f(vml.slice(start, end + close.length)));
    done = end + close.length;
  }
  parts.push(vml.slice(done));
  return parts.join('');
}

/** The note shape's cell as "row,column" (0-based, as VML counts), or undefined for any other shape. */
function noteCell(shapeXml: string, p: Prefixes): string | undefined {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shapeXml)) return undefined;
  const x = (local: string) => qname(p.x, local).replace(/\./g, '\\.');
  const row = new RegExp(`<${x('Row')}>\\s*(\\d{1,7})\\s*</${x('Row')}>`).exec(shapeXml)?.[1];
  const col = new RegExp(`<${x('Column')}>\\s*(\\d{1,5})\\s*</${x('Column')}>`).exec(shapeXml)?.[1];
  return row === undefined || col === undefined ? undefined : `${Number(row)},${Number(col)}`;
}

/** The drawing without the note boxes of these cells ("row,column", 0-based); its other shapes stay as they are. */
export function removeNoteShapes(vml: string, cells: ReadonlySet<string>): string {
  if (!cells.size) return vml;
  const p = prefixesOf(vml);
  return eachShape(vml, p, (shapeXml) => {
    const cell = noteCell(shapeXml, p);
    return cell !== undefined && cells.has(cell) ? '' : shapeXml;
  });
}

function shape(id: number, z: number, mark: CellMark, note: string): string {
  const r = mark.row - 1;
  const c = mark.col - 1;
  const { cols, rows } = boxSize(note);
  const top = Math.max(0, r - 1);
  const anchor = `${c + 1}, 15, ${top}, 10, ${c + 1 + cols}, 15, ${top + rows}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:${cols * 48}pt;height:${rows * 15}pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * Adds a hidden note box for each of `notes` to a drawing (new or the
 * sheet's own, whose shapes and form controls are kept as they are).
 */
export function addNoteShapes(vml: string, notes: readonly { mark: CellMark; text: string }[], blocks: ShapeBlocks): string {
  let xml = vml;
  const root = rootStart(xml);
  let tag = xml.slice(root.start, root.openEnd);
  for (const [p, uri] of Object.entries(NS)) if (prefixFor(tag, uri) !== p) tag = setAttr(tag, `xmlns:${p}`, uri);
  xml = splice(xml, root.start, root.openEnd, tag);
  const prefixes = prefixesOf(vml);
  // A loop, not Math.max(...ids): a drawing may hold more shapes than a call has room for arguments.
  let last = 0;
  for (const id of shapeIds(xml)) if (id > last) last = id;
  const ids = new ShapeIds(idmapBlocks(xml, prefixes), blocks, last);
  const z = [...xml.matchAll(/z-index:\s*(\d+)/g)].reduce((n, m) => Math.max(n, Number(m[1])), 0);
  const shapes = notes.map((n, i) => shape(ids.id(), z + i + 1, n.mark, n.text)).join('');
  const type = /\bid\s*=\s*["']_x0000_t202["']/.test(xml) ? '' : NOTE_SHAPE_TYPE;
  const close = xml.lastIndexOf('</xml>');
  if (close < 0) throw new Error('VML drawing without </xml>');
  xml = splice(xml, close, close, type + shapes);
  const layout = idmapTag(xml, prefixes);
  const idmap = `<o:idmap v:ext="edit" data="${escapeAttr(ids.data)}"/>`;
  if (layout) return splice(xml, layout.at, layout.at + layout.tag.length, setAttr(layout.tag, 'data', ids.data));
  const afterRoot = rootStart(xml).openEnd;
  return splice(xml, afterRoot, afterRoot, `<o:shapelayout v:ext="edit">${idmap}</o:shapelayout>`);
}
