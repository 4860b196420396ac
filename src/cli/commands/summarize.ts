import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SingleBar } from 'cli-progress';
import { SEVERITY_LABEL } from '../../model/severity';
import { todayUtc } from '../../check';
import { isoDate, isoDay } from '../../model/cell';
import { isSummaryKind, summaryDocx } from '../../forms/summaries';
import { batchHasErrors, compileBatch, type Batch } from '../../summarize/batch';
import { batchCounts, comparisonLines, countsText } from '../../summarize/verdict';
import { orgName } from '../../summarize/cross-rules';
import { batchJsonText } from '../../summarize/json';
import { relativeLink } from '../../summarize/link';
import { maskBatch } from '../../summarize/mask';
import { withComparisonAnnex } from '../../summarize/comparison-report';
import { withComparisons } from '../../summarize/comparisons';
import { unfiledListDocx } from '../../summarize/unfiled-list';
import { summaryFacts } from '../../summarize/summary-facts';
import { checkInbox, defaultJobs } from '../workers';
import { Outputs } from '../files';
import { InboxWalker, type InboxEntry } from '../inbox';
import { EXIT, forTerminal, UsageError, type CliIO } from '../io';
import { readHolidays } from '../load';
import { readPrevious, readRegisterFile } from '../batch-inputs';
import type { Register } from '../main';
import { packageDir } from '../package-dir';

interface SummarizeOpts {
  kind: string;
  output: string;
  xlsx?: string;
  json?: boolean;
  asOf?: string;
  maskIds?: boolean;
  jobs?: string;
  holidays?: string;
  previous?: string;
  register?: string;
  renewWithin?: string;
  followUp?: string;
  force?: boolean;
}

function parseAsOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const d = isoDay(text);
  if (!d) throw new UsageError(`--as-of 应为 yyyy-mm-dd 格式的日期，例如 2026-06-01（收到“${text}”）`);
  return d;
}

function parseWindow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 3650) throw new UsageError(`--renew-within 应为 0 到 3650 之间的天数（收到“${text}”）`);
  return Number(text);
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs 应为正整数（收到“${text}”）`);
  return Number(text);
}

/** A relative link from the results workbook to a file, as a hyperlink target. */
function linkFrom(xlsx: string, entries: readonly InboxEntry[]): (file: string) => string | undefined {
  const disk = new Map<string, string>();
  for (const e of entries) if (!disk.has(e.file)) disk.set(e.file, e.disk);
  const dir = path.dirname(path.resolve(xlsx));
  return (file) => {
    const d = disk.get(file);
    return d && relativeLink(path.relative(dir, path.resolve(d)).split(path.sep).join('/'));
  };
}

/** The terminal report: only what needs the office's attention, then the totals. */
function report(batch: Batch, io: CliIO): void {
  // Names and messages come from received files: shown so that none can forge a line or drive the terminal.
  const t = forTerminal;
  for (const e of batch.entries) {
    if (e.status !== 'ok') io.out(`${e.status === 'unreadable' ? '无法读取' : '非备案工作簿'}　${t(e.file)}：${t(e.reason)}\n`);
    else if (e.supersededBy) io.out(`重复提交　${t(e.file)}（${t(orgName(e))}）：汇总采用 ${t(e.supersededBy)}\n`);
    else if (e.summary.errors) io.out(`未通过　${t(e.file)}（${t(orgName(e))}）：错误 ${e.summary.errors} 项，警告 ${e.summary.warnings} 项\n`);
  }
  for (const f of batch.cross) io.out(`${SEVERITY_LABEL[f.severity]}：${t(f.message)}（依据：${f.basis}）\n`);
  for (const line of comparisonLines(batch)) io.out(`${t(line)}\n`);
  const n = batchCounts(batch);
  io.out(`${countsText(n)}${n.skipped ? `；另跳过 ${n.skipped} 个文件（锁定文件、隐藏文件、非工作簿等，--json 列出原因）` : ''}\n`);
}

export const registerSummarize: Register = (program, io, done) => {
  program
    .command('summarize')
    .description('主管部门：检查收到的全部工作簿，查出跨机构问题，生成续期汇总表、终止备案汇总表或汇总报告，以及结果工作簿（退出码：0 无错误，1 有错误，2 无法进行）')
    .argument('<文件、目录或压缩包...>', '.xlsx、.xls、.ods 工作簿，存放工作簿的目录（含子目录），或 .zip 压缩包')
    .requiredOption('-k, --kind <类型>', 'renewal（续期汇总表）、termination（终止备案汇总表）或 report（汇总报告）')
    .requiredOption('-o, --output <文件.docx>', 'Word 文件')
    .option('--xlsx <文件.xlsx>', '另存结果工作簿（机构一览、问题清单、跨机构问题、职业汇总、图表）')
    .option('--json', '以 JSON 输出结果')
    .option('--as-of <日期>', '按此日期计算期限（yyyy-mm-dd，默认今天）')
    .option('--mask-ids', '身份证件号只显示前 6 位和后 4 位（JSON、结果工作簿和 Word 文件）')
    .option('-j, --jobs <数量>', '同时检查的工作簿数（默认为 CPU 核数减一，至少为 1）')
    .option('--holidays <文件.json>', '补充节假日安排（chinese-days 格式），用于尚未收录的年份')
    .option('--previous <文件.json>', '与上次汇总比较：上次 summarize --json 输出的文件（职业增减、人员进出、未再报送的机构、评价与取证同比）')
    .option('--register <名单.xlsx>', '已备案机构名单（备案号、机构名称、统一社会信用代码、有效期止）：列出到期未报送续期、已到期未续期和名单外报送的机构')
    .option('--renew-within <天数>', '与 --register 同用：有效期止在此天数内而未报送续期申请的机构列入名单（默认按各地规定：河南 60 天，兵团 90 天）')
    .option('--follow-up <文件.docx>', '与 --register 同用：另存未续期机构名单（河南跟进名单，兵团另附公示名单），按地区分列并附联系人')
    .option('-f, --force', '允许覆盖已存在的文件')
    .action(async (inputs: string[], opts: SummarizeOpts) => {
      const kind = opts.kind;
      if (!isSummaryKind(kind)) throw new UsageError(`--kind 应为 renewal、termination 或 report`);
      const asOf = parseAsOf(opts.asOf) ?? io.today ?? todayUtc();
      const jobs = parseJobs(opts.jobs);
      if ((opts.followUp || opts.renewWithin !== undefined) && !opts.register) throw new UsageError('--follow-up 和 --renew-within 需要与 --register 同用');
      const window = parseWindow(opts.renewWithin);
      const outputs = [opts.output, ...(opts.xlsx ? [opts.xlsx] : []), ...(opts.followUp ? [opts.followUp] : [])];
      if (new Set(outputs.map((o) => path.resolve(o))).size < outputs.length) throw new UsageError('-o、--xlsx、--follow-up 不能是同一个文件');
      const files = new Outputs(Boolean(opts.force));
      // A workbook named as an input is never replaced by an output, even with --force.
      for (const i of [...inputs, ...[opts.previous, opts.register].filter((x): x is string => Boolean(x))]) await files.input(i);
      for (const o of outputs) await files.reserve(o);
      const holidays = await readHolidays(opts.holidays);
      const earlier = await readPrevious(opts.previous);
      const register = await readRegisterFile(opts.register);
      const { entries, skipped } = await new InboxWalker(outputs).collect(inputs);
      if (!entries.length) throw new UsageError('没有找到工作簿（.xlsx、.xls、.ods，或装有它们的 .zip 压缩包）');

      const bar = io.tty ? new SingleBar({ format: '检查工作簿 [{bar}] {value}/{total} {file}', hideCursor: true, stream: process.stderr }) : null;
      bar?.start(entries.length, 0, { file: '' });
      const submissions = await checkInbox(entries, { jobs, asOf, holidays, onDone: (e) => bar?.increment(1, { file: e.file }) });
      bar?.stop();

      let batch = compileBatch(submissions, asOf, skipped);
      batch = withComparisons(batch, submissions, { earlier, register, window });
      if (opts.maskIds) batch = maskBatch(batch);
      if (opts.json) io.out(batchJsonText(batch));
      else report(batch, io);
      if (!batch.entries.some((e) => e.status === 'ok')) {
        io.err('beian：没有一份工作簿能够检查，未生成文件\n');
        done(EXIT.input);
        return;
      }
      const template = (id: string) => fs.readFile(path.join(packageDir(), 'templates', `${id}.docx`));
      const doc = await summaryDocx(kind, summaryFacts(batch), template);
      await files.write(opts.output, kind === 'report' ? withComparisonAnnex(doc, batch) : doc);
      if (opts.xlsx) {
        // exceljs takes half a second of CPU to load: only when the results workbook is asked for.
        const { resultsWorkbook } = await import('../../summarize/results-workbook');
        await files.write(opts.xlsx, await resultsWorkbook(batch, linkFrom(opts.xlsx, entries)));
      }
      if (opts.followUp && batch.register) await files.write(opts.followUp, unfiledListDocx(batch.register, isoDate(asOf)));
      if (!opts.json) io.out(`已生成：${outputs.join('、')}\n`);
      done(batchHasErrors(batch) ? EXIT.findings : EXIT.ok);
    });
};
