import { forXml, xmlSafeData } from '../../../src/model/xml-text';
import { forTerminal } from '../../../src/cli/io';

describe('one text cleaner per sink', () => {
  it('XML: drops what XML 1.0 forbids and keeps everything else', () => {
    expect(forXml('甲\u0001机\ufffe构\ud800')).toBe('甲机构');
    expect(forXml('行一\n行二\t😀')).toBe('行一\n行二\t😀');
    expect(xmlSafeData({ org: '甲\u0001', rows: [{ name: '\uffff乙' }], n: 3, d: new Date(0) })).toEqual({ org: '甲', rows: [{ name: '乙' }], n: 3, d: new Date(0) });
  });

  it('terminal: control, line and direction characters written visibly, never passed on', () => {
    expect(forTerminal('甲\u001b[2J机构')).toBe('甲\\x1b[2J机构');
    expect(forTerminal('a\n通过 9 份')).toBe('a\\n通过 9 份');
    expect(forTerminal('\u001b]0;标题\u0007')).toBe('\\x1b]0;标题\\x07');
    expect(forTerminal('名\u202e称')).toBe('名\\u202e称');
  });
});
