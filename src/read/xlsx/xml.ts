import { SaxesParser, SaxesTagPlain } from 'saxes';
import { FastXmlParser, MAX_DEPTH, MAX_RUN, NotSimpleXml } from './fast-xml';
import type { ZipEntry } from '../../zip/directory';
import { DEFAULT_INFLATER, inflateEntry, InflateBudget, Inflater } from '../../zip/inflate';
import { PartDamage } from './part-damage';

/**
 * Receives one part's elements by local name: the prefix of the part's root
 * element (none, x:, or any other) is stripped from elements that share
 * it, so transitional and strict OOXML and prefixed writers read alike.
 * Elements of other namespaces arrive with the name ''.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** Bytes enough to hold a byte-order mark and an XML declaration. */
const HEAD = 256;

/** The encoding a part declares: a byte-order mark, else the XML declaration, else UTF-8. */
function sniffEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  let decl = '';
  for (let i = 0; i < Math.min(head.length, HEAD) && head[i] !== 0x3e; i++) decl += String.fromCharCode(head[i]);
  const m = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(decl);
  return m ? m[1].toLowerCase() : 'utf-8';
}

function decoderFor(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new PartDamage('使用了不支持的文字编码', `unsupported encoding ${encoding}`);
  }
}

function xmlDamage(message: string): PartDamage {
  if (/unclosed tag|unexpected end|document must contain a root/.test(message)) return new PartDamage('XML 不完整', message);
  if (/entity/.test(message)) return new PartDamage('XML 含有未定义的实体', message);
  return new PartDamage('XML 格式错误', message);
}

/**
 * Bytes of one part → text in the encoding the part declares (UTF-8 by
 * default), carrying characters split between pieces over to the next.
 */
class PartDecoder {
  private decoder: TextDecoder | null = null;
  // The encoding is decided on the first bytes, gathered up to the length of an XML declaration.
  private head: Uint8Array | null = new Uint8Array(0);

  /** The text of the next bytes, split anywhere (even inside a character); '' while the head is gathered. */
  write(bytes: Uint8Array): string {
    return this.head ? this.start(bytes, false) : this.decode(bytes, false);
  }

  /** The text of whatever bytes are still held. */
  end(): string {
    return this.head ? this.start(new Uint8Array(0), true) : this.decode(new Uint8Array(0), true);
  }

  private start(bytes: Uint8Array, final: boolean): string {
    const head = this.head!;
    let all = bytes;
    if (head.length) {
      all = new Uint8Array(head.length + bytes.length);
      all.set(head);
      all.set(bytes, head.length);
    }
    if (all.length < HEAD && !final) {
      this.head = all.slice();
      return '';
    }
    this.head = null;
    this.decoder = decoderFor(sniffEncoding(all));
    return this.decode(all, final);
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream: !final });
    } catch (e) {
      throw new PartDamage('文字编码无效', (e as Error).message);
    }
  }
}

export interface XmlSink {
  /** The next bytes of the part, split anywhere (even inside a character). */
  write(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Bytes of one XML part → `handler` through saxes, the strict parser that
 * judges every part {@link FastXmlParser} does not vouch for. Throws
 * PartDamage for damage.
 */
export function xmlSink(handler: XmlHandler): XmlSink {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let prefix: string | null = null;
  let depth = 0;
  let run = 0;
  const local = (name: string): string => {
    if (prefix === null) {
      const i = name.indexOf(':');
      prefix = i < 0 ? '' : name.slice(0, i + 1);
    }
    if (prefix === '') return name.indexOf(':') < 0 ? name : '';
    return name.startsWith(prefix) ? name.slice(prefix.length) : '';
  };
  parser.on('error', (e) => {
    throw xmlDamage(e.message);
  });
  parser.on('doctype', () => {
    throw new PartDamage('XML 含有 DTD 声明', 'DOCTYPE is not allowed in OOXML parts');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > MAX_DEPTH) throw new PartDamage('XML 嵌套过深', `nesting deeper than ${MAX_DEPTH}`);
    handler.open(local(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--;
    handler.close(local(tag.name));
  });
  parser.on('text', (t) => handler.text(t));
  parser.on('cdata', (t) => handler.text(t));
  const decoder = new PartDecoder();
  const feed = (text: string): void => {
    if (!text) return;
    const lt = text.lastIndexOf('<');
    run = lt < 0 ? run + text.length : text.length - lt - 1;
    if (run > MAX_RUN) throw new PartDamage('XML 中有超长的文本或属性', `more than ${MAX_RUN} characters without a tag`);
    parser.write(text);
  };
  return {
    write(bytes) {
      feed(decoder.write(bytes));
    },
    end() {
      feed(decoder.end());
      parser.close();
    },
  };
}

/** Bytes of one XML part → `handler` through {@link FastXmlParser}; throws NotSimpleXml where saxes must judge. */
function fastSink(handler: XmlHandler): XmlSink {
  const parser = new FastXmlParser(handler);
  const decoder = new PartDecoder();
  return {
    write(bytes) {
      const text = decoder.write(bytes);
      if (text) parser.write(text);
    },
    end() {
      const text = decoder.end();
      if (text) parser.write(text);
      parser.end();
    },
  };
}

async function read(buf: Uint8Array, entry: ZipEntry, budget: InflateBudget, sink: XmlSink, inflater?: Inflater): Promise<void> {
  await inflateEntry(buf, entry, budget, (chunk) => sink.write(chunk), inflater);
  sink.end();
}

/**
 * Streams one zip entry through inflate and an XML parser into a handler
 * made by `make`, and returns that handler. The fast parser reads the part
 * first; where it cannot vouch for the XML (unusual or damaged), the part
 * is read again from the start, streamed, by saxes into a fresh handler:
 * such a part is read exactly as before the fast parser existed, and its
 * damage is worded by saxes' reading.
 */
export async function parsePart<H extends XmlHandler>(buf: Uint8Array, entry: ZipEntry, budget: InflateBudget, make: () => H, inflater?: Inflater): Promise<H> {
  const spent = budget.spent;
  const fast = make();
  try {
    await read(buf, entry, budget, fastSink(fast), inflater);
    return fast;
  } catch (e) {
    if (!(e instanceof NotSimpleXml)) throw e;
  }
  budget.rewind(spent);
  const careful = make();
  // Streamed, as saxes' limit on a run between tags is checked at the end of each piece.
  await read(buf, entry, budget, xmlSink(careful), inflater ?? DEFAULT_INFLATER);
  return careful;
}

/** The value of the attribute with this local name, whatever its prefix. */
export function attrByLocalName(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  const suffix = ':' + name;
  for (const k in attrs) if (k.endsWith(suffix)) return attrs[k];
  return undefined;
}
