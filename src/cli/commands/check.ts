import * as path from 'node:path';
import { checkBookInSlices, markMeta } from '../../check';
import type { Register } from '../main';
import { EXIT, UsageError } from '../io';
import { Outputs } from '../files';
import { checkBusinessOption, loadBook, readHolidays } from '../load';
import { formatText } from '../report-text';

interface CheckOpts {
  profile?: string;
  business?: string;
  json?: boolean;
  annotate?: string;
  force?: boolean;
  holidays?: string;
}

/**
 * Excel opens a workbook only when its extension matches its content type,
 * and the annotated copy keeps the input's (an .xlsm stays macro-enabled),
 * so the copy must keep the input's extension.
 */
/** Inputs whose macros the annotated copy keeps, so it must be an .xlsm. */
const WITH_MACROS = new Set(['.xlsm', '.xltm']);

/**
 * The annotated copy is a workbook with the input's macros: .xlsm for an
 * .xlsm or .xltm, else .xlsx (a template becomes a workbook); never a
 * template, and never a name Excel would refuse for its content.
 */
export function checkAnnotateName(input: string, output: string): void {
  const ext = (f: string) => path.extname(f).toLowerCase();
  const wanted = WITH_MACROS.has(ext(input)) ? '.xlsm' : '.xlsx';
  if (ext(output) === '.xltx' || ext(output) === '.xltm') throw new UsageError(`标注副本是工作簿，不能存为模板，请改用 ${wanted}：${output}`);
  if ((wanted === '.xlsm' || ext(output) === '.xlsm') && ext(output) !== wanted) {
    throw new UsageError(`标注副本须为 ${wanted === '.xlsm' ? '.xlsm（启用宏的工作簿）' : '.xlsx'}，否则 Excel 无法打开：${output}`);
  }
}

export const registerCheck: Register = (program, io, done) => {
  program
    .command('check')
    .description('检查备案工作簿，列出问题（退出码：0 通过，1 有错误，2 无法读取）')
    .argument('<文件>', '.xlsx、.xls 或 .ods 工作簿')
    .option('-p, --profile <规则>', '适用规则（默认取 机构信息 表；见 beian profiles）')
    .option('-b, --business <类型>', '申请业务类型（首次备案/增量备案/信息变更/备案续期/终止备案）')
    .option('--json', '以 JSON 输出检查结果')
    .option('-a, --annotate <输出.xlsx>', '另存一份标注了问题单元格的工作簿')
    .option('-f, --force', '允许覆盖已存在的输出文件')
    .option('--holidays <文件.json>', '补充节假日安排（chinese-days 格式），用于尚未收录的年份')
    .action(async (file: string, opts: CheckOpts) => {
      checkBusinessOption(opts.business);
      const outputs = new Outputs(Boolean(opts.force));
      await outputs.input(file);
      if (opts.annotate) {
        checkAnnotateName(file, opts.annotate);
        await outputs.reserve(opts.annotate);
      }
      const holidays = await readHolidays(opts.holidays);
      const { book, bytes, format } = await loadBook(file);
      if (opts.annotate && format !== 'xlsx') throw new UsageError(`标注副本只能由 .xlsx 工作簿生成，请先把 ${path.basename(file)} 另存为 .xlsx`);
      const result = await checkBookInSlices(book, { profile: opts.profile, business: opts.business, today: io.today, holidays });
      const name = path.basename(file);
      if (opts.json) {
        const { profile, ...rest } = result;
        io.out(JSON.stringify({ file: name, profile: profile.id, ...rest }, null, 2) + '\n');
      } else io.out(formatText(name, result, io.tty));
      if (opts.annotate) {
        // Loaded only for the annotated copy: a plain check starts without them.
        const { annotateWorkbook } = await import('../../annotate');
        const annotated = await annotateWorkbook(bytes, result.findings, markMeta(name, result));
        await outputs.write(opts.annotate, annotated.bytes);
        const left = annotated.notice ? `${annotated.notice}\n` : '';
        if (!opts.json) io.out(`已写入标注工作簿：${opts.annotate}\n${left}`);
        else if (left) io.err(left);
      }
      done(result.summary.errors ? EXIT.findings : EXIT.ok);
    });
};
