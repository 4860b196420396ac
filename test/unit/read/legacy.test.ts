import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { checkBook } from '../../../src/check';
import type { Finding } from '../../../src/rules/finding';
import { isDateFormat } from '../../../src/model/number-format';
import type { Workbook } from '../../../src/model/workbook';
import { recogniseFiling } from '../../../src/open';
import { spreadsheetFormat } from '../../../src/read/gate';
import { InputError } from '../../../src/read/input-error';
import { readWorkbook } from '../../../src/read/read-workbook';
import { sampleBuffer } from '../../../src/sample/sample-workbook';
import { xlsxBuffer } from '../../helpers/book';
import { saveAs, withLibreOffice } from '../../helpers/libreoffice';
import { HA_ORG, haSpec } from '../jurisdictions/ha/rules/fixture';

const AS_OF = new Date(Date.UTC(2026, 5, 1));

/** Values and formats a reader may produce beyond plain text and numbers: one of each, on a filing workbook. */
async function oddities(date1904: boolean): Promise<Buffer> {
  const spec = {
    ...haSpec({ ...HA_ORG, 申请业务类型: '备案续期', 备案有效期止: new Date(Date.UTC(2026, 11, 31)) }),
    备案期评价情况: [
      ['评价职业（工种）', '评价人次', '取证人次', '最近评价日期'],
      ['电工', 120, 100, new Date(Date.UTC(2026, 4, 20))],
    ],
  };
  return xlsxBuffer(spec, (wb) => {
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('杂项');
    ws.getCell('A1').value = true;
    ws.getCell('A2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('A3').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: 'A5&"乙"', result: '甲乙' } as ExcelJS.CellFormulaValue;
    ws.getCell('A5').value = '甲';
    ws.getCell('B1').value = new Date(Date.UTC(2024, 1, 29));
    ws.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('B2').value = new Date(Date.UTC(2026, 4, 20, 10, 30));
    ws.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('B3').value = 0.875;
    ws.getCell('B3').numFmt = '0.0%';
    ws.getCell('B4').value = -1234.5;
    ws.getCell('B5').value = 123456789012345;
    ws.mergeCells('C1:E2');
    ws.getCell('C1').value = '合并的标题';
    wb.addWorksheet('隐藏表', { state: 'hidden' }).getCell('A1').value = '隐藏';
  });
}

/** A cell as the readers must agree on it: value (dates as instants), formula flag, and what its format means. */
function cells(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) {
    for (let r = 1; r <= s.rowCount; r++) {
      for (let c = 1; c <= s.colCount; c++) {
        const cell = s.cell(r, c);
        // LibreOffice does not write empty text cells into .xls/.ods (a fixture-writer difference).
        if (cell.valueKind === 'empty' && cell.kind !== 'formula') continue;
        const v = cell.value instanceof Date ? cell.value.toISOString() : JSON.stringify(cell.value);
        const fmt = cell.valueKind === 'number' || cell.valueKind === 'date' ? `${isDateFormat(cell.numFmt)}/${Boolean(cell.numFmt?.includes('%'))}` : '';
        out.set(`${s.name}!${cell.address}`, `${v} ${cell.kind} ${fmt}`);
      }
    }
  }
  return out;
}

function shape(wb: Workbook): string[] {
  return wb.sheets.map((s) => `${s.name}:${s.state}:${[...s.merges].sort().join(',')}`);
}

const findings = (wb: Workbook): Finding[] => checkBook(recogniseFiling(wb), { today: AS_OF }).findings;

/**
 * What LibreOffice writes differently from the .xlsx it converts (the files
 * differ; the reader returns what each file holds): TRUE and #N/A become
 * the formulas =TRUE() and =NA() (in .ods, TRUE is the number 1), and its
 * .xls writer stores no cached text result of a formula (the file holds 0).
 */
const LIBREOFFICE_WRITES: Record<'xls' | 'ods', Record<string, string>> = {
  xls: { '杂项!A1': 'true formula ', '杂项!A2': '{"error":"#N/A"} formula ', '杂项!A4': '0 formula false/false' },
  ods: { '杂项!A1': '1 formula false/false', '杂项!A2': '{"error":"#N/A"} formula ' },
};

function asWritten(ref: Map<string, string>, format: 'xls' | 'ods'): Map<string, string> {
  const out = new Map(ref);
  for (const [k, v] of Object.entries(LIBREOFFICE_WRITES[format])) if (out.has(k)) out.set(k, v);
  return out;
}

/**
 * LibreOffice's .ods writer keeps 15 significant digits of a number (an ID
 * typed as a number, a computed rate), so those values differ in the .ods
 * fixture itself; the reader returns what the file holds.
 */
function roundTo15(v: string): string {
  return v.replace(/^(-?\d[\d.e+-]*) /, (m, n: string) => `${Number(Number(n).toPrecision(15))} `);
}

withLibreOffice('.xls and .ods read into the same model as .xlsx', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-legacy-'));
  const books: Record<string, Record<'xlsx' | 'xls' | 'ods', Workbook>> = {};

  beforeAll(async () => {
    const sources = { sample: await sampleBuffer(), renewal: await oddities(false), renewal1904: await oddities(true) };
    const files = Object.entries(sources).map(([name, buf]) => {
      const f = path.join(dir, `${name}.xlsx`);
      writeFileSync(f, buf);
      return f;
    });
    saveAs(files, 'xls');
    saveAs(files, 'ods');
    for (const name of Object.keys(sources)) {
      const read = async (ext: string) => readWorkbook(readFileSync(path.join(dir, `${name}.${ext}`)));
      books[name] = { xlsx: await read('xlsx'), xls: await read('xls'), ods: await read('ods') };
    }
  }, 240000);

  it.each(['sample', 'renewal', 'renewal1904'])('%s.xls: every value, date, format meaning, formula flag, merge and sheet state as in the .xlsx; identical findings', (name) => {
    const b = books[name];
    expect(shape(b.xls)).toEqual(shape(b.xlsx));
    expect(cells(b.xls)).toEqual(asWritten(cells(b.xlsx), 'xls'));
    expect(findings(b.xls)).toEqual(findings(b.xlsx));
  });

  it.each(['sample', 'renewal', 'renewal1904'])('%s.ods: the same, up to the 15 digits LibreOffice writes', (name) => {
    const b = books[name];
    expect(shape(b.ods)).toEqual(shape(b.xlsx));
    const round = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k, roundTo15(v)]));
    expect(round(cells(b.ods))).toEqual(round(asWritten(cells(b.xlsx), 'ods')));
    const f = findings(b.ods);
    const ref = findings(b.xlsx);
    if (name === 'sample') {
      // The sample's ID typed as a number: its message quotes the number as the file stores it.
      const at = ref.findIndex((x) => x.rule === 'id.numeric');
      expect(ref[at].message).toContain('65400219750403584');
      expect(f[at].message).toContain('65400219750403600');
      f[at] = ref[at];
    }
    expect(f).toEqual(ref);
  });

  it('names the format from the bytes', () => {
    expect(spreadsheetFormat(readFileSync(path.join(dir, 'sample.xls')))).toBe('xls');
    expect(spreadsheetFormat(readFileSync(path.join(dir, 'sample.ods')))).toBe('ods');
    expect(spreadsheetFormat(readFileSync(path.join(dir, 'sample.xlsx')))).toBe('xlsx');
  });

  it('a password-protected .xls or .ods gets the clear refusal', async () => {
    for (const bytes of [locked(readFileSync(path.join(dir, 'sample.xls'))), lockedOds(readFileSync(path.join(dir, 'sample.ods')))]) {
      const e = await readWorkbook(bytes).catch((x: unknown) => x);
      expect(e).toEqual(expect.any(InputError));
      expect(e).toMatchObject({ reason: 'encrypted', message: expect.stringContaining('设置了打开密码') });
    }
  });

  it('a damaged .xls or .ods is one Chinese line, never a crash', async () => {
    for (const ext of ['xls', 'ods']) {
      const bytes = readFileSync(path.join(dir, `sample.${ext}`));
      const damaged = Buffer.concat([bytes.subarray(0, 2048), Buffer.alloc(bytes.length - 2048, 0x41)]);
      const e = await readWorkbook(damaged).catch((x: unknown) => x);
      expect({ ext, e }).toEqual({ ext, e: expect.any(InputError) });
      expect((e as Error).message).toMatch(/^[^\n]*[\u4e00-\u9fff][^\n]*$/);
    }
  });
});

/** The .xls with a FILEPASS record after its BOF, as Excel marks a workbook encrypted with a password. */
function locked(xls: Buffer): Buffer {
  const cfb = XLSX.CFB.read(xls, { type: 'buffer' });
  const stream = XLSX.CFB.find(cfb, 'Workbook')!;
  const b = Buffer.from(stream.content as Uint8Array);
  const bof = 4 + b.readUInt16LE(2);
  const filePass = Buffer.alloc(58);
  filePass.writeUInt16LE(0x2f, 0);
  filePass.writeUInt16LE(54, 2);
  // RC4, version 1.1; salt and verifiers left zero.
  filePass.writeUInt16LE(1, 4);
  filePass.writeUInt16LE(1, 6);
  filePass.writeUInt16LE(1, 8);
  stream.content = Buffer.concat([b.subarray(0, bof), filePass, b.subarray(bof)]);
  stream.size = stream.content.length;
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

/** The .ods with its content declared encrypted in the manifest, as LibreOffice saves it with a password. */
function lockedOds(ods: Buffer): Uint8Array {
  const files = unzipSync(ods);
  const manifest = new TextDecoder().decode(files['META-INF/manifest.xml']);
  files['META-INF/manifest.xml'] = strToU8(
    manifest.replace(/(<manifest:file-entry [^>]*manifest:full-path="content.xml"[^>]*?)\/>/, '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry>'),
  );
  const { mimetype, ...rest } = files;
  return zipSync({ mimetype: [mimetype, { level: 0 }], ...rest });
}

describe('the input gate on .xls and .ods', () => {
  it('still refuses a password-protected workbook and a Word document in a compound file', () => {
    const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = Buffer.concat([cfb, Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(() => spreadsheetFormat(locked)).toThrow(/打开密码/);
    const doc = Buffer.concat([cfb, Buffer.alloc(64), Buffer.from('WordDocument', 'utf16le')]);
    expect(() => spreadsheetFormat(doc)).toThrow(/Word 文档/);
  });
});
