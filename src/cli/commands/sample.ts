import { sampleBuffer } from '../../sample/sample-workbook';
import type { Register } from '../main';
import { EXIT } from '../io';
import { writeOutput } from '../files';

export const registerSample: Register = (program, io, done) => {
  program
    .command('sample')
    .description('生成示例工作簿（新疆·原X证书机构，含若干典型问题），用于试用')
    .requiredOption('-o, --output <文件.xlsx>', '输出文件')
    .option('-f, --force', '允许覆盖已存在的文件')
    .action(async (opts: { output: string; force?: boolean }) => {
      await writeOutput(opts.output, await sampleBuffer(), Boolean(opts.force));
      io.out(`已生成示例工作簿：${opts.output}\n`);
      done(EXIT.ok);
    });
};
