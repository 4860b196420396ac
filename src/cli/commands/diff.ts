import * as path from 'node:path';
import { checkBook } from '../../check';
import { changeListDocx, compareFilings, DifferentOrganisations, diffText, withEarlierValues, type FilingDiff } from '../../diff';
import { formById } from '../../forms';
import { planDocuments, renderDocument } from '../../forms/documents';
import { JURISDICTION_CHANGE_DOCUMENTS } from '../../jurisdictions/forms';
import type { RecognisedWorkbook } from '../../model/table';
import type { Register } from '../main';
import { EXIT, forTerminal, UsageError } from '../io';
import { Outputs, readRegularFile } from '../files';
import { loadBook } from '../load';
import { packageDir } from '../package-dir';

/** Word templates are tens of kilobytes; a file near this size is not one. */
const TEMPLATE_MAX_BYTES = 32 * 1024 * 1024;

interface DiffOpts {
  json?: boolean;
  output?: string;
  form?: boolean;
  force?: boolean;
}

/** A document this run writes: its file name and how its bytes are made. */
interface Planned {
  target: string;
  bytes: () => Promise<Uint8Array>;
}

/** The 信息变更 document of the later filing's jurisdiction: its form with 变更前 from the earlier filing, or its note of the changes. */
async function changeForm(before: RecognisedWorkbook, after: RecognisedWorkbook, diff: FilingDiff, dir: string, today: Date | undefined): Promise<Planned> {
  const book = withEarlierValues(after, before);
  const result = checkBook(book, { business: '信息变更', today });
  const change = JURISDICTION_CHANGE_DOCUMENTS.find((c) => c.source === result.profile.source);
  const form = change && 'form' in change ? formById(change.form) : undefined;
  if (change && 'note' in change) {
    const { fileName, docx } = change.note;
    return { target: path.join(dir, fileName), bytes: async () => docx(diff) };
  }
  if (!form) {
    const places = JURISDICTION_CHANGE_DOCUMENTS.map((c) => c.place).join('和');
    throw new UsageError(`适用规则“${result.profile.name}”没有信息变更表格；--form 只适用于${places}的备案`);
  }
  const [doc] = planDocuments([form], { file: '', book, result, options: { maskIds: false } });
  const template = () => readRegularFile(path.join(packageDir(), 'templates', `${form.id}.docx`), TEMPLATE_MAX_BYTES, 'Word 模板');
  return { target: path.join(dir, `${doc.fileName.replace(/\.docx$/, '')}（信息变更）.docx`), bytes: async () => renderDocument(doc, await template()) };
}

export const registerDiff: Register = (program, io, done) => {
  program
    .command('diff')
    .description('比较同一机构的两次备案工作簿，列出信息变更')
    .argument('<上次备案>', '较早的工作簿（.xlsx、.xls 或 .ods）')
    .argument('<本次备案>', '较新的工作簿')
    .option('--json', '以 JSON 输出变更')
    .option('-o, --output <目录>', '在此目录生成 Word 变更清单')
    .option('--form', '同时生成信息变更表格（河南 附件1，变更部分标红；兵团 变更说明及所需材料），需与 -o 同用')
    .option('-f, --force', '允许覆盖已存在的文件')
    .action(async (older: string, newer: string, opts: DiffOpts) => {
      if (opts.form && !opts.output) throw new UsageError('--form 需要用 -o 指定输出目录');
      const outputs = new Outputs(Boolean(opts.force));
      await outputs.input(older);
      await outputs.input(newer);
      if (opts.output) await outputs.folder(opts.output);
      const before = (await loadBook(older)).book;
      const after = (await loadBook(newer)).book;
      let diff: FilingDiff;
      try {
        diff = compareFilings(before, after);
      } catch (e) {
        if (e instanceof DifferentOrganisations) throw new UsageError(e.message);
        throw e;
      }
      const planned: Planned[] = [];
      if (opts.output) {
        planned.push({ target: path.join(opts.output, '备案信息变更清单.docx'), bytes: async () => changeListDocx(diff) });
        // A change form without a change would only be sent back: the change list says there is none.
        if (opts.form && diff.total > 0) planned.push(await changeForm(before, after, diff, opts.output, io.today));
      }
      for (const p of planned) await outputs.reserve(p.target);
      if (opts.json) io.out(`${JSON.stringify(diff, null, 2)}\n`);
      else io.out(oneLineEach(diffText(diff)));
      for (const p of planned) {
        await outputs.write(p.target, await p.bytes());
        if (!opts.json) io.out(`已生成：${p.target}\n`);
      }
      if (opts.form && diff.total === 0 && !opts.json) io.out('两份备案没有变化，未生成信息变更表格\n');
      done(EXIT.ok);
    });
};

/** Values come from the workbooks; each printed line stays one line and cannot drive the terminal. */
function oneLineEach(s: string): string {
  return s
    .split('\n')
    .map(forTerminal)
    .join('\n');
}
