import { isoDay } from '../model/cell';
import { removePendingTemps } from './files';
import { failureDetail, INTERNAL_ERROR } from './io';
import { debugRequested, run } from './main';
import { useNodeCodec } from './zip-codec';

/** The exit code when beian itself failed or never reached a verdict. */
const FAILED = 2;
const NO_VERDICT = '内部错误：处理意外中止，没有得出结果；请加 --debug 重新运行，并按 docs/security.md 所述报告问题';

function envToday(): Date | undefined {
  return isoDay(process.env.BEIAN_TODAY ?? '');
}

/**
 * Runs the CLI as a whole process. The process ends with the verdict run()
 * resolves to, or with exit 2 and one Chinese line — never with Node's
 * default 0 because a promise that never settled let the event loop drain,
 * never with a stack trace for an error nobody caught, and never with a
 * library's console chatter or Node's warnings on the terminal (they show
 * with --debug). A reader that closes stdout early (`| head`) ends the
 * output quietly; the verdict still decides the exit code.
 */
export function runProcess(argv: string[]): void {
  const args = argv.slice(2);
  const debug = debugRequested(args);
  let verdict: number | undefined;
  let failed = false;
  let stdoutOpen = true;

  // stderr is synchronous for files, pipes and terminals on POSIX, so a line written here is not lost by an exit that follows.
  const writeErr = (s: string) => {
    try {
      process.stderr.write(s);
    } catch {
      // Nobody is listening on stderr any more; there is nowhere left to say it.
    }
  };
  const fail = (line: string, e?: unknown) => {
    if (failed) return;
    failed = true;
    writeErr(`beian：${line}\n`);
    if (debug && e !== undefined) writeErr(`${failureDetail(e)}\n`);
  };
  const crash = (e: unknown) => {
    if (verdict !== undefined) {
      // A stream abandoned after the verdict failed late; the verdict and the files written before it stand.
      if (debug) writeErr(`${failureDetail(e)}\n`);
      return;
    }
    fail(INTERNAL_ERROR, e);
    removePendingTemps();
    process.exit(FAILED);
  };

  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.on('beforeExit', () => {
    if (verdict === undefined && !failed) {
      fail(NO_VERDICT);
      process.exitCode = FAILED;
    }
  });
  process.on('exit', () => {
    // Something called process.exit() behind run()'s back: that is no verdict either.
    if (verdict === undefined && !process.exitCode) {
      fail(NO_VERDICT);
      process.exitCode = FAILED;
    }
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      removePendingTemps();
      fail('已中断，未写完的输出文件已删除');
      process.exit(code);
    });
  }
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!stdoutOpen) return;
    stdoutOpen = false;
    if (e.code === 'EPIPE') return;
    // The report did not reach its file (a full disk behind `> report.txt`): whatever the verdict, the user did not get it.
    fail(`检查结果没有完整写出（${e.code === 'ENOSPC' || e.code === 'EDQUOT' ? '磁盘空间不足' : '标准输出出错'}）`, e);
    process.exit(FAILED);
  });
  process.stderr.on('error', () => undefined);

  process.removeAllListeners('warning');
  process.on('warning', (w) => debug && writeErr(`${w.name}: ${w.message}\n`));
  const toDebug = (...a: unknown[]) => debug && writeErr(`${a.map(String).join(' ')}\n`);
  for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) (console as unknown as Record<string, unknown>)[m] = toDebug;

  useNodeCodec();
  run(args, {
    out: (s) => {
      if (stdoutOpen) process.stdout.write(s);
    },
    err: writeErr,
    tty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
    today: envToday(),
  }).then((code) => {
    verdict = code;
    process.exitCode = code;
  }, crash);
}
