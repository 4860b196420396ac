import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** Fixed zip entry dates make the same data give byte-identical documents. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

export function fixZipDates(zip: PizZip): void {
  for (const f of Object.values(zip.files)) (f as unknown as { date: Date }).date = FIXED_ZIP_DATE;
}

/** A template that cannot be rendered; the message names the tag and where it is. */
export class TemplateError extends Error {}

interface DocxError {
  properties?: { id?: string; xtag?: string; offset?: number; explanation?: string; errors?: DocxError[] };
  message: string;
}

/** docxtemplater's error ids in the words an office clerk editing a template would use. */
const EXPLAIN: Record<string, string> = {
  unclosed_loop: '循环没有结束标签 {/…}',
  unopened_loop: '结束标签 {/…} 前没有对应的开始标签 {#…}',
  closing_tag_does_not_match_opening_tag: '结束标签与开始标签不一致',
  unclosed_tag: '缺少右花括号 }',
  unopened_tag: '缺少左花括号 {',
  duplicate_open_tag: '连续出现两个左花括号',
  duplicate_close_tag: '连续出现两个右花括号',
  unbalanced_loop_tags: '循环标签不成对',
  raw_xml_tag_should_be_only_text_in_paragraph: '{@…} 标签所在段落不能有其他文字',
};

function describe(e: DocxError): string {
  const p = e.properties ?? {};
  const where = p.offset !== undefined ? `（位置 ${p.offset}）` : '';
  const tag = p.xtag ? `标签“${p.xtag}”` : '模板';
  return `${tag}${where}：${(p.id && EXPLAIN[p.id]) ?? p.explanation ?? e.message}`;
}

/**
 * Fills a .docx template with docxtemplater's default parser, which only
 * looks values up by name and cannot run code (no expressions module, so no
 * angular-expressions and its history of CVEs). Missing values print nothing,
 * and control characters pasted from Excel are dropped instead of aborting
 * the render. Workbook data never goes into {@raw} tags: templates have none.
 */
export function renderDocx(template: Uint8Array, data: object, name = '模板'): Uint8Array {
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      linebreaks: true,
      stripInvalidXMLChars: true,
      nullGetter: () => '',
      // docxtemplater otherwise prints the error with its stack to the console; the caller reports it in one line.
      errorLogging: false,
    });
    doc.render(data);
  } catch (e) {
    const err = e as DocxError;
    const list = err.properties?.errors?.length ? err.properties.errors : [err];
    throw new TemplateError(`${name}有误：${list.map(describe).join('；')}`);
  }
  const zip = doc.getZip();
  fixZipDates(zip);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Every tag a template uses, for the template lint: loops as "#name", closings dropped. */
export function templateTags(template: Uint8Array): string[] {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  const text = doc.getFullText();
  return [...text.matchAll(/\{([#^/]?)([^{}]+)\}/g)].filter((m) => m[1] !== '/').map((m) => m[1] + m[2].trim());
}
