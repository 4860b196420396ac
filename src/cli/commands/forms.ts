import { FORMS } from '../../forms';
import type { Register } from '../main';
import { EXIT } from '../io';

export const registerForms: Register = (program, io, done) => {
  program
    .command('forms')
    .description('列出可生成的备案表格')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => {
      const list = FORMS.map((f) => ({ id: f.id, title: f.title, profiles: f.profiles }));
      if (opts.json) io.out(JSON.stringify(list, null, 2) + '\n');
      else for (const f of list) io.out(`${f.id.padEnd(16)}${f.title}（${f.profiles === 'all' ? '全部适用规则' : f.profiles.join('、')}）\n`);
      done(EXIT.ok);
    });
};
