import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { z } from 'zod';
import { FORMS } from '../../../src/forms';
import { SUMMARY_FORMS } from '../../../src/forms/summaries';
import { templateTags } from '../../../src/render/render';
import { TEMPLATE_BUILDERS } from '../../../templates/build/forms';

const dir = path.join(__dirname, '../../../templates');
const file = (id: string) => path.join(dir, `${id}.docx`);

/** Field paths a template may use: "name", loops "#rows" and their fields. */
function allowedTags(schema: z.ZodTypeAny): Set<string> {
  const out = new Set<string>();
  const walk = (s: z.ZodTypeAny) => {
    const shape = (s as z.ZodObject<z.ZodRawShape>).shape;
    for (const [k, v] of Object.entries(shape)) {
      if (v instanceof z.ZodArray) {
        out.add(`#${k}`);
        walk(v.element as unknown as z.ZodTypeAny);
      } else if (v instanceof z.ZodBoolean) {
        out.add(`#${k}`);
        out.add(`^${k}`);
      } else out.add(k);
    }
  };
  walk(schema);
  return out;
}

const ALL = [...FORMS, ...SUMMARY_FORMS];

describe('form templates', () => {
  it.each(ALL.map((f) => f.id))('%s.docx is exactly what templates/build makes (BEIAN_UPDATE_TEMPLATES=1 to rewrite)', (id) => {
    const built = TEMPLATE_BUILDERS[id]();
    if (process.env.BEIAN_UPDATE_TEMPLATES === '1') writeFileSync(file(id), built);
    expect(existsSync(file(id))).toBe(true);
    expect(Buffer.from(readFileSync(file(id))).equals(Buffer.from(built))).toBe(true);
  });

  it.each(ALL.map((f) => [f.id, f] as const))('%s: every tag is a field of the form data, and every field is used', (id, form) => {
    const tags = templateTags(readFileSync(file(id)));
    const allowed = allowedTags(form.schema);
    expect(tags.filter((t) => !allowed.has(t))).toEqual([]);
    // A condition is used when either of its branches is.
    const used = (a: string) => tags.includes(a) || (a.startsWith('^') && tags.includes(`#${a.slice(1)}`)) || (a.startsWith('#') && tags.includes(`^${a.slice(1)}`));
    expect([...allowed].filter((a) => !used(a))).toEqual([]);
  });
});

describe('template layout (GB/T 9704-2012)', () => {
  it.each(ALL.map((f) => f.id))('%s: A4, 37/35/28/26 mm margins, tables within the type area, header rows repeat, rows do not split', (id) => {
    const xml = new PizZip(readFileSync(file(id))).file('word/document.xml')!.asText();
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!.slice(1).map(Number);
    const m = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml)!.slice(1).map(Number);
    const mm = (twips: number) => Math.round(twips / 56.6929);
    expect([mm(Math.min(...size)), mm(Math.max(...size))]).toEqual([210, 297]);
    const landscape = size[0] > size[1];
    expect(m.map(mm)).toEqual(landscape ? [28, 35, 26, 37] : [37, 26, 35, 28]);
    const typeWidth = size[0] - m[1] - m[3];
    for (const w of [...xml.matchAll(/<w:tblW w:w="(\d+)"/g)].map((x) => Number(x[1]))) expect(w).toBeLessThanOrEqual(typeWidth + 2);
    // Every list table (a header row and a looping row) repeats its header; forms laid out as grids have none.
    const lists = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].filter((t) => (t[1].match(/<w:tr>/g) ?? []).length === 2 && /\{\/\w+\}<\/w:t><\/w:r><\/w:p><\/w:tc><\/w:tr>/.test(t[1]));
    for (const t of lists) expect(t[0]).toContain('<w:tblHeader/>');
    if (xml.includes('<w:tbl>')) expect(xml).toContain('<w:cantSplit/>');
    const styles = new PizZip(readFileSync(file(id))).file('word/styles.xml')!.asText();
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"\/><w:sz w:val="32"\/>/);
    expect(styles).toContain('w:eastAsia="方正小标宋简体"');
  });
});
