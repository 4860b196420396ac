import { catalogue, catalogueMarkdown } from '../../rules/catalogue';
import { profileById } from '../../profiles/profiles';
import type { Register } from '../main';
import { EXIT, UsageError } from '../io';

export const registerRules: Register = (program, io, done) => {
  program
    .command('rules')
    .description('列出检查规则目录')
    .option('-p, --profile <规则>', '只列出适用于该规则的检查项')
    .option('--format <格式>', 'md 或 json（默认：md）')
    .action((opts: { profile?: string; format?: string }) => {
      const profile = opts.profile ? profileById(opts.profile) : undefined;
      if (opts.profile && !profile) throw new UsageError(`未知的适用规则“${opts.profile}”，可用 beian profiles 查看`);
      const format = opts.format ?? 'md';
      if (format !== 'md' && format !== 'json') throw new UsageError('--format 只能是 md 或 json');
      const entries = catalogue(profile?.id);
      io.out(format === 'json' ? JSON.stringify(entries, null, 2) + '\n' : catalogueMarkdown(entries, !profile));
      done(EXIT.ok);
    });
};
