import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { FastRows } from './fast-rows';
import { TemplateError } from './template-error';
import { unzipEntries, zipEntries } from './zip';
import { xmlSafeData } from '../model/xml-text';
import { DEFAULT_READ_LIMITS, inflateCeiling } from '../read/limits';
import { ZipError } from '../zip/error';

export { TemplateError };

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
  loop_position_invalid: '循环的开始和结束标签须在同一段落或同一表格行中',
  unimplemented_tag_type: '不支持这种标签',
  malformed_xml: '文件内部的 XML 已损坏',
  file_has_invalid_xml: '文件内部的 XML 已损坏',
  invalid_xml_characters: '含有 XML 不允许的字符',
  filetype_not_handled: '不是 Word 文档（.docx）',
  filetype_not_identified: '不是 Word 文档（.docx）',
  xlsx_filetype_needs_xlsx_module: '这是 Excel 工作簿，不是 Word 文档（.docx）',
};

/** docxtemplater's own sentence is English; it stays for --debug, and the clerk reads the kind of problem. */
function describe(e: DocxError): string {
  const p = e.properties ?? {};
  const where = p.offset !== undefined ? `（位置 ${p.offset}）` : '';
  const tag = p.xtag ? `标签“${p.xtag}”` : '模板';
  return `${tag}${where}：${(p.id && EXPLAIN[p.id]) ?? '含有无法处理的内容（加 --debug 可见详情）'}`;
}

function templateError(e: unknown, name: string): TemplateError {
  const err = e as DocxError;
  const list = err.properties?.errors?.length ? err.properties.errors : [err];
  return new TemplateError(`${name}有误：${list.map(describe).join('；')}`, list.map((x) => x.properties?.explanation ?? x.message).join('\n'));
}

/** A template unzipped and compiled once, rendered any number of times. */
export interface CompiledTemplate {
  render(data: object): Uint8Array;
}

/** docxtemplater's options for every form; what FastRows must render alike. */
export const RENDER_OPTIONS = {
  paragraphLoop: true,
  linebreaks: true,
  stripInvalidXMLChars: true,
  nullGetter: () => '',
  // docxtemplater otherwise prints the error with its stack to the console; the caller reports it in one line.
  errorLogging: false,
} as const;

/** What a render leaves on docxtemplater's instance and has to be cleared to render it again. */
type Reusable = Docxtemplater & { rendered: boolean; scopeManagers: object; mapper?: object };

/**
 * Compiles a .docx template for docxtemplater with its default parser, which
 * only looks values up by name and cannot run code (no expressions module,
 * so no angular-expressions and its history of CVEs). Missing values print
 * nothing, and control characters pasted from Excel are dropped instead of
 * aborting the render. Workbook data never goes into {@raw} tags: templates
 * have none. Table-row loops render through {@link FastRows}.
 */
/** Tags one template may hold, and how deep its loops and conditions may nest: the built-in ones use a few hundred and three. */
export const MAX_TEMPLATE_TAGS = 5_000;
export const MAX_TEMPLATE_DEPTH = 8;

/**
 * Refuses a template whose tags are too many or nest too deep, read from
 * its parts' text in one pass before docxtemplater compiles it (which is
 * where thousands of nested loops cost minutes).
 */
function assertTemplateShape(entries: readonly [string, Uint8Array][], name: string): void {
  const decoder = new TextDecoder();
  let tags = 0;
  for (const [part, data] of entries) {
    if (!/^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(part)) continue;
    const xml = decoder.decode(data);
    let depth = 0;
    let inMarkup = false;
    let open = -1;
    for (let i = 0; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 60 /* < */) inMarkup = true;
      else if (c === 62 /* > */) inMarkup = false;
      else if (inMarkup) continue;
      else if (c === 123 /* { */) {
        if (++tags > MAX_TEMPLATE_TAGS) throw new TemplateError(`${name}有误：标记超过 ${MAX_TEMPLATE_TAGS} 个`, `more than ${MAX_TEMPLATE_TAGS} tags`);
        open = i;
      } else if (open >= 0 && c > 32) {
        // The first text character after "{", wherever the runs split the tag.
        if (c === 35 /* # */ || c === 94 /* ^ */) depth++;
        else if (c === 47 /* / */) depth = Math.max(0, depth - 1);
        open = -1;
        if (depth > MAX_TEMPLATE_DEPTH) throw new TemplateError(`${name}有误：循环或条件嵌套超过 ${MAX_TEMPLATE_DEPTH} 层`, `nesting deeper than ${MAX_TEMPLATE_DEPTH}`);
      }
    }
  }
}

export function compileTemplate(template: Uint8Array, name = '模板'): CompiledTemplate {
  let entries: [string, Uint8Array][];
  try {
    entries = unzipEntries(template, inflateCeiling(DEFAULT_READ_LIMITS, template.length));
  } catch (e) {
    if (e instanceof ZipError && e.reason === 'zip-bomb') throw new TemplateError(`${name}有误：解压后过大，疑似压缩炸弹，已拒绝使用`, e.detail);
    throw new TemplateError(`${name}有误：不是有效的 Word 文件（.docx）`);
  }
  assertTemplateShape(entries, name);
  const zip = new PizZip();
  const restore = () => entries.forEach(([n, data]) => zip.file(n, data));
  restore();
  const open = () =>
    new Docxtemplater(zip, {
      ...RENDER_OPTIONS,
      // FastRows takes the fuller options docxtemplater passes at run time than its typings declare.
      modules: [new FastRows() as unknown as Docxtemplater.DXT.Module],
    }) as Reusable;
  let idle: Reusable | null;
  try {
    idle = open();
  } catch (e) {
    throw templateError(e, name);
  }
  return {
    render(data) {
      // docxtemplater compiles in its constructor and refuses a second render(). A render only
      // reads the compiled parts; it leaves a flag, the data's scopes and the data's map to the
      // files, cleared here, and its output in the zip, put back to the template's entries
      // afterwards. A test compares this with fresh instances. An instance a render failed in
      // is not used again.
      const doc = idle ?? open();
      idle = null;
      doc.rendered = false;
      doc.scopeManagers = {};
      delete doc.mapper;
      try {
        doc.render(data);
      } catch (e) {
        restore();
        throw templateError(e, name);
      }
      const files = zip.files;
      const out = zipEntries(Object.keys(files).filter((n) => !files[n].dir).map((n) => [n, files[n].asUint8Array()]));
      restore();
      idle = doc;
      return out;
    },
  };
}

/** Templates compiled in this process, by content: forms are filled one workbook, one site, after another. */
const compiled: { template: Uint8Array; name: string; compiled: CompiledTemplate }[] = [];
const COMPILED_KEPT = 32;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Fills a .docx template (see {@link compileTemplate}), compiling each distinct template once. */
export function renderDocx(template: Uint8Array, data: object, name = '模板'): Uint8Array {
  let hit = compiled.find((c) => c.name === name && sameBytes(c.template, template));
  if (!hit) {
    hit = { template: template.slice(), name, compiled: compileTemplate(template, name) };
    compiled.unshift(hit);
    compiled.length = Math.min(compiled.length, COMPILED_KEPT);
  }
  // Cell text can hold characters XML forbids; carried into the document they would make Word refuse it.
  return hit.compiled.render(xmlSafeData(data));
}

/** Every tag a template uses, for the template lint: loops as "#name", closings dropped. */
export function templateTags(template: Uint8Array): string[] {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  const text = doc.getFullText();
  return [...text.matchAll(/\{([#^/]?)([^{}]+)\}/g)].filter((m) => m[1] !== '/').map((m) => m[1] + m[2].trim());
}
