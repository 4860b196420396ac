import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/read/read-workbook';
import { beian, tempDir } from '../helpers/cli';
import { compare } from '../helpers/differential';
import { readWithExceljs } from '../helpers/exceljs-reference';
import { unzipParts } from '../helpers/xlsx-parts';

/**
 * Workbooks as openpyxl writes them (test/fixtures/openpyxl-workbooks.py:
 * a bar chart on X证书评价数据, comments, validations over whole columns,
 * hidden sheets, defined names) and as LibreOffice Calc saves them again.
 */

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, '../fixtures/openpyxl-workbooks.py');
const missing = [
  spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0 ? null : 'python3-openpyxl',
  spawnSync('sh', ['-c', 'command -v soffice']).status === 0 ? null : 'libreoffice-calc',
].filter(Boolean);

if (missing.length) {
  const message = `真实写出工具的工作簿测试需要 ${missing.join('、')}（apt-get install -y python3-openpyxl libreoffice-calc-nogui）`;
  if (process.env.CI === 'true') {
    it('has openpyxl and LibreOffice Calc', () => {
      throw new Error(message);
    });
  } else {
    console.warn(`\n!!! 跳过真实写出工具的工作簿测试：${message}\n`);
    it.skip('reads workbooks openpyxl and LibreOffice write (tools missing)', () => undefined);
  }
} else {
  describe('workbooks written by openpyxl and LibreOffice Calc', () => {
    const dir = tempDir();
    const lo = path.join(dir, 'libreoffice');
    const file = (name: string) => path.join(dir, name);

    beforeAll(() => {
      const py = spawnSync(PYTHON, [SCRIPT, dir], { encoding: 'utf8' });
      if (py.status !== 0) throw new Error(py.stderr);
      const names = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
      const so = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'xlsx', '--outdir', lo, ...names.map(file)], {
        encoding: 'utf8',
        timeout: 120000,
      });
      if (so.status !== 0) throw new Error(so.stderr);
    }, 180000);

    it('a chart on the X证书评价数据 sheet, which exceljs cannot open (exceljs#2591), is read and checked', async () => {
      const buf = readFileSync(file('openpyxl-chart.xlsx'));
      expect(Object.keys(unzipParts(buf)).filter((p) => p.startsWith('xl/charts/'))).toHaveLength(2);
      await expect(readWithExceljs(buf)).rejects.toThrow(/anchors/);
      const s = (await readWorkbook(buf)).sheet('X证书评价数据')!;
      expect(s.merges).toEqual(['A1:E1']);
      expect(s.rowValues(3)).toEqual([2023, '工业机器人操作与运维', '乌鲁木齐', 320, 280]);
      const r = await beian(['check', '--json', file('openpyxl-chart.xlsx')]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out).findings.some((f: { rule: string }) => f.rule === 'xj.scale.certificates')).toBe(true);
    });

    it('comments, whole-column validations, hidden sheets and defined names, which exceljs cannot open either, are read', async () => {
      const buf = readFileSync(file('openpyxl-decorated.xlsx'));
      await expect(readWithExceljs(buf)).rejects.toThrow(/comments/);
      const wb = await readWorkbook(buf);
      expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
        ['机构信息', 'visible'],
        ['考评人员', 'visible'],
        ['隐藏备注', 'hidden'],
        ['计算', 'veryHidden'],
      ]);
      const s = wb.sheet('考评人员')!;
      expect(s.rowValues(3)).toEqual([1, '张新华', '650105197308083595', new Date(Date.UTC(2019, 2, 1)), '高级考评员', '专职']);
      expect([s.numFmt(3, 3), s.numFmt(3, 4)]).toEqual(['@', 'yyyy"年"m"月"d"日"']);
      expect(wb.sheet('计算')!.isFormula(2, 1)).toBe(true);
      expect((await beian(['check', file('openpyxl-decorated.xlsx')])).out).toContain('校验位应为 4');
    });

    it('LibreOffice’s copies, charts kept, read as exceljs reads them (models and findings)', async () => {
      for (const name of readdirSync(lo).filter((f) => f.endsWith('.xlsx'))) {
        const buf = readFileSync(path.join(lo, name));
        await compare(buf);
      }
      expect(Object.keys(unzipParts(readFileSync(path.join(lo, 'openpyxl-chart.xlsx')))).filter((p) => p.startsWith('xl/charts/'))).toHaveLength(2);
    });
  });
}
