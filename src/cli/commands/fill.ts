import * as path from 'node:path';
import { checkBook } from '../../check';
import { FormDef, formById, formsFor } from '../../forms';
import { planDocuments, renderDocument, unwrittenForms, unwrittenText } from '../../forms/documents';
import type { Register } from '../main';
import { EXIT, UsageError } from '../io';
import { Outputs, readOptionalFile, readRegularFile } from '../files';
import { checkBusinessOption, loadBook, readHolidays } from '../load';
import { packageDir } from '../package-dir';

/** Word templates are tens of kilobytes; a file near this size is not one. */
const TEMPLATE_MAX_BYTES = 32 * 1024 * 1024;

interface FillOpts {
  form?: string[];
  all?: boolean;
  output: string;
  force?: boolean;
  maskIds?: boolean;
  profile?: string;
  business?: string;
  holidays?: string;
  templates?: string;
}

export const registerFill: Register = (program, io, done) => {
  program
    .command('fill')
    .description('检查工作簿并生成备案表格（Word）；存在错误时生成标注“草稿”的文件')
    .argument('<文件>', '.xlsx、.xls 或 .ods 工作簿')
    .option('--form <表格>', '要生成的表格（见 beian forms）；多个用逗号分隔或重复此选项', (v: string, prev: string[] = []) => [...prev, ...v.split(/[,，]/).filter(Boolean)])
    .option('--all', '生成该适用规则和业务类型所需的全部表格')
    .requiredOption('-o, --output <目录>', '输出目录')
    .option('-f, --force', '允许覆盖已存在的文件')
    .option('--mask-ids', '身份证件号只显示前 6 位和后 4 位')
    .option('-p, --profile <规则>', '适用规则（默认取 机构信息 表）')
    .option('-b, --business <类型>', '申请业务类型（默认取 机构信息 表）')
    .option('--holidays <文件.json>', '补充节假日安排（chinese-days 格式）')
    .option('--templates <目录>', '使用本单位修改过的表格模板（文件名同 templates/ 中的 表格ID.docx）；目录中没有的仍用内置模板')
    .action(async (file: string, opts: FillOpts) => {
      if (!opts.all && !opts.form?.length) throw new UsageError('请用 --form 指定表格，或用 --all 生成全部表格（可用 beian forms 查看）');
      checkBusinessOption(opts.business);
      const outputs = new Outputs(Boolean(opts.force));
      await outputs.input(file);
      await outputs.folder(opts.output);
      const holidays = await readHolidays(opts.holidays);
      const { book } = await loadBook(file);
      const result = checkBook(book, { profile: opts.profile, business: opts.business, today: io.today, holidays });
      let forms: FormDef[];
      if (opts.all) forms = formsFor(result.profile, result.business);
      else {
        forms = (opts.form ?? []).map((id) => {
          const f = formById(id);
          if (!f) throw new UsageError(`未知的表格“${id}”，可用 beian forms 查看`);
          return f;
        });
      }
      const input = { file: path.basename(file), book, result, options: { maskIds: Boolean(opts.maskIds) } };
      const planned = planDocuments(forms, input);
      const unwritten = unwrittenForms(forms, planned);
      const docs = planned.map((d) => ({ ...d, target: path.join(opts.output, d.fileName) }));
      // Names come from the workbook's data; planDocuments keeps them plain file names, and this keeps them in the folder.
      if (docs.some((d) => path.dirname(path.resolve(d.target)) !== path.resolve(opts.output))) throw new Error('a document name leaves the output folder');
      for (const d of docs) await outputs.reserve(d.target);
      for (const d of docs) {
        const own = opts.templates ? await readOptionalFile(path.join(opts.templates, `${d.form.id}.docx`), TEMPLATE_MAX_BYTES, 'Word 模板') : null;
        const template = own ?? (await readRegularFile(path.join(packageDir(), 'templates', `${d.form.id}.docx`), TEMPLATE_MAX_BYTES, 'Word 模板'));
        await outputs.write(d.target, renderDocument(d, template));
        io.out(`已生成：${d.target}\n`);
      }
      if (unwritten.length) io.out(`未生成 ${unwritten.length} 种表格：${unwrittenText(unwritten)}\n`);
      if (result.summary.errors) io.out(`工作簿有 ${result.summary.errors} 项错误未通过检查，生成的表格均标注为草稿\n`);
      done(EXIT.ok);
    });
};
