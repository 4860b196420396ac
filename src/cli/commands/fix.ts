import * as path from 'node:path';
import { checkBook } from '../../check';
import { FIX_KINDS, fixLine, planFixes, rulesNamed } from '../../fix';
import type { Register } from '../main';
import { EXIT, UsageError } from '../io';
import { Outputs } from '../files';
import { checkBusinessOption, loadBook, readHolidays } from '../load';
import { checkAnnotateName } from './check';

interface FixOpts {
  output?: string;
  only?: string;
  dryRun?: boolean;
  force?: boolean;
  profile?: string;
  business?: string;
  holidays?: string;
}

function onlyRules(text: string | undefined): Set<string> | undefined {
  if (text === undefined) return undefined;
  const named = rulesNamed(text.split(/[,，\s]+/).filter(Boolean));
  if ('unknown' in named) throw new UsageError(`--only 中的“${named.unknown}”不是可修正的问题类别，可选：${Object.keys(FIX_KINDS).join('、')}，或其中的检查项编号`);
  return named.rules;
}

export const registerFix: Register = (program, io, done) => {
  program
    .command('fix')
    .description('自动修正可确定的问题（文本日期、证件号格式、等级写法、职业编码、获证率），另存修正后的工作簿并逐项列出（退出码：0 完成，2 无法读取）')
    .argument('<文件>', '.xlsx 工作簿')
    .option('-o, --output <输出.xlsx>', '修正后的工作簿（不会覆盖原文件）')
    .option('--only <类别>', `只修正这些类别（逗号分隔）：${Object.keys(FIX_KINDS).join('、')}，或检查项编号`)
    .option('--dry-run', '只列出将要修正的内容，不写出文件')
    .option('-f, --force', '允许覆盖已存在的输出文件')
    .option('-p, --profile <规则>', '适用规则（默认取 机构信息 表；见 beian profiles）')
    .option('-b, --business <类型>', '申请业务类型（首次备案/增量备案/信息变更/备案续期/终止备案）')
    .option('--holidays <文件.json>', '补充节假日安排（chinese-days 格式），用于尚未收录的年份')
    .action(async (file: string, opts: FixOpts) => {
      checkBusinessOption(opts.business);
      const only = onlyRules(opts.only);
      if (!opts.output && !opts.dryRun) throw new UsageError('请用 -o 指定修正后工作簿的文件名，或用 --dry-run 只列出修正内容');
      const outputs = new Outputs(Boolean(opts.force));
      await outputs.input(file);
      if (opts.output && !opts.dryRun) {
        checkAnnotateName(file, opts.output);
        await outputs.reserve(opts.output);
      }
      const holidays = await readHolidays(opts.holidays);
      const { book, bytes, format } = await loadBook(file);
      if (format !== 'xlsx') throw new UsageError(`只能修正 .xlsx 工作簿，请先把 ${path.basename(file)} 另存为 .xlsx`);
      const result = checkBook(book, { profile: opts.profile, business: opts.business, today: io.today, holidays });
      const { fixes, refusals } = planFixes(book, result.findings, only);
      io.out(fixes.length ? `可自动修正 ${fixes.length} 处：\n${fixes.map((f) => `  ${fixLine(f)}\n`).join('')}` : '没有可自动修正的问题。\n');
      if (refusals.length) io.out(`不能自动修正 ${refusals.length} 处：\n${refusals.map((r) => `  ${r.sheet} ${r.cell}：${r.reason}\n`).join('')}`);
      if (opts.dryRun) io.out('（只列出修正内容，未写出文件）\n');
      else if (fixes.length && opts.output) {
        const { fixXlsx } = await import('../../fix/xlsx');
        await outputs.write(opts.output, await fixXlsx(bytes, fixes));
        io.out(`已写入修正后的工作簿：${opts.output}（原文件未改动）\n`);
      } else io.out('未写出文件。\n');
      done(EXIT.ok);
    });
};
