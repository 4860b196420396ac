import { parseBusiness } from '../../check';
import { BUSINESS_TYPES } from '../../model/schema';
import { profileById } from '../../profiles/profiles';
import { registerTemplateBuffer, templateBuffer } from '../../template';
import type { Register } from '../main';
import { EXIT, UsageError } from '../io';
import { writeOutput } from '../files';

export const registerTemplate: Register = (program, io, done) => {
  program
    .command('template')
    .description('生成某一适用规则的模板工作簿，或主管部门的已备案机构名单模板')
    .option('-p, --profile <规则>', '适用规则（见 beian profiles）')
    .option('--register', '生成已备案机构名单模板（供 summarize --register 使用），不需要 --profile')
    .option('-b, --business <类型>', '申请业务类型（默认：首次备案）')
    .requiredOption('-o, --output <文件.xlsx>', '输出文件')
    .option('-f, --force', '允许覆盖已存在的文件')
    .action(async (opts: { profile?: string; register?: boolean; business?: string; output: string; force?: boolean }) => {
      if (opts.register) {
        if (opts.profile || opts.business) throw new UsageError('--register 生成的是已备案机构名单模板，不能与 --profile、--business 同用');
        await writeOutput(opts.output, await registerTemplateBuffer(), Boolean(opts.force));
        io.out(`已生成已备案机构名单模板：${opts.output}\n`);
        done(EXIT.ok);
        return;
      }
      if (!opts.profile) throw new UsageError('请用 --profile 指定适用规则（见 beian profiles），或用 --register 生成已备案机构名单模板');
      const profile = profileById(opts.profile);
      if (!profile) throw new UsageError(`未知的适用规则“${opts.profile}”，可用 beian profiles 查看`);
      const business = parseBusiness(opts.business ?? '首次备案');
      if (!business) throw new UsageError(`未知的申请业务类型“${opts.business}”，应为：${BUSINESS_TYPES.join('、')}`);
      if (!profile.businessTypes.includes(business)) {
        throw new UsageError(`${profile.name} 不办理“${business}”，可选：${profile.businessTypes.join('、')}`);
      }
      await writeOutput(opts.output, await templateBuffer(profile.id, business), Boolean(opts.force));
      io.out(`已生成模板工作簿：${opts.output}（${profile.name}·${business}）\n`);
      done(EXIT.ok);
    });
};
