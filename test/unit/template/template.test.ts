import ExcelJS from 'exceljs';
import { buildTemplate, businessField, INLINE_LIST_MAX, templateBuffer, templateSheets, validationFor } from '../../../src/template';
import { SHEETS, type OrgKey } from '../../../src/model/schema';
import { readWorkbook } from '../../../src/read/read-workbook';
import { fromExcelWorkbook } from '../../helpers/exceljs-reference';
import { recognise } from '../../../src/recognise/recognise';
import { parseProfile, PROFILES, profileById } from '../../../src/profiles/profiles';
import { requiredMaterials } from '../../../src/materials';
import { checkBook } from '../../../src/check';

const CASES = PROFILES.flatMap((p) => p.businessTypes.map((b) => [p.id, b] as const));

type Validated = ExcelJS.Worksheet & { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };

describe('template workbook', () => {
  it.each(CASES)('%s · %s: every sheet and field is recognised, with profile, business and materials', (id, business) => {
    const profile = profileById(id)!;
    const book = recognise(fromExcelWorkbook(buildTemplate(id, business)));
    for (const def of templateSheets(profile, business)) {
      if (def.layout === 'kv') {
        for (const f of def.fields) expect([def.name, f.key, book.org?.has(f.key as OrgKey)]).toEqual([def.name, f.key, true]);
        continue;
      }
      const t = book.table(def.kind);
      expect(t?.sheet.name).toBe(def.name);
      for (const f of def.fields) expect([def.name, f.key, t!.has(f.key)]).toEqual([def.name, f.key, true]);
    }
    for (const kind of profile.requiredSheets(business)) expect(book.hasKind(kind)).toBe(true);
    // The clerk reads the profile's Chinese name, no rule id.
    expect(book.org!.text('profile')).toBe(profile.name);
    expect(book.org!.text('business')).toBe(business);
    const materials = book.table('materials')!;
    expect(materials.rows.map((r) => materials.text(r, 'material'))).toEqual(requiredMaterials(id, business).map((m) => m.name));
    expect(book.unrecognised.map((s) => s.name)).toEqual(expect.arrayContaining(['说明']));
  });

  it.each(PROFILES.map((p) => [p.id, p.name] as const))('%s: a template made and read back is checked under the same profile (%s), unasked', (id) => {
    const profile = profileById(id)!;
    const result = checkBook(recognise(fromExcelWorkbook(buildTemplate(id, profile.businessTypes[0]))), { today: new Date(Date.UTC(2026, 5, 1)) });
    expect(result.profile.id).toBe(id);
  });

  it.each(PROFILES.map((p) => [p.id, p.name] as const))('%s: its name, its id and an older template’s “id（name）” all read as the same profile', (id, name) => {
    for (const written of [name, id, `${id}（${name}）`, ` ${name} `]) expect([written, parseProfile(written)?.id]).toEqual([written, id]);
  });

  it('every drop-down list fits Excel\'s inline limit', () => {
    for (const f of SHEETS.flatMap((s) => s.fields)) {
      const dv = validationFor(businessField(f));
      if (dv?.type === 'list') expect([f.key, String(dv.formulae[0]).length <= INLINE_LIST_MAX]).toEqual([f.key, true]);
    }
  });

  it('an empty template checks without crashing and only asks for data', () => {
    const result = checkBook(recognise(fromExcelWorkbook(buildTemplate('ha-social', '首次备案'))), { today: new Date(Date.UTC(2026, 5, 1)) });
    expect(result.profile.id).toBe('ha-social');
    expect(result.findings.some((f) => f.rule === 'engine.rule-failed')).toBe(false);
  });

  it('survives a round trip through .xlsx with text-formatted ID columns, drop-downs and frozen headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateBuffer('xj-xcert', '首次备案')) as unknown as ArrayBuffer);
    const examiners = wb.getWorksheet('考评人员') as Validated;
    const header = examiners.getRow(2).values as string[];
    const idCol = header.indexOf('身份证件号');
    expect(examiners.getColumn(idCol).numFmt).toBe('@');
    expect(examiners.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const levelCol = examiners.getColumn(header.indexOf('考评员类别')).letter;
    expect(examiners.dataValidations.model[`${levelCol}3`]).toMatchObject({ type: 'list', formulae: ['"考评员,高级考评员"'] });
    expect(examiners.dataValidations.model[`${levelCol}2002`]).toBeDefined();
    expect(examiners.dataValidations.model[`${levelCol}2003`]).toBeUndefined();
    const org = wb.getWorksheet('机构信息') as Validated;
    const profileRow = (org.getColumn(1).values as string[]).indexOf('适用规则');
    const choices = String(org.dataValidations.model[`B${profileRow}`].formulae[0]);
    expect(choices).toContain('新疆·原X证书机构');
    expect(choices).not.toMatch(/[a-z]{2}-[a-z]/);

    const book = recognise(await readWorkbook(await templateBuffer('xj-xcert', '首次备案')));
    expect(book.org!.text('profile')).toBe('新疆·原X证书机构');
    expect(book.table('xcertData')!.has('certifiedTotal')).toBe(true);
  });
});
