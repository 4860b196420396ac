import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Docxtemplater from 'docxtemplater';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import PizZip from 'pizzip';
import { z } from 'zod';
import { FORMS } from '../../../src/forms';
import { SUMMARY_FORMS } from '../../../src/forms/summaries';
import { FastRows } from '../../../src/render/fast-rows';
import { compileTemplate, RENDER_OPTIONS, renderDocx } from '../../../src/render/render';
import { buildDocx, table, text } from '../../../src/forms/build/docx';

/**
 * The renderer compiles each template once and renders table-row loops from
 * a precompiled fragment. Whatever the data, every part of the document must
 * be exactly what docxtemplater gives as usually called: a fresh instance
 * per document, its own loop module.
 */

const template = (id: string) => readFileSync(path.join(__dirname, '../../../templates', `${id}.docx`));

function reference(tpl: Uint8Array, data: object): Record<string, string> {
  const zip = new Docxtemplater(new PizZip(tpl), RENDER_OPTIONS).render(data).getZip();
  return Object.fromEntries(Object.keys(zip.files).filter((n) => !zip.files[n].dir).map((n) => [n, zip.files[n].asText()]));
}

function parts(docx: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([n, d]) => [n, strFromU8(d)]));
}

/** Text a clerk's workbook may hold: markup characters, line breaks, control characters, CJK, emoji. */
const textArb = fc.string({ unit: fc.constantFrom('a', '7', '中', '文', ' ', '&', '<', '>', '"', "'", '\n', '\t', '\u0001', '\u000b', '😀', '{', '}'), maxLength: 10 });

/** Data of a form's schema. */
function arbitrary(s: z.ZodTypeAny): fc.Arbitrary<unknown> {
  if (s instanceof z.ZodObject) return fc.record(Object.fromEntries(Object.entries(s.shape as Record<string, z.ZodTypeAny>).map(([k, v]) => [k, arbitrary(v)])));
  if (s instanceof z.ZodArray) return fc.array(arbitrary(s.element as unknown as z.ZodTypeAny), { maxLength: 4 });
  if (s instanceof z.ZodString) return textArb;
  if (s instanceof z.ZodNumber) return fc.integer({ min: -5, max: 100000 });
  if (s instanceof z.ZodBoolean) return fc.boolean();
  if (s instanceof z.ZodLiteral) return fc.constant(s.value);
  // A count or 未填报.
  if (s instanceof z.ZodUnion) return fc.oneof(...(s.options as readonly z.ZodTypeAny[]).map(arbitrary));
  throw new Error(`no generator for ${s.constructor.name}`);
}

/** The loops of document.xml that FastRows renders. */
function fastLoops(tpl: Uint8Array): string[] {
  const doc = new Docxtemplater(new PizZip(tpl), { ...RENDER_OPTIONS, modules: [new FastRows() as unknown as Docxtemplater.DXT.Module] });
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed: { module?: string; value: string }[] }> }).compiled;
  return compiled['word/document.xml'].postparsed.filter((p) => p.module === 'FastRowsModule').map((p) => p.value);
}

describe('rendering forms', () => {
  it.each([...FORMS, ...SUMMARY_FORMS].map((f) => [f.id, f] as const))('%s: every part is what docxtemplater renders alone', (id, form) => {
    const tpl = template(id);
    fc.assert(
      fc.property(arbitrary(form.schema), (data) => {
        expect(parts(renderDocx(tpl, data as object))).toEqual(reference(tpl, data as object));
      }),
      { numRuns: 6, seed: 9 },
    );
  });

  it('the roster forms render their rows from fragments', () => {
    expect(fastLoops(template('team'))).toEqual(['staff', 'examiners', 'experts', 'supervisors']);
    expect(fastLoops(template('xcert-data'))).toEqual(['rows']);
  });

  it('one compiled template renders one document after another as fresh instances do', () => {
    const tpl = template('team');
    const form = FORMS.find((f) => f.id === 'team')!;
    const [a, b] = fc.sample(arbitrary(form.schema), { numRuns: 2, seed: 4 }) as object[];
    const compiled = compileTemplate(tpl);
    for (const data of [a, b, a]) expect(parts(compiled.render(data))).toEqual(reference(tpl, data));
  });
});

describe('row loops the fragment takes and those it leaves to docxtemplater', () => {
  // Fixed text, an empty cell, two values in one cell, a value of the enclosing scope, a value alone.
  const tpl = buildDocx(
    't',
    text('{title}') +
      table(
        [
          { header: '序号', mm: 20, cell: '第{no}号' },
          { header: '空', mm: 20, cell: '' },
          { header: '姓名', mm: 40, cell: '{name}{note}' },
          { header: '单位', mm: 40, cell: '{title}' },
          { header: '说明', mm: 40, cell: '{note}' },
        ],
        'rows',
      ) +
      text('{#flag}{title}{/flag}'),
  );
  const row = fc.record({ no: fc.oneof(fc.integer(), textArb), name: fc.option(textArb, { nil: undefined }), note: fc.option(textArb, { nil: null }) }, { requiredKeys: ['no'] });
  const rows = fc.oneof(fc.array(row, { maxLength: 5 }), row, fc.boolean(), fc.constant(undefined), textArb);

  it('takes the row loop', () => {
    expect(fastLoops(tpl)).toEqual(['rows']);
  });

  it('renders any data as docxtemplater does: arrays, a single object, true, nothing, text', () => {
    fc.assert(
      fc.property(textArb, rows, fc.boolean(), (title, r, flag) => {
        const data = { title, rows: r, flag };
        expect(parts(renderDocx(tpl, data))).toEqual(reference(tpl, data));
      }),
      { numRuns: 80, seed: 11 },
    );
  });

  it('leaves a row loop inside a condition to docxtemplater, with the same result', () => {
    const nested = buildDocx('t', text('{#show}') + table([{ header: '姓名', mm: 40, cell: '{name}' }], 'rows') + text('{/show}'));
    expect(fastLoops(nested)).toEqual([]);
    const data = { show: true, rows: [{ name: '甲\n乙' }, { name: '' }] };
    expect(parts(renderDocx(nested, data))).toEqual(reference(nested, data));
  });
});
