import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { annotateXlsx, planMarks, type AnnotateMeta } from '../../src/annotate';
import { profileById } from '../../src/profiles/profiles';
import type { Finding } from '../../src/rules/finding';
import type { Severity } from '../../src/model/severity';
import { beian } from '../helpers/cli';
import { sameBytes, storedEntries, unzipParts } from '../helpers/package';
import { libreOffice, makeCorpus, PYTHON, type CorpusEntry } from './make-corpus';
import { elements, parseXml, textOf, unexplained } from './xml-tree';

/**
 * Every corpus workbook is checked and annotated, and its annotated copy is
 * compared with it part by part: only the parts the marks need may differ,
 * and within them only by additions (cells, notes, the result sheet,
 * styles) and the attributes a mark changes. LibreOffice then opens every
 * copy: values as they were, notes present, charts and pivots still there.
 */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = [...(has('soffice') ? [] : ['soffice（libreoffice-calc-nogui）']), ...(spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0 ? [] : ['openpyxl（python3-openpyxl）'])];

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const META: Omit<AnnotateMeta, 'file'> = { profile: profileById('ha-employer')!, business: '首次备案', summary: { errors: 1, warnings: 1, infos: 1 }, titles: {} };

/** exceljs crashes on openpyxl's charts (exceljs#2591), so it cannot be the reference for these. */
const EXCELJS_CANNOT_READ = new Set(['openpyxl-filing.xlsx', 'openpyxl-macro.xlsm']);

function corpusFindings(e: CorpusEntry): Finding[] {
  return e.marks.map((m, i) => {
    const [sheet, cell] = m.split('!');
    return { rule: 'corpus.mark', severity: SEVERITIES[i % 3], sheet, cell, row: Number(cell.replace(/^[A-Z]+/, '')), column: null, message: `语料标注 ${m}`, basis: '测试', hint: null };
  });
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** A sheet's CSV without trailing empty fields and rows: a marked empty cell is formatted, and LibreOffice exports the formatted area. */
const values = (csv: string) => csv.replace(/,+$/gm, '').replace(/\n+$/, '');

/** Sheet name → part name, read from the workbook part and its relationships. */
function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const rels = parseXml(decode(parts.get('xl/_rels/workbook.xml.rels')!));
  const target = new Map(elements(rels, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target.startsWith('/') ? r.attrs.Target.slice(1) : path.posix.normalize(path.posix.join('xl', r.attrs.Target))]));
  const wb = parseXml(decode(parts.get('xl/workbook.xml')!));
  return new Map(elements(wb, 'sheet').map((s) => [s.attrs.name, target.get(s.attrs['r:id'])!]));
}

function relTargets(parts: Map<string, Uint8Array>, part: string): string[] {
  const rels = parts.get(`${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`);
  if (!rels) return [];
  return elements(parseXml(decode(rels)), 'Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External')
    .map((r) => (r.attrs.Target.startsWith('/') ? r.attrs.Target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), r.attrs.Target))));
}

/** The fill colour a cell shows, through its style's xf and fill. */
function cellFill(parts: Map<string, Uint8Array>, sheetPart: string, ref: string): string | undefined {
  const sheet = parseXml(decode(parts.get(sheetPart)!));
  const cell = elements(sheet, 'c').find((c) => c.attrs.r === ref);
  const styles = parseXml(decode(parts.get('xl/styles.xml')!));
  const xf = elements(elements(styles, 'cellXfs')[0], 'xf')[Number(cell?.attrs.s ?? 0)];
  const fill = elements(elements(styles, 'fills')[0], 'fill')[Number(xf?.attrs.fillId ?? 0)];
  return fill && elements(fill, 'fgColor')[0]?.attrs.rgb;
}

function noteTexts(parts: Map<string, Uint8Array>): string {
  return [...parts].filter(([n]) => /comments?\d*\.xml$|threadedComment\d*\.xml$/.test(n)).map(([, b]) => textOf(parseXml(decode(b)))).join('\n');
}

if (missing.length) {
  const message = `工作簿语料测试需要 ${missing.join('、')}`;
  if (process.env.CI === 'true') {
    it('has the corpus tools', () => {
      throw new Error(message);
    });
  } else {
    console.warn(`\n!!! 跳过工作簿语料测试：${message}\n`);
    it.skip('annotates the workbook corpus (tools missing)', () => undefined);
  }
} else {
  describe('workbook corpus', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'beian-corpus-run-'));
    let entries: CorpusEntry[] = [];
    const originals = new Map<string, Uint8Array>();
    const annotated = new Map<string, Uint8Array>();
    const findings = new Map<string, Finding[]>();
    const checks = new Map<string, Awaited<ReturnType<typeof beian>>>();

    beforeAll(async () => {
      const corpus = await makeCorpus();
      entries = corpus.entries;
      for (const e of entries) {
        const file = path.join(work, e.file);
        copyFileSync(path.join(corpus.dir, e.file), file);
        const bytes = new Uint8Array(readFileSync(file));
        originals.set(e.file, bytes);
        const check = await beian(['check', file, '--json']);
        checks.set(e.file, check);
        const found: Finding[] = [...(check.code === 2 ? [] : JSON.parse(check.out).findings), ...corpusFindings(e)];
        findings.set(e.file, found);
        const out = await annotateXlsx(bytes, found, { ...META, file: e.file });
        annotated.set(e.file, out);
        writeFileSync(path.join(work, e.file.replace(/\.(xlsx|xlsm)$/, '.marked.$1')), out);
      }
    }, 300000);

    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const each = ['exceljs-filing.xlsx', 'exceljs-threaded.xlsx', 'openpyxl-filing.xlsx', 'openpyxl-macro.xlsm', 'libreoffice-filing.xlsx'];

    it.each(each)('%s is checked', (file) => {
      const r = checks.get(file)!;
      expect(r.err).toBe('');
      expect([0, 1]).toContain(r.code);
    });

    it.each(each)('%s: only the parts the marks need differ, and only by the marks', (file) => {
      const entry = entries.find((e) => e.file === file)!;
      const before = unzipParts(originals.get(file)!);
      const after = unzipParts(annotated.get(file)!);
      const storedBefore = storedEntries(originals.get(file)!);
      const storedAfter = storedEntries(annotated.get(file)!);
      const sheets = sheetParts(before);
      const markedSheets = new Set(entry.marks.map((m) => sheets.get(m.split('!')[0])!));
      const allowed = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml', 'xl/persons/person.xml']);
      for (const part of markedSheets) {
        allowed.add(part).add(`${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`);
        for (const t of relTargets(before, part)) if (/comments|vmlDrawing|commentsDrawing|threadedComment/.test(t)) allowed.add(t);
      }
      const changed = [...storedBefore.keys()].filter((n) => !sameBytes(storedBefore.get(n), storedAfter.get(n)));
      expect(changed.filter((n) => !allowed.has(n))).toEqual([]);
      for (const n of changed) {
        if (!/\.(xml|rels|vml)$/.test(n)) continue;
        expect([n, unexplained(parseXml(decode(before.get(n)!)), parseXml(decode(after.get(n)!)))]).toEqual([n, []]);
      }
      const added = [...after.keys()].filter((n) => !before.has(n));
      for (const n of added) expect(n).toMatch(/^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|persons\/person\.xml)$/);
      // 检查结果 and the very hidden restore data.
      expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(2);
      for (const kind of entry.carries) expect([kind, [...after.keys()].some((n) => n.includes(kind))]).toEqual([kind, true]);

      // Each mark of the plan: its cell shows the plan's fill, and every finding on it is in a note.
      const notes = noteTexts(after);
      const plan = planMarks(findings.get(file)!, { ...META, file }, [...sheets.keys()]);
      for (const { sheet, marks } of plan.sheets) for (const m of marks) expect([sheet, m.address, cellFill(after, sheets.get(sheet)!, m.address)]).toEqual([sheet, m.address, m.fill]);
      for (const f of corpusFindings(entry)) expect(notes).toContain(f.message);
      for (const clerk of ['原有批注', '请核对学历']) if (noteTexts(before).includes(clerk)) expect(notes).toContain(clerk);
    });

    it.each(each)('%s: annotating the annotated copy again replaces its marks instead of stacking them', async (file) => {
      const once = unzipParts(annotated.get(file)!);
      const twice = unzipParts(await annotateXlsx(annotated.get(file)!, findings.get(file)!, { ...META, file }));
      const sheets = sheetParts(twice);
      expect([...sheets.keys()]).toEqual([...sheetParts(once).keys()]);
      expect(noteTexts(twice)).toBe(noteTexts(once));
      const formats = (parts: Map<string, Uint8Array>) => elements(elements(parseXml(decode(parts.get('xl/styles.xml')!)), 'cellXfs')[0], 'xf').length;
      expect(formats(twice)).toBe(formats(once));
      const plan = planMarks(findings.get(file)!, { ...META, file }, [...sheets.keys()]);
      for (const { sheet, marks } of plan.sheets) for (const m of marks) expect([sheet, m.address, cellFill(twice, sheets.get(sheet)!, m.address)]).toEqual([sheet, m.address, m.fill]);
    });

    it('LibreOffice opens every annotated copy with the values, notes, charts and pivots of the original', () => {
      const inputs = readdirSync(work).filter((f) => /\.(xlsx|xlsm)$/.test(f));
      libreOffice(['--convert-to', 'xlsx', '--outdir', path.join(work, 'lo'), ...inputs.map((f) => path.join(work, f))], path.join(work, 'lo-profile'));
      libreOffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', path.join(work, 'csv'), ...inputs.map((f) => path.join(work, f))], path.join(work, 'lo-profile'));
      const csvs = readdirSync(path.join(work, 'csv'));
      for (const e of entries) {
        const base = e.file.replace(/\.(xlsx|xlsm)$/, '');
        const lo = (name: string) => unzipParts(new Uint8Array(readFileSync(path.join(work, 'lo', `${name}.xlsx`))));
        const before = lo(base);
        const after = lo(`${base}.marked`);
        const count = (parts: Map<string, Uint8Array>, kind: string) => [...parts.keys()].filter((n) => n.startsWith(`xl/${kind}/`)).length;
        for (const kind of ['charts', 'pivotTables', 'media', 'tables']) expect([e.file, kind, count(after, kind)]).toEqual([e.file, kind, count(before, kind)]);
        const notes = noteTexts(after);
        for (const f of corpusFindings(e)) expect(notes).toContain(f.message);
        for (const clerk of ['原有批注', '请核对学历']) if (noteTexts(before).includes(clerk)) expect(notes).toContain(clerk);
        const sheetCsvs = csvs.filter((c) => c.startsWith(`${base}-`));
        expect(sheetCsvs.length).toBeGreaterThan(0);
        for (const c of sheetCsvs) {
          const marked = path.join(work, 'csv', c.replace(`${base}-`, `${base}.marked-`));
          expect([c, existsSync(marked) && values(readFileSync(marked, 'utf8'))]).toEqual([c, values(readFileSync(path.join(work, 'csv', c), 'utf8'))]);
        }
        expect(csvs).toContain(`${base}.marked-检查结果.csv`);
      }
    }, 300000);

    it('exceljs reads every annotated copy it can read the original of, with the same values', async () => {
      for (const e of entries) {
        if (EXCELJS_CANNOT_READ.has(e.file)) continue;
        const load = async (b: Uint8Array) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(b as unknown as ArrayBuffer);
          return wb;
        };
        const before = await load(originals.get(e.file)!);
        const after = await load(annotated.get(e.file)!);
        for (const ws of before.worksheets) {
          const copy = after.getWorksheet(ws.name)!;
          ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (c, col) => expect([e.file, ws.name, c.address, copy.getCell(r, col).value]).toEqual([e.file, ws.name, c.address, c.value])));
        }
        expect(after.getWorksheet('检查结果')).toBeDefined();
      }
    });
  });
}
