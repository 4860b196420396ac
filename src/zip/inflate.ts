import { Inflate } from 'fflate';
import { codec } from './codec';
import { concat } from './bytes';
import { entryData, type EntryPlace } from './directory';
import { ZipError } from './error';

/** Inflated bytes over all entries of one archive, held to a ceiling as they are produced. */
export class InflateBudget {
  private used = 0;

  constructor(
    readonly max: number,
    /** The caller's own refusal, thrown as soon as the ceiling is passed. */
    private readonly refusal: () => Error,
    /** What the host does between the chunks of a streamed part: give itself a turn, say, to hear Ctrl-C. */
    readonly pause: () => Promise<void> = async () => undefined,
  ) {}

  get spent(): number {
    return this.used;
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.max) throw this.refusal();
  }

  /** Gives back what was spent since {@link spent} read `mark`, for a part that is read again. */
  rewind(mark: number): void {
    this.used = mark;
  }
}

/** Compressed bytes per step: deflate expands at most ~1,032×, so one step yields at most ~16 MB. */
const STEP = 16 * 1024;
/** The native stream costs a promise per write, so it takes bigger steps (at most ~64 MB out each). */
const NATIVE_STEP = 64 * 1024;

type Sink = (chunk: Uint8Array) => void;

/**
 * fflate's streaming inflate, fed step by step so that a bomb is stopped
 * after one step's output. Runs anywhere; the platform's native
 * DecompressionStream is preferred where there is one (3–4× faster).
 */
function inflateWithFflate(data: Uint8Array, sink: Sink): void {
  if (data.length === 0) throw new ZipError('压缩数据损坏', 'empty deflate stream');
  const inflater = new Inflate((chunk) => sink(chunk));
  for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
}

async function inflateWithStream(data: Uint8Array, sink: Sink, pause: () => Promise<void>): Promise<void> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  // One step at a time: a transform inflates a whole written chunk at once,
  // and the next write waits until the output has been read.
  const feed = async (): Promise<void> => {
    for (let i = 0; i < data.length; i += NATIVE_STEP) await writer.write(data.subarray(i, i + NATIVE_STEP) as Uint8Array<ArrayBuffer>);
    await writer.close();
  };
  // Write errors (a cancelled or failed stream) surface again on the reading side.
  feed().catch(() => undefined);
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      sink(value);
      await pause();
    }
  } catch (e) {
    // Left unread rather than cancelled: Node's stream adapter can still hand
    // on output the inflater made during a pause, and enqueueing it into a
    // cancelled stream throws outside any caller (an uncaught exception). Unread,
    // the inflater stops at its buffer's bound and the stream is collected.
    reader.releaseLock();
    throw e;
  }
}

function nativeInflate(): boolean {
  try {
    return typeof DecompressionStream === 'function' && Boolean(new DecompressionStream('deflate-raw'));
  } catch {
    return false;
  }
}

const NATIVE = nativeInflate();

export type Inflater = 'native' | 'fflate';

/** The streaming inflater this runtime uses; tests run both. */
export const DEFAULT_INFLATER: Inflater = NATIVE ? 'native' : 'fflate';

/**
 * Parts at most this big, compressed and as declared, are inflated in one
 * call by default: most parts of any workbook and every part of a small
 * one, which a stream would cost more to set up than to inflate. The
 * compressed size bounds the work (a lying part inflates to at most ~256 MB
 * counted, never stored), the declared size the memory.
 */
const WHOLE_COMPRESSED = 256 * 1024;
const WHOLE_DECLARED = 4 * 1024 * 1024;

/** The whole part at once, into a buffer one byte longer than declared. */
function inflateWhole(data: Uint8Array, declared: number): Uint8Array {
  if (data.length === 0) throw new ZipError('压缩数据损坏', 'empty deflate stream');
  return codec().inflateWhole(data, declared + 1);
}

const sizeMismatch = (detail: string): ZipError => new ZipError('解压后的大小与压缩包目录不符', detail);

/**
 * Inflates one zip entry chunk by chunk into `sink`. It stops as soon as
 * the part grows past the size the zip directory declares for it or the
 * workbook's budget, so a lying directory or a bomb costs one step.
 * Without `inflater`, small parts are inflated whole and others streamed
 * by the runtime's fastest inflater; with one, every part is streamed by it.
 * What the sink throws comes through unchanged.
 */
export async function inflateEntry(buf: Uint8Array, entry: EntryPlace, budget: InflateBudget, sink: Sink, inflater?: Inflater): Promise<void> {
  if (entry.encrypted) throw new ZipError('部件已加密', 'zip entry is encrypted');
  const data = entryData(buf, entry);
  let produced = 0;
  /** What the budget or the sink threw, passed through unchanged. */
  let sinkError: unknown = undefined;
  const counted: Sink = (chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw sizeMismatch(`inflated past the declared ${entry.size} bytes`);
    try {
      budget.spend(chunk.length);
      if (chunk.length) sink(chunk);
    } catch (e) {
      sinkError = e;
      throw e;
    }
  };
  if (entry.method === 0) {
    if (data.length !== entry.size) throw sizeMismatch('stored entry size mismatch');
    for (let i = 0; i < data.length; i += STEP * 64) counted(data.subarray(i, i + STEP * 64));
    return;
  }
  if (entry.method !== 8) throw new ZipError('使用了不支持的压缩方式', `compression method ${entry.method}`);
  try {
    if (inflater === undefined && data.length <= WHOLE_COMPRESSED && entry.size <= WHOLE_DECLARED) {
      const whole = inflateWhole(data, entry.size);
      // As a stream would: the budget first, for what fits the declared size.
      if (whole.length > entry.size) {
        try {
          budget.spend(entry.size);
        } catch (e) {
          sinkError = e;
          throw e;
        }
      }
      counted(whole);
    } else if ((inflater ?? DEFAULT_INFLATER) === 'native') await inflateWithStream(data, counted, budget.pause);
    else inflateWithFflate(data, counted);
  } catch (e) {
    if (e === sinkError || e instanceof ZipError) throw e;
    throw new ZipError('压缩数据损坏', (e as Error).message ?? String(e));
  }
  if (produced !== entry.size) throw sizeMismatch(`inflated ${produced} of the declared ${entry.size} bytes`);
}

/** An entry's inflated bytes in an array of their own, under the same bounds as {@link inflateEntry}. */
export async function inflateToBytes(buf: Uint8Array, entry: EntryPlace, budget: InflateBudget): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await inflateEntry(buf, entry, budget, (chunk) => chunks.push(chunk));
  // A stored entry's one chunk is a view of the archive: copied, so that the archive can be let go or moved
  // (by the constructor: a Node Buffer's slice() is another view).
  return chunks.length === 1 && chunks[0].buffer === buf.buffer ? new Uint8Array(chunks[0]) : concat(chunks);
}
