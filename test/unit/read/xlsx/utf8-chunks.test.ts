import { readXlsx } from '../../../../src/read/xlsx/read-xlsx';
import { XmlHandler, xmlSink } from '../../../../src/read/xlsx/xml';
import { buildXlsx, zipParts } from '../../../helpers/xlsx-parts';

/** Every <t>'s text, as the reader's handlers receive it. */
class Texts implements XmlHandler {
  readonly texts: string[] = [];
  private inT = false;
  open(name: string): void {
    if (name === 't') (this.inT = true), this.texts.push('');
  }
  text(t: string): void {
    if (this.inT) this.texts[this.texts.length - 1] += t;
  }
  close(name: string): void {
    if (name === 't') this.inT = false;
  }
}

// 2-, 3- and 4-byte UTF-8 sequences (the last two are surrogate pairs in JS), and entities.
const WORDS = ['ü', '张三', '新疆维吾尔自治区', '𠀀', '😀x', 'é&amp;中', '&#x4E2D;'];
const DECODED = ['ü', '张三', '新疆维吾尔自治区', '𠀀', '😀x', 'é&中', '中'];

describe('UTF-8 across chunk boundaries', () => {
  const xml = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><sst>${WORDS.map((w) => `<si><t>${w}</t></si>`).join('')}</sst>`);

  it.each([1, 2, 3, 4, 5, 7])('splits every multi-byte character when fed %i byte(s) at a time, and reads the same text', (size) => {
    for (let offset = 0; offset < size; offset++) {
      const h = new Texts();
      const sink = xmlSink(h);
      sink.write(xml.subarray(0, offset));
      for (let i = offset; i < xml.length; i += size) sink.write(xml.subarray(i, i + size));
      sink.end();
      expect(h.texts).toEqual(DECODED);
    }
  });

  it('a UTF-16 part with a byte-order mark reads alike, also byte by byte', () => {
    const text = `<sst>${WORDS.map((w) => `<si><t>${w}</t></si>`).join('')}</sst>`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) (utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff), (utf16[3 + 2 * i] = text.charCodeAt(i) >> 8);
    const h = new Texts();
    const sink = xmlSink(h);
    for (let i = 0; i < utf16.length; i++) sink.write(utf16.subarray(i, i + 1));
    sink.end();
    expect(h.texts).toEqual(DECODED);
  });

  it('a 60,000-row roster of Chinese names comes through both inflaters without one U+FFFD', async () => {
    const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
    const given = '建军丽娜志强海燕晓东文博雪梅国庆𠀀😀';
    const names = Array.from({ length: 60000 }, (_, i) => {
      const g = [...given];
      return surnames[i % 20] + g[(i * 7) % g.length] + g[(i * 13) % g.length] + String(i);
    });
    const rows = names.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
    const buf = zipParts(buildXlsx({ strings: names.map((n) => `<t>${n}</t>`), sheets: [{ name: '考评人员', rows }] }));
    for (const inflater of ['native', 'fflate'] as const) {
      const s = (await readXlsx(buf, { inflater })).sheets[0];
      const read = Array.from({ length: 60000 }, (_, i) => s.value(i + 1, 1));
      expect(read.filter((v, i) => v !== names[i])).toEqual([]);
    }
  });
});
