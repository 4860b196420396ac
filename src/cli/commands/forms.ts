import { FORMS } from '../../forms';
import { SUMMARY_FORMS } from '../../forms/summaries';
import type { Register } from '../main';
import { EXIT } from '../io';

export const registerForms: Register = (program, io, done) => {
  program
    .command('forms')
    .description('列出可生成的备案表格')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => {
      // Office summaries are compiled from many workbooks, so they belong to no single profile.
      const list = [...FORMS.map((f) => ({ id: f.id, title: f.title, profiles: f.profiles as readonly string[] | 'all' | 'office' })), ...SUMMARY_FORMS.map((f) => ({ id: f.id, title: f.title, profiles: 'office' as const }))];
      const who = (p: (typeof list)[number]['profiles']) => (p === 'all' ? '全部适用规则' : p === 'office' ? '主管部门汇总多个工作簿' : p.join('、'));
      if (opts.json) io.out(JSON.stringify(list, null, 2) + '\n');
      else for (const f of list) io.out(`${f.id.padEnd(22)}${f.title}（${who(f.profiles)}）\n`);
      done(EXIT.ok);
    });
};
