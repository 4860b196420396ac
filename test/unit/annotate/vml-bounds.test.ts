import type { CellMark } from '../../../src/annotate/mark-plan';
import { addNoteShapes, growNoteBoxes, ShapeBlocks } from '../../../src/annotate/vml';

/**
 * Note drawings as other writers make them and as an attacker could: VML
 * is edited by namespace, not by prefix, and in time linear in the drawing.
 */

const mark = (row: number, col: number, note = '身份证件号校验位不对'): CellMark => ({ sheet: '考评人员', address: 'A1', row, col, severity: 'error', fill: 'FFFFC7CE', note, rules: ['id.checksum'] });

const NS = 'xmlns:ns0="urn:schemas-microsoft-com:vml" xmlns:ns1="urn:schemas-microsoft-com:office:office" xmlns:ns2="urn:schemas-microsoft-com:office:excel"';

/** A clerk's note on A1 as openpyxl writes its drawing: every element under an ns0:/ns1:/ns2: prefix. */
const OPENPYXL =
  `<xml ${NS}><ns1:shapelayout ns0:ext="edit"><ns1:idmap ns0:ext="edit" data="1"/></ns1:shapelayout>` +
  '<ns0:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;width:108pt;height:59.25pt;z-index:1;visibility:hidden">' +
  '<ns2:ClientData ObjectType="Note"><ns2:Anchor>1, 15, 0, 2, 3, 15, 3, 16</ns2:Anchor><ns2:Row>0</ns2:Row><ns2:Column>0</ns2:Column></ns2:ClientData></ns0:shape></xml>';

function seconds(f: () => unknown): number {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
}

describe('a note drawing with namespaced prefixes', () => {
  it('gets new shapes in its own idmap, with ids after its shapes', () => {
    const blocks = new ShapeBlocks();
    blocks.note(OPENPYXL);
    const out = addNoteShapes(OPENPYXL, [{ mark: mark(5, 2), text: '新批注' }], blocks);
    expect(out.match(/idmap/g)).toHaveLength(1);
    expect(out).not.toContain('<o:shapelayout');
    // The drawing's own block 1 (ids 1024–2047) still has room after the clerk's shape 1025.
    expect(out).toContain('id="_x0000_s1026"');
    expect(out).toContain('<ns1:idmap ns0:ext="edit" data="1"/>');
  });

  it('grows the clerk’s own box to hold the text appended to it', () => {
    const out = growNoteBoxes(OPENPYXL, [{ mark: mark(1, 1), text: '原有批注\n' + '检查意见'.repeat(60) }]);
    expect(out).not.toContain('<ns2:Anchor>1, 15, 0, 2, 3, 15, 3, 16</ns2:Anchor>');
    expect(out).toMatch(/<ns2:Anchor>1, 15, 0, 2, 5, 15, \d+, 16<\/ns2:Anchor>/);
  });
});

describe('the cost of a drawing is linear in its size', () => {
  it('300,000 note shapes: new shapes added without running out of stack', () => {
    const shapes = Array.from({ length: 300_000 }, (_, i) => `<v:shape id="_x0000_s${1025 + i}"/>`).join('');
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">${shapes}</xml>`;
    const blocks = new ShapeBlocks();
    let out = '';
    expect(seconds(() => {
      blocks.note(vml);
      out = addNoteShapes(vml, [{ mark: mark(1, 1), text: '批注' }], blocks);
    })).toBeLessThan(5); // about 0.6 s alone on one core; the bound leaves room for a loaded machine
    // After the last block the drawing's shapes use: no id is reused.
    expect(out.includes(`id="_x0000_s${Math.ceil((1025 + 300_000) / 1024) * 1024 + 1}"`)).toBe(true);
  });

  it('150,000 unclosed shape tags and one note: grown in well under a second', () => {
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml">${'<v:shape '.repeat(150_000)}</xml>`;
    expect(seconds(() => growNoteBoxes(vml, [{ mark: mark(1, 1), text: '批注' }]))).toBeLessThan(1);
  });
});
