import { SaxesParser, SaxesTagPlain } from 'saxes';
import { inflateEntry, InflateBudget, Inflater, PartDamage } from './inflate';
import type { ZipEntry } from './zip';

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

/** Deeper than any SpreadsheetML part nests. */
const MAX_DEPTH = 128;
/** Characters between two tags (a text or a tag with its attributes); a cell's text is at most 32,767 characters, escaped. */
const MAX_RUN = 1 << 20;

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

export interface XmlSink {
  /** The next bytes of the part, split anywhere (even inside a character). */
  write(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Bytes of one XML part → `handler`: a decoder for the declared encoding
 * (UTF-8 by default) that carries characters split between chunks over to
 * the next chunk, then saxes. Throws PartDamage for damage.
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
  let decoder: TextDecoder | null = null;
  const feed = (text: string): void => {
    if (!text) return;
    const lt = text.lastIndexOf('<');
    run = lt < 0 ? run + text.length : text.length - lt - 1;
    if (run > MAX_RUN) throw new PartDamage('XML 中有超长的文本或属性', `more than ${MAX_RUN} characters without a tag`);
    parser.write(text);
  };
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream: !final });
    } catch (e) {
      throw new PartDamage('文字编码无效', (e as Error).message);
    }
  };
  // The encoding is decided on the first bytes, gathered up to the length of an XML declaration.
  let head: Uint8Array | null = new Uint8Array(0);
  const start = (bytes: Uint8Array, final: boolean): void => {
    const all = new Uint8Array(head!.length + bytes.length);
    all.set(head!);
    all.set(bytes, head!.length);
    if (all.length < HEAD && !final) {
      head = all;
      return;
    }
    head = null;
    decoder = decoderFor(sniffEncoding(all));
    feed(decode(all, final));
  };
  return {
    write(bytes) {
      if (head) start(bytes, false);
      else feed(decode(bytes, false));
    },
    end() {
      if (head) start(new Uint8Array(0), true);
      else feed(decode(new Uint8Array(0), true));
      parser.close();
    },
  };
}

/** Streams one zip entry through inflate and {@link xmlSink} into `handler`. */
export async function parsePart(buf: Uint8Array, entry: ZipEntry, budget: InflateBudget, handler: XmlHandler, inflater?: Inflater): Promise<void> {
  const sink = xmlSink(handler);
  await inflateEntry(buf, entry, budget, (chunk) => sink.write(chunk), inflater);
  sink.end();
}

/** The value of the attribute with this local name, whatever its prefix. */
export function attrByLocalName(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  const suffix = ':' + name;
  for (const k in attrs) if (k.endsWith(suffix)) return attrs[k];
  return undefined;
}
