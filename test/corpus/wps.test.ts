import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotateXlsx, type AnnotateMeta } from '../../src/annotate';
import { checkBook } from '../../src/check';
import { parseA1 } from '../../src/model/cell';
import { openWorkbook } from '../../src/open';
import { profileById } from '../../src/profiles/profiles';
import { readWorkbook } from '../../src/read/read-workbook';
import type { Finding } from '../../src/rules/finding';
import { sameBytes, storedEntries, unzipParts } from '../helpers/package';
import { libreOffice } from './make-corpus';
import { baseFiling, PICTURE_CELLS, PICTURE_IDS, WPS_PARTS, wpsFiling } from './wps-workbooks';

/**
 * Workbooks as WPS 表格 saves them (test/corpus/wps-workbooks.ts: cell
 * pictures in xl/cellimages.xml with DISPIMG formulas, WPS's custom
 * properties): the check reads them as it reads the same filing without
 * WPS's parts, and the annotated copy keeps WPS's parts byte for byte.
 */

const TODAY = new Date(Date.UTC(2026, 5, 1));
const META: Omit<AnnotateMeta, 'file'> = { profile: profileById('xj-xcert')!, business: '首次备案', summary: { errors: 1, warnings: 0, infos: 0 }, titles: {} };
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('workbooks written by WPS 表格', () => {
  let wps: Uint8Array;
  let base: Uint8Array;
  beforeAll(async () => {
    [wps, base] = await Promise.all([wpsFiling(), baseFiling()]);
  });

  it('a picture cell reads as the formula text WPS caches, and every other cell as in the same filing without pictures', async () => {
    const [a, b] = await Promise.all([readWorkbook(wps), readWorkbook(base)]);
    const roster = a.sheet('考评员名册')!;
    PICTURE_CELLS.forEach((where, i) => {
      const { row, col } = parseA1(where.split('!')[1]);
      expect(roster.value(row, col)).toBe(`=DISPIMG("${PICTURE_IDS[i]}",1)`);
      expect(roster.isFormula(row, col)).toBe(true);
      b.sheet('考评员名册')!.update(row, col, roster.value(row, col), { formula: true });
    });
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    for (const s of a.sheets) for (let r = 1; r <= s.rowCount; r++) expect([s.name, r, s.rowValues(r)]).toEqual([s.name, r, b.sheet(s.name)!.rowValues(r)]);
  });

  it('is checked with the same findings as the filing without WPS’s parts', async () => {
    const found = checkBook(await openWorkbook(wps), { today: TODAY }).findings;
    expect(found).toEqual(checkBook(await openWorkbook(base), { today: TODAY }).findings);
    expect(found.some((f) => f.rule.startsWith('id.'))).toBe(true);
  });

  it('the annotated copy keeps cellimages.xml, its pictures, its relationships and WPS’s properties byte for byte', async () => {
    const found: Finding[] = [
      ...checkBook(await openWorkbook(wps), { today: TODAY }).findings,
      { rule: 'corpus.mark', severity: 'warning', sheet: '考评员名册', cell: 'E3', row: 3, column: '照片', message: '语料标注 图片单元格', basis: '测试', hint: null },
    ];
    const out = await annotateXlsx(wps, found, { ...META, file: 'wps.xlsx' });
    const before = storedEntries(wps);
    const after = storedEntries(out);
    for (const part of WPS_PARTS) expect([part, sameBytes(before.get(part), after.get(part))]).toEqual([part, true]);
    const parts = unzipParts(out);
    expect(decode(parts.get('[Content_Types].xml')!)).toContain('<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>');
    expect(decode(parts.get('xl/_rels/workbook.xml.rels')!)).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
    expect(decode(parts.get('_rels/.rels')!)).toContain('Target="docProps/custom.xml"');
    // The marked picture cell keeps its formula and cached text; only its style changes.
    const sheet = decode(parts.get('xl/worksheets/sheet2.xml')!);
    expect(sheet).toMatch(new RegExp(`<c (?=[^>]*\\br="E3")(?=[^>]*\\bs="\\d+")[^>]*\\bt="str"[^>]*><f>_xlfn\\.DISPIMG\\("${PICTURE_IDS[0]}",1\\)</f><v>=DISPIMG\\("${PICTURE_IDS[0]}",1\\)</v></c>`));
    // The copy reads back with the same values.
    const again = await readWorkbook(out);
    const roster = again.sheet('考评员名册')!;
    expect(roster.value(3, 5)).toBe(`=DISPIMG("${PICTURE_IDS[0]}",1)`);
    expect(again.sheet('检查结果')).toBeDefined();
  });

  const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
  (soffice || process.env.CI === 'true' ? it : it.skip)(
    'LibreOffice opens the annotated copy with the roster’s values',
    async () => {
      const work = mkdtempSync(path.join(os.tmpdir(), 'beian-wps-corpus-'));
      try {
        const found = checkBook(await openWorkbook(wps), { today: TODAY }).findings;
        writeFileSync(path.join(work, 'wps.xlsx'), wps);
        writeFileSync(path.join(work, 'wps.marked.xlsx'), await annotateXlsx(wps, found, { ...META, file: 'wps.xlsx' }));
        libreOffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', work, path.join(work, 'wps.xlsx'), path.join(work, 'wps.marked.xlsx')], path.join(work, 'profile'));
        const csv = (name: string) => readFileSync(path.join(work, name), 'utf8').replace(/,+$/gm, '').replace(/\n+$/, '');
        expect(csv('wps.marked-考评员名册.csv')).toBe(csv('wps-考评员名册.csv'));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
