import { Command, CommanderError } from 'commander';
import { CliIO, describeFailure, EXIT, failureDetail, forTerminal } from './io';

/** A command's action returns its exit code. */
export type Register = (program: Command, io: CliIO, done: (code: number) => void) => void;

/**
 * Each command's module by name, in the order help lists them. Only the
 * command being run is loaded, so that a check starts without the Word
 * renderer, the Excel writers or the office batch.
 */
const COMMANDS: Record<string, () => Register> = {
  check: () => (require('./commands/check') as typeof import('./commands/check')).registerCheck,
  fix: () => (require('./commands/fix') as typeof import('./commands/fix')).registerFix,
  fill: () => (require('./commands/fill') as typeof import('./commands/fill')).registerFill,
  diff: () => (require('./commands/diff') as typeof import('./commands/diff')).registerDiff,
  forms: () => (require('./commands/forms') as typeof import('./commands/forms')).registerForms,
  summarize: () => (require('./commands/summarize') as typeof import('./commands/summarize')).registerSummarize,
  template: () => (require('./commands/template') as typeof import('./commands/template')).registerTemplate,
  profiles: () => (require('./commands/profiles') as typeof import('./commands/profiles')).registerProfiles,
  rules: () => (require('./commands/rules') as typeof import('./commands/rules')).registerRules,
  sample: () => (require('./commands/sample') as typeof import('./commands/sample')).registerSample,
};

const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.unknownOption': '未知选项',
  'commander.unknownCommand': '未知命令',
  'commander.missingArgument': '缺少参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.excessArguments': '参数过多',
  'commander.invalidArgument': '参数取值无效',
};

const HELP_TITLES: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' };

/** The program with the command `argv` names, or with every command (help, version, a mistyped command). */
export function buildProgram(io: CliIO, done: (code: number) => void, argv: string[] = []): Command {
  const program = new Command('beian')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .description('职业技能等级评价机构备案材料检查与表格生成工具')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示命令帮助')
    .version(require('../../package.json').version, '-V, --version', '显示版本号')
    .option('--debug', '出错时另外显示程序库和系统的原始信息（报告问题时附上）')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      // Commander's own English errors are replaced by a Chinese line in run().
      writeErr: () => undefined,
    });
  const named = Object.hasOwn(COMMANDS, argv[0] ?? '') ? [argv[0]] : Object.keys(COMMANDS);
  for (const name of named) COMMANDS[name]()(program, io, done);
  return program;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 errors found, 2 input unreadable). */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c), argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      const label = COMMANDER_MESSAGES[e.code];
      // Commander quotes the offending option or argument; the rest of its sentence is English.
      const subject = /'([^']+)'/.exec(e.message)?.[1];
      io.err(`beian：${forTerminal(`${label ?? '参数错误'}${subject ? `“${subject}”` : ''}`)}，使用 beian --help 查看用法\n`);
      return EXIT.input;
    }
    io.err(`beian：${forTerminal(describeFailure(e))}\n`);
    if (debugRequested(argv)) io.err(`${failureDetail(e)}\n`);
    return EXIT.input;
  }
}

/** --debug is read from the raw arguments so that it also works when parsing them failed. */
export function debugRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--debug');
}
