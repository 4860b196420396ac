import PizZip from 'pizzip';
import { SaxesParser } from 'saxes';
import { dataStart, readDirectory } from '../../src/zip/directory';

/** Every part of an .xlsx package by name, read with an independent zip library. */
export function unzipParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = new PizZip(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, zip.file(name)!.asUint8Array());
  return out;
}

export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipParts(bytes).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

/** A package from part texts, deflated, in the given order. */
export function zipOf(parts: Record<string, string | Uint8Array>): Uint8Array {
  const zip = new PizZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Each entry's stored bytes (local header and compressed data), to show an entry was copied untouched. */
export function storedEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(readDirectory(bytes).entries.map((e) => [e.name, bytes.subarray(e.localOffset, dataStart(bytes, e) + e.compressedSize)]));
}

/** Throws unless `xml` is well-formed with every prefix bound (a strict, namespace-aware parser). */
export function assertWellFormed(xml: string, name = 'part'): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  parser.write(xml).close();
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]);
}
