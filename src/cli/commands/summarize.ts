import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SingleBar } from 'cli-progress';
import { checkBook, todayUtc } from '../../check';
import { crossWorkbookFindings } from '../../summarize/cross-rules';
import { OFFICE_FORMS, type OfficeItem } from '../../forms/office';
import { renderDocx } from '../../render/render';
import type { Register } from '../main';
import { describeFailure, EXIT, UsageError } from '../io';
import { assertWritable, writeOutput } from '../files';
import { loadBook } from '../load';
import { packageDir } from '../package-dir';

const KINDS: Record<string, string> = { renewal: 'ha-renew-summary', termination: 'ha-terminate-summary', report: 'office-report' };

/** Every .xlsx under the arguments: files as given, directories searched one level deep. */
async function workbooks(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    const st = await fs.stat(a).catch(() => null);
    if (!st) throw new UsageError(`找不到文件或目录：${a}`);
    if (st.isDirectory()) {
      const names = (await fs.readdir(a)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
      out.push(...names.map((n) => path.join(a, n)));
    } else out.push(a);
  }
  return out;
}

export const registerSummarize: Register = (program, io, done) => {
  program
    .command('summarize')
    .description('主管部门：检查收到的全部工作簿，生成续期汇总表、终止备案汇总表或汇总报告')
    .argument('<文件或目录...>', '.xlsx 工作簿，或存放工作簿的目录')
    .requiredOption('-k, --kind <类型>', 'renewal（续期汇总表）、termination（终止备案汇总表）或 report（汇总报告）')
    .requiredOption('-o, --output <文件.docx>', '输出文件')
    .option('-f, --force', '允许覆盖已存在的文件')
    .action(async (inputs: string[], opts: { kind: string; output: string; force?: boolean }) => {
      const form = OFFICE_FORMS.find((f) => f.id === KINDS[opts.kind]);
      if (!form) throw new UsageError(`--kind 应为 renewal、termination 或 report`);
      await assertWritable(opts.output, Boolean(opts.force));
      const files = await workbooks(inputs);
      if (!files.length) throw new UsageError('没有找到 .xlsx 工作簿');
      const bar = io.tty ? new SingleBar({ format: '检查工作簿 [{bar}] {value}/{total} {file}', hideCursor: true, stream: process.stderr }) : null;
      bar?.start(files.length, 0, { file: '' });
      const items: OfficeItem[] = [];
      for (const file of files) {
        bar?.increment(0, { file: path.basename(file) });
        try {
          const { book } = await loadBook(file);
          items.push({ file: path.basename(file), book, result: checkBook(book, { today: io.today }) });
        } catch (e) {
          // One unreadable workbook is reported and skipped; it never stops the batch.
          bar?.stop();
          io.err(`已跳过 ${path.basename(file)}：${describeFailure(e)}\n`);
          bar?.start(files.length, items.length, { file: '' });
        }
        bar?.increment(1);
      }
      bar?.stop();
      const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
      for (const f of crossWorkbookFindings(items, io.today ?? todayUtc())) io.out(`${LABEL[f.severity]}：${f.message}（依据：${f.basis}）\n`);
      const template = await fs.readFile(path.join(packageDir(), 'templates', `${form.id}.docx`));
      await writeOutput(opts.output, renderDocx(template, form.schema.parse(form.build(items, io.today ?? todayUtc())) as object), Boolean(opts.force));
      const failed = items.filter((i) => i.result.summary.errors).length;
      io.out(`已检查 ${items.length} 份工作簿（未通过 ${failed} 份，跳过 ${files.length - items.length} 份），已生成：${opts.output}\n`);
      done(EXIT.ok);
    });
};
