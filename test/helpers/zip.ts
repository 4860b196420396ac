import { deflateSync } from 'fflate';

export interface ZipItem {
  /** The entry name's bytes as stored, or a string stored as UTF-8 with the UTF-8 flag. */
  name: string | Uint8Array;
  data: Uint8Array | string;
  deflate?: boolean;
  /** Overrides of what the central directory declares, for lying archives. */
  declaredSize?: number;
  flags?: number;
  method?: number;
}

/**
 * A .zip written byte by byte, so that tests can store names in GBK as
 * Chinese Windows tools do, or make the directory lie. CRCs are left 0:
 * beian's archive reader does not use them.
 */
export function zipBytes(items: readonly ZipItem[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 0xff, (v >> 8) & 0xff);
  const u32 = (a: number[], v: number) => a.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
  for (const it of items) {
    const name = typeof it.name === 'string' ? new TextEncoder().encode(it.name) : it.name;
    const flags = it.flags ?? (typeof it.name === 'string' ? 0x800 : 0);
    const raw = typeof it.data === 'string' ? new TextEncoder().encode(it.data) : it.data;
    const body = it.deflate ? deflateSync(raw) : raw;
    const offset = local.length;
    const header = (a: number[], sig: number) => {
      u32(a, sig);
      if (sig === 0x02014b50) u16(a, 20);
      u16(a, 20);
      u16(a, flags);
      u16(a, it.method ?? (it.deflate ? 8 : 0));
      u32(a, 0);
      u32(a, 0);
      u32(a, body.length);
      u32(a, it.declaredSize ?? raw.length);
      u16(a, name.length);
      u16(a, 0);
    };
    header(local, 0x04034b50);
    for (const b of [...name, ...body]) local.push(b);
    header(central, 0x02014b50);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    for (const b of name) central.push(b);
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, items.length);
  u16(end, items.length);
  u32(end, central.length);
  u32(end, local.length);
  u16(end, 0);
  return Uint8Array.from([...local, ...central, ...end]);
}

let gbkTable: Map<string, number[]> | undefined;

/** Text in GBK, as Chinese Windows zip tools store entry names (Node has a GBK decoder but no encoder). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gbkTable.set(d.decode(Uint8Array.of(a, b)), [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : gbkTable.get(ch)!));
  return Uint8Array.from(out);
}
