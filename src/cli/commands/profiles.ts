import { PROFILES } from '../../profiles/profiles';
import { SOURCES } from '../../sources';
import type { Register } from '../main';
import { EXIT } from '../io';

export const registerProfiles: Register = (program, io, done) => {
  program
    .command('profiles')
    .description('列出可用的适用规则（地区与机构类型）')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        io.out(JSON.stringify(PROFILES.map((p) => ({ id: p.id, name: p.name, jurisdiction: p.jurisdiction, orgType: p.orgType, source: SOURCES[p.source].full, businessTypes: p.businessTypes })), null, 2) + '\n');
      } else {
        for (const p of PROFILES) io.out(`${p.id.padEnd(18)}${p.name}（${p.businessTypes.join('、')}）依据：${SOURCES[p.source].full}\n`);
      }
      done(EXIT.ok);
    });
};
