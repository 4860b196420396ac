import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import ExcelJS from 'exceljs';

/**
 * A sixth jurisdiction is one folder, two lines of the registry and, as it
 * has a form of its own, one line of the forms list: a copy of src/ gets a
 * small one (a profile, one rule, one material, one form), still
 * type-checks, and its CLI lists the profile, the rule, the form and the
 * coverage, and makes its template.
 */

const ROOT = path.resolve(__dirname, '../..');

/** src/jurisdictions/zz/, as a maintainer would write it. */
const FOLDER: Record<string, string> = {
  'source.ts': `export const SOURCE = {
  id: 'ZZ',
  short: '《示例省评价机构备案办法》',
  full: '《示例省职业技能等级评价机构备案办法》（示例省人力资源和社会保障厅，2026）',
  jurisdiction: '示例省',
} as const;

export const PROFILE_IDS = ['zz-employer'] as const;
`,
  'profiles.ts': `import { standard, type Profile } from '../../profiles/profile';

export const ZZ_PROFILES: readonly Profile[] = [
  { id: 'zz-employer', name: '示例省·用人单位', jurisdiction: '示例省', orgType: '用人单位', source: 'ZZ', businessTypes: ['首次备案'], requiredSheets: standard() },
];
`,
  'materials.ts': `import type { MaterialsTable } from '../../materials/types';
import { citeIn } from '../../sources/source';
import { SOURCE } from './source';

export const ZZ_MATERIALS: MaterialsTable = {
  'zz-employer': () => [{ name: '示例省评价机构备案申请书', basis: citeIn(SOURCE, '第三条'), required: true }],
};
`,
  'rules/index.ts': `import type { RulePack } from '../../../rules/rule';
import { citeIn } from '../../../sources/source';
import { SOURCE } from '../source';

export const ZZ_PACK: RulePack = {
  id: 'zz',
  title: '示例省评价机构备案',
  rules: [
    {
      id: 'zz.phone',
      title: '填写联系电话',
      profiles: ['zz-employer'],
      severity: 'error',
      basis: citeIn(SOURCE, '第二条'),
      check(ctx) {
        const org = ctx.book.org;
        if (org && !org.text('contactPhone')) ctx.report({ sheet: org.sheet.name, message: '机构信息未填写联系电话' });
      },
    },
  ],
};
`,
  'rules/coverage.ts': `import { checked, type Coverage, unchecked } from '../../../rules/coverage';

export const ZZ_COVERAGE: Coverage = {
  source: 'ZZ',
  requirements: [
    checked('第二条', '写明联系电话', ['zz.phone']),
    checked('第三条', '提交备案申请书', ['materials.missing']),
    unchecked('第四条', '现场核查', '由受理部门进行'),
  ],
};
`,
  'forms/zz-notice.ts': `import { z } from 'zod';
import { type FormDef, header, headerSchema } from '../../../forms/common';

const schema = z.object({ ...headerSchema });

export const ZZ_NOTICE: FormDef<typeof schema> = { id: 'zz-notice', title: '示例省备案承诺书', profiles: ['zz-employer'], schema, build: (input) => header(input) };
`,
  'index.ts': `import { citeIn } from '../../sources/source';
import type { Jurisdiction } from '../jurisdiction';
import { ZZ_MATERIALS } from './materials';
import { ZZ_PROFILES } from './profiles';
import { ZZ_PACK } from './rules';
import { ZZ_COVERAGE } from './rules/coverage';
import { SOURCE } from './source';

export const ZZ: Jurisdiction = {
  source: SOURCE,
  profiles: ZZ_PROFILES,
  rules: ZZ_PACK,
  coverage: ZZ_COVERAGE,
  materials: ZZ_MATERIALS,
  materialsBasis: citeIn(SOURCE, '第三条'),
  templateSheets: [],
};
`,
};

/** The registry's two lines for it, and its form's line. */
function register(registry: string): string {
  const out = registry
    .replace("import { XJ } from './xj';", "import { XJ } from './xj';\nimport { ZZ } from './zz';\nimport type * as zz from './zz/source';")
    .replace('[XJ, SH, HA, BT, NX]', '[XJ, SH, HA, BT, NX, ZZ]')
    .replace('| typeof nx;', '| typeof nx | typeof zz;');
  expect(out.split('\n').length - registry.split('\n').length).toBe(2);
  return out;
}

let dir: string;
let bin: string;
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, BEIAN_TODAY: '2026-06-01' } });

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'beian-jurisdiction-'));
  cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  for (const f of ['package.json', 'tsconfig.json']) cpSync(path.join(ROOT, f), path.join(dir, f));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const folder = path.join(dir, 'src/jurisdictions/zz');
  for (const [file, text] of Object.entries(FOLDER)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  const registry = path.join(dir, 'src/jurisdictions/index.ts');
  writeFileSync(registry, register(readFileSync(registry, 'utf8')));
  const forms = path.join(dir, 'src/jurisdictions/forms.ts');
  const list = readFileSync(forms, 'utf8');
  writeFileSync(forms, list.replace("import { SH_FORMS } from './sh/forms';", "import { SH_FORMS } from './sh/forms';\nimport { ZZ_NOTICE } from './zz/forms/zz-notice';").replace('...HA_FORMS]', '...HA_FORMS, ZZ_NOTICE]'));
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  bin = path.join(dir, 'bin/beian.js');
  mkdirSync(path.dirname(bin));
  esbuild.buildSync({
    entryPoints: [path.join(dir, 'src/cli/process.ts')],
    outfile: path.join(dir, 'dist/cli/process.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: Object.keys(pkg.dependencies).flatMap((d) => [d, `${d}/*`]),
    logLevel: 'error',
  });
  cpSync(path.join(ROOT, 'bin/beian.js'), bin);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new jurisdiction from its folder and the registry', () => {
  it('type-checks: its profile and source ids join the unions', () => {
    writeFileSync(path.join(dir, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src'], compilerOptions: { noEmit: true } }));
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.check.json'], { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('beian profiles lists its profile with its document', () => {
    const r = cli('profiles');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('zz-employer');
    expect(r.stdout).toContain('《示例省职业技能等级评价机构备案办法》（示例省人力资源和社会保障厅，2026）');
  });

  it('beian rules lists its rule, and the coverage doc its document and requirements', () => {
    expect(cli('rules').stdout).toContain('zz.phone');
    const md = cli('rules', '--format', 'md').stdout;
    expect(md).toContain('| `zz.phone` |');
    expect(md).toContain('《示例省评价机构备案办法》第二条');
    expect(md).toMatch(/### 《示例省评价机构备案办法》（检查 2 项，无法检查 1 项）/);
    expect(md).toContain('现场核查');
  });

  it('beian forms lists its form', () => {
    expect(cli('forms').stdout).toMatch(/zz-notice\s+示例省备案承诺书（zz-employer）/);
  });

  it('beian template makes its workbook, with its material prefilled', async () => {
    const out = path.join(dir, 'zz.xlsx');
    const r = cli('template', '--profile', 'zz-employer', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(values).toContain('示例省评价机构备案申请书');
    // 适用规则 names the profile as a clerk reads it.
    expect(values.some((v) => v.includes('示例省·用人单位'))).toBe(true);
  });
});
