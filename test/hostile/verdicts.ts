import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { readDirectory } from '../../src/zip/directory';

/**
 * Limits every hostile case must stay within: per command, and per
 * process. Time is CPU time, which a busy shared machine does not inflate the
 * way it does wall time; a command that waits instead of working is caught by
 * the wall-clock limit, far above any honest run.
 */
export const MAX_MS = 10_000;
export const MAX_WALL_MS = 60_000;
export const MAX_RSS_KB = 1024 * 1024;

const CJK = /[\u4e00-\u9fff]/;
/** Three English words in a row: a sentence from a library or the system, not a file name, an option or a rule id. */
const ENGLISH = /[A-Za-z]{2,}(?:[ ,;:'"()]+[A-Za-z]{2,}){2,}/;
const STACK = /^\s+at\s|\bat .+\.[jt]s:\d+/m;

/** What is wrong with text shown to the user as error lines; paths the test chose are removed first. */
export function lineProblems(text: string, paths: readonly string[], single: boolean): string[] {
  let t = text;
  for (const p of [...paths].sort((a, b) => b.length - a.length)) t = t.split(p).join('«path»');
  const lines = t.split('\n').filter((l) => l.trim());
  const problems: string[] = [];
  if (!lines.length) problems.push('no message at all');
  if (single && lines.length !== 1) problems.push(`${lines.length} lines instead of one: ${JSON.stringify(t.slice(0, 400))}`);
  for (const l of lines) {
    if (!CJK.test(l)) problems.push(`a line without Chinese: ${JSON.stringify(l.slice(0, 200))}`);
    if (ENGLISH.test(l)) problems.push(`English in: ${JSON.stringify(l.slice(0, 200))}`);
    if (STACK.test(l)) problems.push(`a stack trace: ${JSON.stringify(l.slice(0, 200))}`);
    if (/\u001b/.test(l)) problems.push('an escape sequence');
  }
  return problems;
}

export interface CommandResult {
  name: 'check' | 'json' | 'annotate' | 'fill' | 'summarize';
  code: number | null;
  out: string;
  err: string;
  ms: number;
  cpuMs: number;
  failure?: string;
}

function isWorkbookZip(file: string): boolean {
  try {
    return Boolean(new PizZip(readFileSync(file)).file('xl/workbook.xml'));
  } catch {
    return false;
  }
}

/**
 * What is wrong with one command's result. Right is either a verdict (0 or
 * 1) with its whole report — the text, the JSON, the annotated copy, every
 * form, the summary — or exit 2 with one Chinese line and nothing else.
 */
export function commandProblems(c: CommandResult, outDir: string, paths: readonly string[]): string[] {
  const p: string[] = [];
  if (c.failure) return [c.failure];
  if (c.cpuMs > MAX_MS) p.push(`took ${Math.round(c.cpuMs)} ms of CPU`);
  if (c.ms > MAX_WALL_MS) p.push(`took ${Math.round(c.ms)} ms`);
  if (c.code === 2) {
    p.push(...lineProblems(c.err, paths, c.name !== 'summarize'));
    if ((c.name === 'check' || c.name === 'json') && c.out) p.push('output besides the refusal');
    return p;
  }
  if (c.code !== 0 && c.code !== 1) return [`exit code ${c.code}`];
  // Cell text quoted in a report must not drive the terminal (JSON escapes these itself).
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(c.out)) p.push('a control character in the report');
  if (c.name !== 'summarize' && c.err) p.push(`stderr beside a verdict: ${JSON.stringify(c.err.slice(0, 300))}`);
  if (c.name === 'summarize' && c.err) p.push(...lineProblems(c.err, paths, false));
  const verdict = /(未通过|通过)：错误 \d+ 项/;
  if (c.name === 'check' && !verdict.test(c.out)) p.push('exit 0/1 without the report');
  if (c.name === 'json') {
    try {
      if (typeof JSON.parse(c.out).summary?.errors !== 'number') p.push('JSON without a summary');
    } catch {
      p.push('exit 0/1 without parsable JSON');
    }
  }
  if (c.name === 'annotate') {
    const file = path.join(outDir, 'annotated.xlsx');
    if (!verdict.test(c.out) || !c.out.includes('已写入标注工作簿')) p.push('annotate: no report or no 已写入 line');
    if (!isWorkbookZip(file)) p.push('annotate: no readable annotated workbook');
  }
  if (c.name === 'fill') {
    const made = [...c.out.matchAll(/^已生成：(.+)$/gm)].map((m) => m[1]);
    if (!made.length) p.push('fill: exit 0/1 without a form');
    const dir = path.join(outDir, 'forms');
    const files = existsSync(dir) ? readdirSync(dir) : [];
    if (files.length !== made.length) p.push(`fill: printed ${made.length} 已生成 but wrote ${files.length} files`);
    for (const f of made) if (!existsSync(f) || statSync(f).size === 0) p.push(`fill: ${f} missing`);
  }
  if (c.name === 'summarize') {
    const file = path.join(outDir, 'report.docx');
    if (!existsSync(file) || !c.out.includes('已生成')) p.push('summarize: exit 0/1 without its document');
  }
  return p;
}

/** Temporary files a write left behind, anywhere under a folder. */
export function leftovers(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.beian-[0-9a-f]+\.tmp$/.test(f));
}

/** A part larger than any beian writes: one copied from the input. */
const COPIED_AS_IS = 256 * 1024 * 1024;

/** Every text a set of output files holds, zip entries inflated, for looking for leaked secrets. */
export function outputText(dir: string): string {
  if (!existsSync(dir)) return '';
  const texts: string[] = [];
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const f = path.join(dir, rel);
    if (!statSync(f).isFile()) continue;
    const data = readFileSync(f);
    try {
      // Parts beyond what beian ever writes are the input's own, copied byte for byte (a 1.4 GB drawing no sheet uses).
      const written = readDirectory(data).entries.filter((e) => !e.name.endsWith('/') && e.size <= COPIED_AS_IS);
      const zip = new PizZip(data);
      for (const e of written) texts.push(zip.file(e.name)?.asText() ?? '');
    } catch {
      texts.push(data.toString('utf8'));
    }
  }
  return texts.join('\n');
}
