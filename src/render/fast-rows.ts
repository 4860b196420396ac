import { hasCorruptCharacters, removeCorruptCharacters, utf8ToWord } from 'docxtemplater/js/doc-utils.js';
import { docx as DOCX_CONTENT_TYPES } from 'docxtemplater/js/filetypes.js';
import joinUncorrupt from 'docxtemplater/js/join-uncorrupt.js';

/** A part of docxtemplater's compiled template, as its module API passes it. */
interface Part {
  type: string;
  value: string;
  tag?: string;
  position?: string;
  module?: string;
  subparsed?: Part[];
  inverted?: boolean;
  paragraphLoop?: boolean;
  hasPageBreak?: boolean;
  hasPageBreakBeginning?: boolean;
  addNextPage?: unknown;
  addContinuousType?: boolean;
  sectPrCount?: number;
}

interface ScopeManager {
  getValue(tag: string, meta: { part: Part }): unknown;
  loopOverValue(value: unknown, functor: (scope: unknown, i: number, length: number) => void, inverted: boolean): boolean;
  createSubScopeManager(scope: unknown, tag: string, i: number, part: Part, length: number): ScopeManager;
}

interface Module {
  name?: string;
  render(part: Part, options: RenderOptions): unknown;
  postrender(parts: string[], options: RenderOptions): string[];
}

/** docxtemplater's Render module: the run properties a value's line breaks repeat. */
interface RenderModule extends Module {
  recordRun: boolean;
  recordedRun: string;
  recordRuns(part: Part): void;
  renderLineBreaks(value: string): string[];
}

interface PostparseOptions {
  basePart?: Part;
  contentType: string;
  modules: Module[];
  linebreaks: boolean;
}

interface RenderOptions extends PostparseOptions {
  scopeManager: ScopeManager;
  stripInvalidXMLChars: boolean;
  nullGetter(part: Part): unknown;
  baseNullGetter(part: Part, sm: ScopeManager): unknown;
}

/** A placeholder of the row and the run properties recorded where it stands. */
interface Slot {
  part: Part;
  run: string;
}

interface RunState {
  recordRun: boolean;
  recordedRun: string;
}

/** A row loop compiled once: the row's fixed XML between its placeholders. */
interface Fragment {
  pieces: (string | Slot)[];
  /** The same loop as docxtemplater's loop module renders it, for data the fragment does not take. */
  loop: Part;
  /** The Render module's run record after a row, as docxtemplater's loop would leave it. */
  end: RunState;
}

const W_T_PRESERVE = '<w:t xml:space="preserve">';
const W_T_END = '</w:t>';
/** Rows holding these go through docxtemplater's loop: its fix-ups act on them across the row's bounds. */
const EXCLUDED_TAGS = new Set(['w:tbl', 'w:sdtContent', 'w:sectPr', 'w:tr']);

class Fallback extends Error {}

const utf8 = new TextEncoder();

const isTag = (p: Part, tag: string, position: string) => p.type === 'tag' && p.tag === tag && p.position === position;

/**
 * A docxtemplater module that renders table-row loops ({#rows}…{/rows} in a
 * w:tr) from a fragment compiled once. docxtemplater's own loop turns every
 * XML tag of every row into a part, then scans all of them again (joinUncorrupt
 * twice, space preserve, UTF-8): about 80 parts per row of a roster, most of
 * the time of a 1,000-row form. Here each row is its fixed XML joined with
 * its values, and every value goes through docxtemplater's own steps: scope
 * lookup (the default parser), null getter, control-character stripping,
 * line breaks with the run's properties, escaping, and the modules'
 * postrender (space preserve). A loop the fragment cannot prove to render
 * the same, and data it does not take (anything but a non-empty array),
 * render through docxtemplater's loop module as before; a test compares
 * both renderings on every template.
 */
export class FastRows {
  readonly name = 'FastRowsModule';
  private readonly fragments = new WeakMap<Part, Fragment>();

  postparse(parsed: Part[], options: PostparseOptions): Part[] {
    // Only loops of the document's own top level: inside a table cell or a content control, the
    // fix-ups of docxtemplater's postrender look into the rows' parts.
    if (options.basePart || !DOCX_CONTENT_TYPES.includes(options.contentType)) return parsed;
    let depth = 0;
    for (const p of parsed) {
      if (p.type === 'tag' && (p.tag === 'w:tc' || p.tag === 'w:sdtContent')) depth += p.position === 'start' ? 1 : p.position === 'end' ? -1 : 0;
      else if (p.module === 'loop' && depth === 0) {
        const fragment = compileFragment(p, options);
        if (fragment) {
          this.fragments.set(p, fragment);
          p.module = this.name;
        }
      }
    }
    return parsed;
  }

  render(part: Part, options: RenderOptions): unknown {
    const fragment = this.fragments.get(part);
    if (!fragment) return null;
    const loop = findModule<Module>(options, 'LoopModule');
    const sm = options.scopeManager;
    const value = sm.getValue(part.value, { part }) ?? options.nullGetter(part);
    if (!Array.isArray(value) || value.length === 0) return loop.render(fragment.loop, options);
    const recorder = findModule<RenderModule>(options, 'Render');
    const before: RunState = { recordRun: recorder.recordRun, recordedRun: recorder.recordedRun };
    try {
      const rows: string[] = [];
      sm.loopOverValue(value, (scope, i, length) => rows.push(renderRow(fragment, sm.createSubScopeManager(scope, part.value, i, part, length), options, recorder)), false);
      Object.assign(recorder, fragment.end);
      // The first row stays text, for the postrender fix-ups that look at what starts and ends the
      // loop (a table keeps a row; nothing to join across). The rest goes as UTF-8 bytes, which the
      // postrender passes through: scanning a megabyte of rows as one string would cost more than
      // rendering them.
      return { value: rows.length > 1 ? [rows[0], utf8.encode(rows.slice(1).join(''))] : rows };
    } catch {
      // docxtemplater's loop renders it again and reports what went wrong in its own way.
      Object.assign(recorder, before);
      return loop.render(fragment.loop, options);
    }
  }
}

function findModule<M extends Module>(options: { modules: Module[] }, name: string): M {
  const m = options.modules.find((x) => x.name === name);
  if (!m) throw new Error(`docxtemplater module ${name} missing`);
  return m as M;
}

function renderRow(fragment: Fragment, sm: ScopeManager, options: RenderOptions, recorder: RenderModule): string {
  let out: string[] = [];
  for (const piece of fragment.pieces) {
    if (typeof piece === 'string') {
      out.push(piece);
      continue;
    }
    let v = sm.getValue(piece.part.value, { part: piece.part }) ?? options.baseNullGetter(piece.part, sm);
    if (typeof v === 'string') {
      if (options.stripInvalidXMLChars) v = removeCorruptCharacters(v);
      else if (hasCorruptCharacters(v)) throw new Fallback();
    }
    if (options.linebreaks && typeof v === 'string') {
      recorder.recordedRun = piece.run;
      for (const s of recorder.renderLineBreaks(v)) out.push(s);
    } else out.push(utf8ToWord(v));
  }
  for (const m of options.modules) out = m.postrender(out, options);
  return out.join('');
}

/** The fragment of a loop over whole table rows whose parts are fixed XML and plain placeholders; null for any other loop. */
function compileFragment(p: Part, options: PostparseOptions): Fragment | null {
  const sub = p.subparsed;
  if (!sub || sub.length < 2 || p.inverted || p.paragraphLoop || p.hasPageBreak || p.hasPageBreakBeginning || p.addNextPage || p.addContinuousType || p.sectPrCount) return null;
  if (!isTag(sub[0], 'w:tr', 'start') || !isTag(sub[sub.length - 1], 'w:tr', 'end')) return null;
  const inner = sub.slice(1, -1);
  if (inner.some((s) => (s.type === 'placeholder' ? s.module !== undefined : s.type !== 'tag' && s.type !== 'content') || (s.type === 'tag' && EXCLUDED_TAGS.has(s.tag ?? '')))) return null;

  // docxtemplater's fix-ups for empty cells and rows must have nothing to do in the row.
  const statics = [...sub, ...sub].map((s) => (s.type === 'placeholder' ? 'x' : s.value));
  const fixed = joinUncorrupt([...statics], { ...options, basePart: p });
  if (fixed.some((s, i) => s !== statics[i])) return null;

  const runs = options.linebreaks ? recordRuns(sub, options) : { slots: sub.map(() => ''), end: null };
  if (!runs) return null;
  const pieces: (string | Slot)[] = [];
  sub.forEach((s, i) => {
    if (s.type === 'placeholder') pieces.push({ part: s, run: runs.slots[i] });
    else {
      // Fixed XML merges into one string, except where space preserve may join a <w:t …> to a </w:t>.
      const prev = pieces[pieces.length - 1];
      if (typeof prev === 'string' && !prev.endsWith(W_T_PRESERVE) && !s.value.startsWith(W_T_END)) pieces[pieces.length - 1] = prev + s.value;
      else pieces.push(s.value);
    }
  });
  return { pieces, loop: { ...p, module: 'loop' }, end: runs.end ?? { recordRun: false, recordedRun: '' } };
}

/**
 * The run properties docxtemplater's Render module records at each part of the
 * row, by its own recordRuns; null when they depend on what precedes the row.
 */
function recordRuns(sub: Part[], options: PostparseOptions): { slots: string[]; end: RunState } | null {
  const recorder = findModule<RenderModule>(options, 'Render');
  const walk = (start: string) => {
    const state = Object.assign(Object.create(recorder) as RenderModule, { recordRun: false, recordedRun: start });
    const slots = sub.map((s) => {
      state.recordRuns(s);
      return state.recordedRun;
    });
    return { slots, end: { recordRun: state.recordRun, recordedRun: state.recordedRun } };
  };
  const a = walk('');
  const b = walk('\u0000');
  const same = a.end.recordRun === b.end.recordRun && a.end.recordedRun === b.end.recordedRun && a.slots.every((s, i) => s === b.slots[i] || sub[i].type !== 'placeholder');
  return same ? a : null;
}
